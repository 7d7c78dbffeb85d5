// Snapping ranges to grapheme clusters: each kind of cluster a code must not split, then properties over random
// texts full of them, checked against segmenting the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  graphemeEndAtOrAfter, graphemeStartAtOrBefore, isGraphemeBoundary, snapRangeToGraphemes,
} from '../../../../shared/text/graphemes.ts';
import { boundariesOf, clusterText, rangeIn } from './graphemeText.ts';

/** The text a range covers once snapped, for a range given by where `cut` falls in `text`. */
const snappedSlice = (text: string, start: number, end: number): string => {
  const snapped = snapRangeToGraphemes(text, { start, end });
  return text.slice(snapped.start, snapped.end);
};

describe('snapRangeToGraphemes: one cluster of each kind', () => {
  const cases: Array<[string, string]> = [
    ['a surrogate pair', '🥁'],
    ['a ZWJ family', '👩\u200d👩\u200d👧'],
    ['a flag', '🇮🇩'],
    ['a skin-tone modifier', '👋🏽'],
    ['a letter and its combining mark', 'e\u0301'],
    ['a letter and two combining marks', 'a\u0300\u0323'],
    ['a keycap', '1\ufe0f\u20e3'],
    ['a CRLF line break', '\r\n'],
  ];
  for (const [name, cluster] of cases) {
    it(`never splits ${name}`, () => {
      const text = `Pak ${cluster} kendang`;
      const at = 4;
      for (let inside = at + 1; inside < at + cluster.length; inside += 1) {
        // A range ending inside the cluster takes all of it; one starting inside it starts where the cluster starts.
        expect(snappedSlice(text, 0, inside)).toBe(`Pak ${cluster}`);
        expect(snappedSlice(text, inside, text.length)).toBe(`${cluster} kendang`);
        expect(snappedSlice(text, inside, inside + 0)).toBe(cluster);
        expect(isGraphemeBoundary(text, inside)).toBe(false);
      }
      expect(isGraphemeBoundary(text, at)).toBe(true);
      expect(isGraphemeBoundary(text, at + cluster.length)).toBe(true);
    });
  }

  it('pairs regional indicators from the start of their run', () => {
    const text = 'a🇮🇩🇯🇵b';
    // Offsets 1, 5, 9 and 11 are boundaries; 3 and 7 sit inside the two flags.
    expect(graphemeStartAtOrBefore(text, 7)).toBe(5);
    expect(graphemeEndAtOrAfter(text, 7)).toBe(9);
    expect(graphemeEndAtOrAfter(text, 3)).toBe(5);
  });

  it('leaves a range already on boundaries as the same object, and clamps offsets to the text', () => {
    const range = { start: 0, end: 3, codeId: 'c1' };
    expect(snapRangeToGraphemes('Pak Harjo', range)).toBe(range);
    expect(snapRangeToGraphemes('e\u0301', { start: -2, end: 9 })).toEqual({ start: 0, end: 2 });
  });

  it('keeps the fields of a coding beside its offsets', () => {
    expect(snapRangeToGraphemes('x👋🏽', { id: 'g1', start: 0, end: 3 })).toEqual({ id: 'g1', start: 0, end: 5 });
  });

  it('finds a cluster deep inside a long text without a plain boundary for a while', () => {
    const marks = '\u0301'.repeat(500);
    const text = `${'kata '.repeat(20_000)}e${marks} akhir`;
    const start = text.indexOf('e\u0301');
    expect(snapRangeToGraphemes(text, { start: start + 250, end: start + 251 })).toEqual({ start, end: start + 501 });
  });
});

describe('snapRangeToGraphemes: properties', () => {
  const scenario = fc.tuple(clusterText(), fc.nat(200), fc.nat(200)).map(([text, a, b]) => ({ text, range: rangeIn(text, a, b) }));

  it('lands on cluster boundaries, contains the original range and is the smallest such range', () => {
    fc.assert(
      fc.property(scenario, ({ text, range }) => {
        const boundaries = boundariesOf(text);
        const snapped = snapRangeToGraphemes(text, range);
        expect(boundaries.has(snapped.start)).toBe(true);
        expect(boundaries.has(snapped.end)).toBe(true);
        expect(snapped.start).toBeLessThanOrEqual(range.start);
        expect(snapped.end).toBeGreaterThanOrEqual(range.end);
        const below = [...boundaries].filter((offset) => offset <= range.start);
        const above = [...boundaries].filter((offset) => offset >= range.end);
        expect(snapped.start).toBe(Math.max(...below));
        expect(snapped.end).toBe(Math.min(...above));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(scenario, ({ text, range }) => {
        const once = snapRangeToGraphemes(text, range);
        expect(snapRangeToGraphemes(text, once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with segmenting the whole text at every offset', () => {
    fc.assert(
      fc.property(clusterText(), (text) => {
        const boundaries = boundariesOf(text);
        for (let offset = 0; offset <= text.length; offset += 1) expect(isGraphemeBoundary(text, offset)).toBe(boundaries.has(offset));
      }),
      { numRuns: 300 },
    );
  });
});
