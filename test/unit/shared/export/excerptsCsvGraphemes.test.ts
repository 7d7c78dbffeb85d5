// The coded-excerpt CSV carries an excerpt's text code point for code point: whatever clusters it holds (combining
// marks, surrogate pairs, ZWJ sequences, flags, skin tones, CRLF), the cell read back is text.slice(start, end).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Code, Coding } from '../../../../shared/model/index.ts';
import type { Source } from '../../../../shared/model/source.ts';
import { buildExcerptsCsv, collectCodedExcerpts, guardFormula, type ExcerptData } from '../../../../shared/export/index.ts';
import { parseCsv } from '../../../../shared/import/csvTable.ts';
import { snapRangeToGraphemes } from '../../../../shared/text/graphemes.ts';
import { clusterText } from '../text/graphemeText.ts';

const base = { projectId: 'p', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

const code: Code = {
  ...base, id: 'c1', parentId: null, order: 0, name: 'Kendang', color: '#1f77b4', definition: '', inclusionCriteria: '', exclusionCriteria: '',
  example: '', modelRole: null, status: 'draft',
};

const sourceWith = (text: string): Source => ({
  ...base, id: 's1', kind: 'observation', title: 'Catatan lapangan', informantIds: [], speakerLinks: {}, date: null, language: 'id',
  format: 'txt', originalFileName: 'catatan.txt', sha256: '', byteSize: 0, text, importedAt: base.createdAt, turns: [],
});

const dataOf = (text: string, ranges: ReadonlyArray<{ start: number; end: number }>): ExcerptData => ({
  codes: [code],
  codings: ranges.map((range, index): Coding => ({ ...base, id: `g${index}`, codeId: 'c1', sourceId: 's1', coderId: 'ana', ...range })),
  sources: [sourceWith(text)],
  informants: [],
  memos: [],
  coders: [],
});

/** The records of the CSV file's bytes (UTF-8 after the BOM), read with the app's own RFC 4180 reader. */
const readBack = (bytes: Uint8Array): string[][] => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)));
};

/** Each excerpt's cell and offsets, read back from the exported file. */
const exportedExcerpts = (text: string, ranges: ReadonlyArray<{ start: number; end: number }>, guardFormulas: boolean) => {
  const excerpts = collectCodedExcerpts(dataOf(text, ranges), { codeIds: ['c1'] }, 'en');
  const [, ...rows] = readBack(buildExcerptsCsv(excerpts, { locale: 'en', guardFormulas }));
  return rows.map((row) => ({ excerpt: row[1], start: Number(row[7]), end: Number(row[8]) }));
};

describe('coded-excerpt CSV and grapheme clusters', () => {
  it('keeps a decomposed é, a ZWJ family, a flag and a skin tone as they are in the text', () => {
    const text = 'Bu Lastri: cafe\u0301 👩\u200d👩\u200d👧 di 🇮🇩, salam 👋🏽.';
    const [row] = exportedExcerpts(text, [{ start: 11, end: text.length }], true);
    expect(row.excerpt).toBe(text.slice(11));
    expect(Array.from(row.excerpt, (char) => char.codePointAt(0))).toEqual(Array.from(text.slice(11), (char) => char.codePointAt(0)));
    expect(row.excerpt).not.toBe(row.excerpt.normalize('NFC'));
  });

  it('reads back every excerpt exactly, with its offsets (property)', () => {
    const scenario = fc.tuple(clusterText(30), fc.array(fc.tuple(fc.nat(300), fc.nat(300)), { minLength: 1, maxLength: 5 }), fc.boolean());
    fc.assert(
      fc.property(scenario, ([text, raw, guardFormulas]) => {
        const ranges = raw
          .map(([a, b]) => snapRangeToGraphemes(text, { start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1) }))
          .filter((range) => range.end > range.start);
        fc.pre(ranges.length > 0);
        const rows = exportedExcerpts(text, ranges, guardFormulas);
        expect(rows).toHaveLength(ranges.length);
        for (const row of rows) {
          const coded = text.slice(row.start, row.end);
          // The formula guard's apostrophe (csvFormat.ts) is the one change, and only where a spreadsheet would evaluate.
          expect(row.excerpt).toBe(guardFormulas ? guardFormula(coded) : coded);
        }
        expect(rows.map((row) => [row.start, row.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]))
          .toEqual(ranges.map((range) => [range.start, range.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]));
      }),
      { numRuns: 300 },
    );
  });
});
