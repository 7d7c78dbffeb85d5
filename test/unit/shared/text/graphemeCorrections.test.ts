// Corrections never leave a coding inside a grapheme cluster: an edit that glues a combining mark, a joiner, a skin
// tone or a regional indicator onto a coded edge makes the coding take the whole cluster of the corrected text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../../shared/model/index.ts';
import {
  applyTextEdits, correctSourceWithEdits, mapRangesThroughEdits, snapRangeToGraphemes, type TextEdit,
} from '../../../../shared/text/index.ts';
import { boundariesOf, clusterText, insertText } from './graphemeText.ts';

const coding = (id: string, start: number, end: number): Coding => ({
  id, projectId: 'p', sourceId: 's', codeId: 'c', start, end, coderId: 'ana', createdAt: '2025-01-01T00:00:00.000Z',
});

const correct = (text: string, codings: Coding[], edits: TextEdit[]) => correctSourceWithEdits({ text, turns: [], codings }, edits);

const coveredAfter = (text: string, codings: Coding[], edits: TextEdit[]): string[] => {
  const result = correct(text, codings, edits);
  const moved = new Map(result.movedCodings.map((item) => [item.id, item]));
  return codings.map((item) => moved.get(item.id) ?? item).map((item) => result.text.slice(item.start, item.end));
};

describe('correctSourceWithEdits: codings and grapheme clusters', () => {
  it('takes the letter a combining mark typed at the coding start now belongs to', () => {
    // Typing U+0301 before "kendang" joins the mark to the coding (a word character glued on) — and to the "e" before it.
    const text = 'Bu Lastri e kendang';
    const start = text.indexOf('kendang');
    const edits = [{ from: start - 1, to: start, insert: '' }, { from: start, to: start, insert: '\u0301' }];
    expect(coveredAfter(text, [coding('g1', start, start + 7)], edits)).toEqual(['e\u0301kendang']);
  });

  it('takes the whole family when a joiner and a child are typed after a coded emoji', () => {
    const text = 'Ibu 👩 datang';
    const start = text.indexOf('👩');
    const edits = [{ from: start + 2, to: start + 2, insert: '\u200d👧' }];
    expect(coveredAfter(text, [coding('g1', start, start + 2)], edits)).toEqual(['👩\u200d👧']);
  });

  it('takes the flag a regional indicator typed after a coded one completes', () => {
    const text = 'bendera 🇮 merah';
    const start = text.indexOf('🇮');
    const edits = [{ from: start + 2, to: start + 2, insert: '🇩' }];
    expect(coveredAfter(text, [coding('g1', start, start + 2)], edits)).toEqual(['🇮🇩']);
  });

  it('reports a coding the snapping widened as moved, even when the edit alone would not move it', () => {
    const text = 'salam 👋 semua';
    const start = text.indexOf('👋');
    const result = correct(text, [coding('g1', start, start + 2)], [{ from: start + 2, to: start + 2, insert: '🏽' }]);
    expect(result.movedCodings.map((item) => [item.start, item.end])).toEqual([[start, start + 4]]);
  });
});

/** Sorted, non-overlapping edits of `text`: pairs of distinct cut points replaced, or single points inserted at. */
const editsOf = (text: string, cuts: number[], inserts: string[], replaces: boolean[]): TextEdit[] => {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  let index = 0;
  let n = 0;
  while (index < points.length) {
    const from = points[index];
    const replace = replaces[n % replaces.length] && index + 1 < points.length;
    const to = replace ? points[index + 1] : from;
    edits.push({ from, to, insert: inserts[n % inserts.length] });
    index += replace ? 2 : 1;
    n += 1;
  }
  return edits.filter((edit) => edit.from !== edit.to || edit.insert !== '');
};

const scenario = fc
  .record({
    text: clusterText(30),
    rawCodings: fc.array(fc.tuple(fc.nat(300), fc.nat(300)), { minLength: 1, maxLength: 6 }),
    cuts: fc.array(fc.nat(400), { minLength: 1, maxLength: 6 }),
    inserts: fc.array(insertText, { minLength: 1, maxLength: 4 }),
    replaces: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
  })
  .map(({ text, rawCodings, cuts, inserts, replaces }) => {
    // Codings as the app makes them: non-empty and on cluster boundaries of the text they were made in.
    const codings = rawCodings.flatMap(([a, b], index) => {
      const range = snapRangeToGraphemes(text, { start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1) });
      return range.end > range.start ? [coding(`g${index}`, range.start, range.end)] : [];
    });
    return { text, codings, edits: editsOf(text, cuts, inserts, replaces) };
  });

describe('correctSourceWithEdits: properties', () => {
  it('keeps every coding on cluster boundaries of the corrected text, and only ever widens the mapped range', () => {
    fc.assert(
      fc.property(scenario, ({ text, codings, edits }) => {
        const result = correct(text, codings, edits);
        expect(result.text).toBe(applyTextEdits(text, edits));
        const boundaries = boundariesOf(result.text);
        const unsnapped = new Map(mapRangesThroughEdits(codings, edits, text).kept.map((item) => [item.id, item]));
        const moved = new Map(result.movedCodings.map((item) => [item.id, item]));
        const removed = new Set(result.removedCodings.map((item) => item.id));
        for (const original of codings) {
          if (removed.has(original.id)) continue;
          const after = moved.get(original.id) ?? original;
          expect(after.start).toBeLessThan(after.end);
          expect(after.end).toBeLessThanOrEqual(result.text.length);
          expect(boundaries.has(after.start)).toBe(true);
          expect(boundaries.has(after.end)).toBe(true);
          const mapped = unsnapped.get(original.id);
          expect(mapped).toBeDefined();
          expect(after.start).toBeLessThanOrEqual(mapped?.start ?? -1);
          expect(after.end).toBeGreaterThanOrEqual(mapped?.end ?? Infinity);
        }
      }),
      { numRuns: 500 },
    );
  });
});
