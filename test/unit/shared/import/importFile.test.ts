// importFile: dispatch by extension, hashing, size limit, refusals with translated messages, metadata guesses,
// and that no input makes it throw.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/importFile.ts';
import { findDate, guessLanguage, titleFromFileName } from '../../../../shared/import/guessMetadata.ts';
import { makeDocx } from '../../../support/makeDocx.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('importFile', () => {
  it('hashes the original bytes with SHA-256 (lower-case hex) and records the byte size', async () => {
    const bytes = encode('Interviewer: Hello.\n\nOwner: Hi.');
    const outcome = await importFile({ fileName: 'a.txt', bytes });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(outcome.source.byteSize).toBe(bytes.length);
  });

  it('dispatches on the extension case-insensitively', async () => {
    const outcome = await importFile({ fileName: 'NOTES.TXT', bytes: encode('hello') });
    expect(outcome.ok && outcome.source.format).toBe('txt');
    const docx = await importFile({ fileName: 'Report.DocX', bytes: makeDocx({ body: ['Body text'] }) });
    expect(docx.ok && docx.source.text).toBe('Body text');
  });

  it.each([
    ['photo.jpg', encode('\u00ff\u00d8'), 'unsupported', /cannot be imported/],
    ['README', encode('text'), 'unsupported', /cannot be imported/],
    ['empty.txt', new Uint8Array(0), 'empty', /empty/],
    ['blank.md', encode('  \n\n \t\n'), 'empty', /empty/],
  ] as const)('refuses %s (%s)', async (fileName, bytes, reason, message) => {
    const outcome = await importFile({ fileName, bytes });
    expect(outcome).toEqual({ ok: false, failure: { fileName, reason, message: expect.stringMatching(message) } });
    if (!outcome.ok) expect(outcome.failure.message.startsWith(`${fileName}:`)).toBe(true);
  });

  it('refuses files over the size limit with both sizes in the message', async () => {
    const outcome = await importFile({ fileName: 'big.txt', bytes: new Uint8Array(3 * 1024 * 1024).fill(0x61) }, { maxBytes: 1024 * 1024 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.reason).toBe('tooLarge');
    expect(outcome.failure.message).toBe('big.txt: the file is too large to import (3 MB; the limit is 1 MB).');
  });

  it('refuses a file the platform did not read: too large (with its real size) or unreadable (with the reason)', async () => {
    const huge = await importFile({ fileName: 'recording-transcript.txt', bytes: new Uint8Array(0), notRead: { tooLargeBytes: 300 * 1024 * 1024 } });
    expect(huge.ok).toBe(false);
    if (huge.ok) return;
    expect(huge.failure.reason).toBe('tooLarge');
    expect(huge.failure.message).toContain('recording-transcript.txt');
    expect(huge.failure.message).toContain('300');
    const locked = await importFile({ fileName: 'notes.docx', bytes: new Uint8Array(0), notRead: { unreadable: 'permission denied' } });
    expect(locked.ok).toBe(false);
    if (locked.ok) return;
    expect(locked.failure.message).toContain('notes.docx');
    expect(locked.failure.message).toContain('permission denied');
  });

  it('reports a cancelled import when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await importFile({ fileName: 'a.txt', bytes: encode('x') }, { signal: controller.signal });
    expect(!outcome.ok && outcome.failure.reason).toBe('cancelled');
  });

  it('guesses the kind: speaker turns → interview, field-note names → observation, else other', async () => {
    const interview = await importFile({ fileName: 'talk.txt', bytes: encode('Q: Why?\n\nA: Because.') });
    expect(interview.ok && interview.source.kind).toBe('interview');
    const fieldNotes = await importFile({ fileName: 'O02-fieldnotes.txt', bytes: encode('07:45 Arrived.') });
    expect(fieldNotes.ok && fieldNotes.source.kind).toBe('observation');
    const headed = await importFile({ fileName: 'day3.txt', bytes: encode('CATATAN LAPANGAN hari ketiga\n\nKami tiba.') });
    expect(headed.ok && headed.source.kind).toBe('observation');
    const other = await importFile({ fileName: 'misc.txt', bytes: encode('A shopping list.') });
    expect(other.ok && other.source.kind).toBe('other');
  });

  it('never throws, whatever the bytes (property)', async () => {
    const extensions = ['txt', 'md', 'docx', 'odt', 'vtt', 'srt', 'pdf', 'xyz'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...extensions), fc.uint8Array({ maxLength: 600 }), async (extension, bytes) => {
        const outcome = await importFile({ fileName: `random.${extension}`, bytes });
        if (!outcome.ok) expect(outcome.failure.message).toContain('random.');
        else expect(typeof outcome.source.text).toBe('string');
      }),
      { numRuns: 150 },
    );
  });
});

describe('metadata guesses', () => {
  it('finds ISO, English and Indonesian dates', () => {
    expect(findDate('Recorded 2024-03-12 in Blitar')).toBe('2024-03-12');
    expect(findDate('[I01] Date: 12 March 2024 | Place: workshop')).toBe('2024-03-12');
    expect(findDate('Tanggal: 10 April 2024')).toBe('2024-04-10');
    expect(findDate('Tanggal: 17 Agustus 2023')).toBe('2023-08-17');
    expect(findDate('Kamis, 5 Desember 2024')).toBe('2024-12-05');
    expect(findDate('Meeting on March 3, 2024')).toBe('2024-03-03');
    expect(findDate('31 February 2024 is not a date')).toBeNull();
    expect(findDate('no date here')).toBeNull();
  });

  it('guesses Bahasa Indonesia from function words, English otherwise', () => {
    expect(guessLanguage('Saya di sini sejak 2008, ikut suami. Dari mulut ke mulut, dan itu yang penting.')).toBe('id');
    expect(guessLanguage('I started in 1997 as a lathe worker in the workshop of my uncle.')).toBe('en');
    expect(guessLanguage('12345')).toBe('en');
  });

  it('makes a readable title from the file name', () => {
    expect(titleFromFileName('I01-owner_notes.txt')).toBe('I01 owner notes');
    expect(titleFromFileName('folder/sub/Field notes.md')).toBe('Field notes');
  });
});
