// Widening to units (the transcript's S/P/T keys) and search-hit coding land on grapheme-cluster boundaries, whatever
// the hit's offsets: a hit found inside a cluster still codes the whole cluster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitCodingRanges } from '../../../../shared/text/hitCodingRanges.ts';
import { TEXT_UNITS, widenToUnit, type UnitSource } from '../../../../shared/text/textUnits.ts';
import { boundariesOf, clusterText, rangeIn } from './graphemeText.ts';

const sourceOf = (text: string): UnitSource => ({ text, turns: [], language: 'id' });

describe('unit widening and hit coding on grapheme clusters', () => {
  it('codes the whole skin-toned wave for a hit that ends between the hand and its tone', () => {
    const text = 'Halo 👋🏽 semua.';
    const at = text.indexOf('👋');
    const [range] = hitCodingRanges([{ sourceId: 's', start: at, end: at + 2 }], () => sourceOf(text), 'hit');
    expect(text.slice(range.start, range.end)).toBe('👋🏽');
  });

  it('keeps a combining mark that sits on the blank before a sentence with the sentence', () => {
    const text = 'Satu. \u0301Dua tiga.';
    const at = text.indexOf('Dua');
    const widened = widenToUnit(sourceOf(text), { start: at, end: at + 3 }, 'sentence');
    expect(boundariesOf(text).has(widened.start)).toBe(true);
    expect(text.slice(widened.start, widened.end)).toContain('Dua tiga.');
  });

  it('gives ranges on boundaries that hold every hit, for every unit (property)', () => {
    const scenario = fc.tuple(clusterText(), fc.array(fc.tuple(fc.nat(200), fc.nat(200)), { minLength: 1, maxLength: 5 }), fc.constantFrom(...TEXT_UNITS));
    fc.assert(
      fc.property(scenario, ([text, raw, unit]) => {
        const hits = raw.map(([a, b]) => ({ sourceId: 's', ...rangeIn(text, a, b) })).filter((hit) => hit.end > hit.start);
        const boundaries = boundariesOf(text);
        const ranges = hitCodingRanges(hits, () => sourceOf(text), unit);
        for (const range of ranges) {
          expect(boundaries.has(range.start)).toBe(true);
          expect(boundaries.has(range.end)).toBe(true);
        }
        for (const hit of hits) {
          expect(ranges.some((range) => range.start <= hit.start && range.end >= hit.end)).toBe(true);
          const widened = widenToUnit(sourceOf(text), hit, unit);
          expect(boundaries.has(widened.start) && boundaries.has(widened.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
