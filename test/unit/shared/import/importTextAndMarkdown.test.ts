// Plain text and Markdown importers, through importFile: paragraphs, line endings, encodings, Markdown syntax.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../../shared/import/importTypes.ts';
import { expectTurnsTileText, spokenBy } from '../../../support/turnInvariants.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const importOk = async (fileName: string, bytes: Uint8Array): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expectTurnsTileText(outcome.source.text, outcome.source.turns);
  return outcome.source;
};

describe('.txt import', () => {
  it('splits paragraphs on blank lines and keeps line breaks inside a paragraph', async () => {
    const source = await importOk('notes.txt', encode('First line\nsecond line\n\n\nNext paragraph.  \n'));
    expect(source.text).toBe('First line\nsecond line\n\nNext paragraph.');
    expect(source.turns).toHaveLength(2);
    expect(source.format).toBe('txt');
  });

  it('treats every line as a paragraph when the file has no blank lines', async () => {
    const source = await importOk('chat.txt', encode('Interviewer: Hello.\nOwner: Hi.\nInterviewer: Ready?\nOwner: Yes.'));
    expect(source.speakers).toEqual(['Interviewer', 'Owner']);
    expect(source.text).toBe('Hello.\n\nHi.\n\nReady?\n\nYes.');
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('gives the same text for %s line endings', async (_name, eol) => {
    const raw = ['Interviewer: One.', '', 'Owner: Two.', 'still two', '', 'Interviewer: Three.', '', 'Owner: Four.'].join(eol);
    const source = await importOk('eol.txt', encode(raw));
    expect(source.text).toBe('One.\n\nTwo.\nstill two\n\nThree.\n\nFour.');
  });

  it('decodes UTF-16 LE with a BOM and Windows-1252 files', async () => {
    const text = 'Owner: café – naïve.\n\nInterviewer: Sí.\n\nOwner: Ja.\n\nInterviewer: Ok.';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect((await importOk('utf16.txt', utf16)).text).toBe('café – naïve.\n\nSí.\n\nJa.\n\nOk.');
    const cp1252 = new Uint8Array([...encode('Owner: caf'), 0xe9, 0x20, 0x96, ...encode(' na'), 0xef, ...encode('ve')]);
    expect((await importOk('legacy.txt', cp1252)).text).toBe('Owner: café – naïve');
  });
});

describe('.md import', () => {
  const markdown = [
    '# Interview I9 — Export',
    '',
    '- **Date:** 10 April 2024',
    '- **Place:** [video call](https://example.org)',
    '',
    '---',
    '',
    '**Pewawancara:** Selamat *sore*, Mbak.',
    '',
    '**Dewi:** Sore, Mas. Saya di sini sejak `2008`,',
    'ikut suami.',
    '',
    '**Pewawancara:** Lalu?',
    '',
    '**Dewi:** Dari mulut ke mulut.',
    '',
    '| Negara | Unit |',
    '|---|---:|',
    '| Belanda | 120 |',
    '',
    '<script>alert(1)</script>',
  ].join('\n');

  it('reduces Markdown to plain text and detects **Name:** labels', async () => {
    const source = await importOk('I9.md', encode(markdown));
    expect(source.speakers).toEqual(['Pewawancara', 'Dewi']);
    expect(spokenBy(source.text, source.turns, 'Dewi')[0]).toBe('Sore, Mas. Saya di sini sejak 2008, ikut suami.');
    expect(source.text).toContain('Selamat sore, Mbak.');
    expect(source.text).toContain('Place: video call');
    expect(source.text).toContain('Negara | Unit\n\nBelanda | 120');
    expect(source.text).not.toMatch(/[*#`]|https:|<script>|---/);
    expect(source.title).toBe('Interview I9 — Export');
    expect(source.date).toBe('2024-04-10');
    expect(source.kind).toBe('interview');
  });

  it('keeps headings out of a speaker turn', async () => {
    const source = await importOk('h.md', encode('A: One.\n\nQ: Two.\n\n## Part two\n\nAfter the heading.'));
    expect(source.turns.map((turn) => turn.speaker)).toEqual(['A', 'Q', null, null]);
  });
});
