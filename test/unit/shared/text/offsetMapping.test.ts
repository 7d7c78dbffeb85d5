// Offset mapping through text corrections: concrete edge rules, then properties over random texts and edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTextEdit,
  applyTextEdits,
  mapRangeThroughEdit,
  mapRangeThroughEdits,
  type TextEdit,
  type TextRange,
} from '../../../../shared/text/index.ts';

const covered = (text: string, range: TextRange | null): string | null => (range === null ? null : text.slice(range.start, range.end));

/** Maps a range found by its words through an edit and returns the words it covers afterwards. */
const coverAfter = (text: string, codedWords: string, edit: TextEdit): string | null => {
  const start = text.indexOf(codedWords);
  const range = { start, end: start + codedWords.length };
  return covered(applyTextEdit(text, edit), mapRangeThroughEdit(range, edit, text));
};

describe('mapRangeThroughEdit: concrete rules', () => {
  const text = 'Pak Bambang is the exporter in Surabaya.';
  const at = (needle: string): number => text.indexOf(needle);

  it('shifts a coding when text before it changes and ignores text after it', () => {
    expect(coverAfter(text, 'exporter', { from: 0, to: 3, insert: 'Bapak' })).toBe('exporter');
    expect(coverAfter(text, 'exporter', { from: at('Surabaya'), to: at('.'), insert: 'Sidoarjo' })).toBe('exporter');
  });

  it('grows with a letter typed onto the last coded word but not with a new phrase after it', () => {
    const end = at('exporter') + 'exporter'.length;
    expect(coverAfter(text, 'the exporter', { from: end, to: end, insert: 's' })).toBe('the exporters');
    expect(coverAfter(text, 'the exporter', { from: end, to: end, insert: ', and more' })).toBe('the exporter');
    expect(coverAfter(text, 'the exporter', { from: end, to: end, insert: ' agent' })).toBe('the exporter');
  });

  it('grows with letters typed onto the first coded word but not with a separate word before it', () => {
    const start = at('Bambang');
    expect(coverAfter(text, 'Bambang', { from: start, to: start, insert: 'Pak ' })).toBe('Bambang');
    const typo = 'Pak ambang is the exporter.';
    expect(coverAfter(typo, 'ambang', { from: 4, to: 4, insert: 'B' })).toBe('Bambang');
  });

  it('covers a replacement that straddles either edge', () => {
    // "the exporter" coded; the user retypes "is the" as "was a".
    expect(coverAfter(text, 'the exporter', { from: at('is the'), to: at('is the') + 6, insert: 'was a' })).toBe('was a exporter');
    // "Pak Bambang is" coded; the user retypes "is the" as "was".
    expect(coverAfter(text, 'Pak Bambang is', { from: at('is the'), to: at('is the') + 6, insert: 'was' })).toBe('Pak Bambang was');
  });

  it('follows an edit inside the coding, including a replacement of the whole coded text', () => {
    expect(coverAfter(text, 'the exporter in Surabaya', { from: at('in'), to: at('in') + 2, insert: 'from' })).toBe('the exporter from Surabaya');
    expect(coverAfter(text, 'exporter', { from: at('exporter'), to: at('exporter') + 8, insert: 'eksportir' })).toBe('eksportir');
  });

  it('is deleted only when all its words are deleted', () => {
    expect(coverAfter(text, 'exporter', { from: at('exporter'), to: at('exporter') + 8, insert: '' })).toBeNull();
    expect(coverAfter(text, 'exporter', { from: at('the'), to: at(' in'), insert: '' })).toBeNull();
    expect(coverAfter(text, 'the exporter', { from: at('exporter'), to: at(' in'), insert: '' })).toBe('the ');
  });

  it('keeps the coded words when a larger replacement repeats them', () => {
    expect(coverAfter(text, 'exporter', { from: at('is the'), to: at(' in'), insert: 'was the main exporter' })).toBe('exporter');
    expect(coverAfter(text, 'exporter', { from: at('is the'), to: at(' in'), insert: 'was a trader' })).toBe('was a trader');
  });

  it('lets an empty range (an empty paragraph) take in text typed at its position', () => {
    expect(mapRangeThroughEdit({ start: 5, end: 5 }, { from: 5, to: 5, insert: 'abc' })).toEqual({ start: 5, end: 8 });
    expect(mapRangeThroughEdit({ start: 5, end: 5 }, { from: 1, to: 2, insert: '' })).toEqual({ start: 4, end: 4 });
  });
});

// ---- properties -----------------------------------------------------------------------------------------

const alphabet = fc.constantFrom('a', 'b', 'k', 'é', 'ꦗ', ' ', ' ', ',', '\n', '😀');
const textArb = fc.string({ unit: alphabet, minLength: 1, maxLength: 60 });
const insertArb = fc.string({ unit: alphabet, maxLength: 8 });

const rangeIn = (length: number): fc.Arbitrary<TextRange> =>
  fc.tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length })).filter(([a, b]) => a !== b).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

const editIn = (length: number): fc.Arbitrary<TextEdit> =>
  fc.tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }), insertArb).map(([a, b, insert]) => ({ from: Math.min(a, b), to: Math.max(a, b), insert }));

const scenario = textArb.chain((text) =>
  fc.record({ text: fc.constant(text), codings: fc.array(rangeIn(text.length), { minLength: 1, maxLength: 6 }), edit: editIn(text.length) }),
);

const isOutside = ({ start, end }: TextRange, { from, to }: TextEdit): boolean =>
  from === to ? from < start || from > end : to <= start || from >= end;

const isInside = ({ start, end }: TextRange, { from, to, insert }: TextEdit): boolean =>
  start <= from && to <= end && !(from === to && (from === start || from === end)) && !(from === start && to === end && insert === '');

describe('mapRangeThroughEdit: properties', () => {
  it('keeps ranges within the new text with start < end', () => {
    fc.assert(
      fc.property(scenario, ({ text, codings, edit }) => {
        const length = applyTextEdit(text, edit).length;
        for (const range of codings) {
          const mapped = mapRangeThroughEdit(range, edit, text);
          if (mapped === null) continue;
          expect(mapped.start).toBeGreaterThanOrEqual(0);
          expect(mapped.start).toBeLessThan(mapped.end);
          expect(mapped.end).toBeLessThanOrEqual(length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the covered text unchanged when the edit is outside the coding', () => {
    fc.assert(
      fc.property(scenario, ({ text, codings, edit }) => {
        const newText = applyTextEdit(text, edit);
        for (const range of codings.filter((candidate) => isOutside(candidate, edit))) {
          expect(covered(newText, mapRangeThroughEdit(range, edit, text))).toBe(text.slice(range.start, range.end));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('applies an edit inside the coding to the coded text itself', () => {
    const inside = textArb.chain((text) =>
      rangeIn(text.length).chain((range) =>
        fc.record({
          text: fc.constant(text),
          range: fc.constant(range),
          edit: fc
            .tuple(fc.integer({ min: range.start, max: range.end }), fc.integer({ min: range.start, max: range.end }), insertArb)
            .map(([a, b, insert]) => ({ from: Math.min(a, b), to: Math.max(a, b), insert })),
        }),
      ),
    );
    fc.assert(
      fc.property(inside, ({ text, range, edit }) => {
        fc.pre(isInside(range, edit));
        const coded = text.slice(range.start, range.end);
        const expected = applyTextEdit(coded, { from: edit.from - range.start, to: edit.to - range.start, insert: edit.insert });
        expect(covered(applyTextEdit(text, edit), mapRangeThroughEdit(range, edit, text))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('treats an insertion at an edge as either outside or joined, and deletes only a fully deleted coding', () => {
    fc.assert(
      fc.property(scenario, ({ text, codings, edit }) => {
        const newText = applyTextEdit(text, edit);
        for (const range of codings) {
          const coded = text.slice(range.start, range.end);
          const result = covered(newText, mapRangeThroughEdit(range, edit, text));
          if (edit.from === edit.to && edit.from === range.start) expect([coded, edit.insert + coded]).toContain(result);
          else if (edit.from === edit.to && edit.from === range.end) expect([coded, coded + edit.insert]).toContain(result);
          const fullyDeleted = edit.insert === '' && edit.from <= range.start && edit.to >= range.end;
          expect(result === null).toBe(fullyDeleted);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('maps a batch of edits inside a coding like applying them to the coded text', () => {
    const batch = fc.string({ unit: alphabet, minLength: 4, maxLength: 60 }).chain((text) =>
      fc.record({
        text: fc.constant(text),
        // At least two distinct interior cut points exist because the text has 4+ code units.
        cuts: fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { minLength: 2, maxLength: Math.min(8, text.length - 1) }),
        inserts: fc.array(insertArb, { minLength: 4, maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(batch, ({ text, cuts, inserts }) => {
        const points = [...cuts].filter((cut) => cut < text.length).sort((a, b) => a - b);
        fc.pre(points.length >= 2);
        const range = { start: 0, end: text.length };
        // Edits at strictly interior, separated spans: [p0,p1), [p2,p3), …
        const edits: TextEdit[] = [];
        for (let index = 0; index + 1 < points.length && edits.length < inserts.length; index += 2) {
          edits.push({ from: points[index], to: points[index + 1], insert: inserts[edits.length] || 'x' });
        }
        const newText = applyTextEdits(text, edits);
        expect(covered(newText, mapRangeThroughEdits(range, edits, text))).toBe(newText);
      }),
      { numRuns: 300 },
    );
  });
});
