// importFile's encoding and warnings: the encoding per plain-text format, the translated notes (the encoding's
// human name, NUL bytes, replacement characters), the binary refusal naming NUL bytes, the last U+0000 guard for
// every format (a parsed document with NUL characters), and sentence-case titles from file names.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/importFile.ts';
import { titleFromFileName } from '../../../../shared/import/guessMetadata.ts';
import type { ImportedSource } from '../../../../shared/import/importTypes.ts';
import { withoutNulCharacters } from '../../../../shared/import/nulGuard.ts';
import { detectTurnsInBlocks } from '../../../../shared/import/speakerTurns.ts';
import { expectTurnsTileText } from '../../../support/turnInvariants.ts';

const CP1252 = new Uint8Array([...'Interviewer: Harga 5 '].map((c) => c.charCodeAt(0)).concat([0x80, 0x20, 0x93, 0x6f, 0x6b, 0x94]));

const ok = async (fileName: string, bytes: Uint8Array, encoding?: 'utf-8' | 'iso-8859-1'): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes }, { encoding });
  if (!outcome.ok) throw new Error(outcome.failure.message);
  expectTurnsTileText(outcome.source.text, outcome.source.turns);
  return outcome.source;
};

describe('importFile: encodings and warnings', () => {
  it('reports an assumed Windows-1252 with its human name, for txt, md, vtt and srt', async () => {
    const vtt = new Uint8Array([...new TextEncoder().encode('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n'), ...CP1252]);
    const srt = new Uint8Array([...new TextEncoder().encode('1\n00:00:01,000 --> 00:00:02,000\n'), ...CP1252]);
    for (const [fileName, bytes] of [['a.txt', CP1252], ['a.md', CP1252], ['a.vtt', vtt], ['a.srt', srt]] as const) {
      const source = await ok(fileName, bytes);
      expect(source.encoding).toEqual({ name: 'windows-1252', how: 'assumed' });
      expect(source.text).toContain('Harga 5 € “ok”');
      expect(source.warnings).toEqual([{ code: 'encodingAssumed', message: `${fileName}: Windows-1252 (Western European), assumed: the file is not valid UTF-8.` }]);
    }
  });

  it('re-reads in a chosen encoding and counts undecodable characters', async () => {
    const source = await ok('a.txt', CP1252, 'utf-8');
    expect(source.encoding).toEqual({ name: 'utf-8', how: 'chosen' });
    expect(source.warnings?.map((warning) => warning.code)).toEqual(['replacementCharacters']);
    expect(source.warnings?.[0].message).toContain('3 characters could not be decoded');
  });

  it('removes NUL bytes with a warning naming the count', async () => {
    const source = await ok('nul.txt', new TextEncoder().encode('Catatan lapangan\u0000 pagi ini\u0000\u0000 ramai.'));
    expect(source.text).toBe('Catatan lapangan pagi ini ramai.');
    expect(source.warnings).toEqual([{ code: 'nulBytesRemoved', message: 'nul.txt: 3 NUL bytes were removed from the text.' }]);
    expect(source.encoding).toEqual({ name: 'utf-8', how: 'valid' });
  });

  it('refuses a mostly-binary file, naming the NUL bytes', async () => {
    const bytes = new Uint8Array(300);
    for (let i = 0; i < bytes.length; i += 4) bytes[i] = 0x61;
    const outcome = await importFile({ fileName: 'blob.txt', bytes });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.message).toMatch(/^blob\.txt: this looks like a binary file, not text \(\d+ NUL bytes/);
  });

  it('never stores U+0000 from any format: the last guard cleans what an importer (PDF, Word) let through', () => {
    const detected = detectTurnsInBlocks([
      { text: 'Interviewer: Halo\u0000 semua.', page: 1 }, { text: 'Ibu Ani: Halo.', page: 1 },
      { text: 'Interviewer: Mulai?', page: 2 }, { text: 'Ibu Ani: Ya\u0000\u0000.', page: 2 },
    ]);
    const cleaned = withoutNulCharacters({ ...detected, titleHint: null, headerText: detected.text, comments: [{ start: 0, end: 11, author: null, date: null, text: 'x' }] });
    expect(cleaned.text).toBe('Halo semua.\n\nHalo.\n\nMulai?\n\nYa.');
    expectTurnsTileText(cleaned.text, cleaned.turns);
    expect(cleaned.turns.map((turn) => turn.speaker)).toEqual(['Interviewer', 'Ibu Ani', 'Interviewer', 'Ibu Ani']);
    expect(cleaned.comments?.[0]).toMatchObject({ start: 0, end: 10 });
    expect(cleaned.warnings).toEqual([{ code: 'nulBytesRemoved', count: 3 }]);
    const untouched = { ...detected, text: 'Halo.', turns: [], titleHint: null, headerText: '' };
    expect(withoutNulCharacters(untouched)).toBe(untouched);
  });
});

describe('titleFromFileName (sentence case)', () => {
  it.each([
    ['WAWANCARA_pak-harto_2023.txt', 'Wawancara pak harto 2023'],
    ['I01-owner_notes.txt', 'I01 owner notes'],
    ['folder/sub/Field notes.md', 'Field notes'],
    ['UMKM_interview.txt', 'UMKM interview'],
    ['FGD PETANI DESA.md', 'FGD petani desa'],
    ['interview with Pak Hadi.docx', 'Interview with Pak Hadi'],
    ['R2_TRANSKRIP.txt', 'R2 transkrip'],
    ['_.txt', '_.txt'],
  ])('%s → %s', (fileName, title) => {
    expect(titleFromFileName(fileName)).toBe(title);
  });
});
