// Moving coded ranges (and turns) through text corrections so they keep covering the same words.
//
// Rules for an edit that replaces [from, to) with `insert`, against a range [start, end):
// - edits wholly before the range shift it; edits wholly after it leave it alone;
// - an edit inside the range grows or shrinks it with the edit (the coding covers the corrected words);
// - an edit straddling an edge replaces words the coding covered, so the coding covers the whole replacement;
// - a pure insertion exactly at an edge joins the coding only when it glues onto the coded word (the inserted
//   text ends with a letter or digit and the coding starts with one, or the mirror case at the end): typing a
//   missing "s" after "exporter" extends the coding, typing ", and" or " Bu Lastri" after it does not;
// - an edit that swallows the whole range: when the old coded words reappear verbatim in the insert they stay
//   coded there; otherwise the coding covers the whole replacement; only an empty replacement deletes it (null);
// - given the corrected text, a mapped coding is widened to whole grapheme clusters of it (graphemes.ts).
import { snapRangeToGraphemes } from './graphemes.ts';
import { assertEditBatch, type TextEdit, type TextRange } from './textEdit.ts';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const isWordChar = (char: string | undefined): boolean => char !== undefined && char !== '' && WORD_CHAR.test(char);

/** Last code point of a string (so an emoji or a combining pair counts as one character). */
const lastChar = (value: string): string | undefined => (value === '' ? undefined : Array.from(value.slice(-2)).pop());
const firstChar = (value: string): string | undefined => (value === '' ? undefined : Array.from(value.slice(0, 2))[0]);

/** Position of the occurrence of `needle` in `haystack` nearest to `preferred`, or -1. */
const nearestOccurrence = (haystack: string, needle: string, preferred: number): number => {
  let best = -1;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at - preferred) < Math.abs(best - preferred)) best = at;
    if (at > preferred) break;
  }
  return best;
};

/**
 * Maps one range through one edit. `text` is the text the edit applies to (the range's text); without it the
 * edge rule looks at the inserted text only, and a swallowed range always covers the whole replacement.
 * Returns null only when every coded character was deleted.
 */
export const mapRangeThroughEdit = (range: TextRange, edit: TextEdit, text?: string): TextRange | null => {
  const { start, end } = range;
  const { from, to, insert } = edit;
  const inserted = insert.length;
  const delta = inserted - (to - from);

  if (from === to) {
    const at = from;
    if (at < start) return { start: start + inserted, end: end + inserted };
    if (at > end) return range;
    if (start === end) return { start, end: end + inserted };
    if (at > start && at < end) return { start, end: end + inserted };
    if (at === start) {
      const joins = isWordChar(lastChar(insert)) && (text === undefined || isWordChar(firstChar(text.slice(start, start + 2))));
      return joins ? { start, end: end + inserted } : { start: start + inserted, end: end + inserted };
    }
    const joins = isWordChar(firstChar(insert)) && (text === undefined || isWordChar(lastChar(text.slice(Math.max(0, end - 2), end))));
    return joins ? { start, end: end + inserted } : range;
  }

  if (to <= start) return { start: start + delta, end: end + delta };
  if (from >= end) return range;
  if (start === end) return { start: from, end: from + inserted };

  if (from <= start && to >= end) {
    if (inserted === 0) return null;
    if (from === start && to === end) return { start: from, end: from + inserted };
    if (text !== undefined) {
      const coded = text.slice(start, end);
      const at = nearestOccurrence(insert, coded, start - from);
      if (at !== -1) return { start: from + at, end: from + at + coded.length };
    }
    return { start: from, end: from + inserted };
  }
  if (from < start) return { start: from, end: end + delta };
  if (to > end) return { start, end: from + inserted };
  return { start, end: end + delta };
};

/**
 * Maps a range through a batch of edits in offsets of the same original `text` (sorted, non-overlapping).
 * Edits are taken last to first, so every position an edit looks at is still in original offsets.
 */
export const mapRangeThroughEdits = (range: TextRange, edits: readonly TextEdit[], text?: string): TextRange | null => {
  let current: TextRange | null = range;
  for (let index = edits.length - 1; index >= 0 && current !== null; index -= 1) {
    current = mapRangeThroughEdit(current, edits[index], text);
  }
  return current;
};

export type MappedRanges<T> = {
  /** Every range that survived, with its new offsets (unchanged ones included, in input order). */
  kept: T[];
  /** Only the ranges whose offsets changed. */
  moved: T[];
  /** Ranges whose text was deleted entirely. */
  removed: T[];
};

/**
 * Maps many records with start/end (codings, turns) through a batch of edits of `text`. Given `corrected` (the text
 * after the edits), every mapped range is also widened to whole grapheme clusters of it: an edit that puts a combining
 * mark, a joiner or a skin tone next to a coded edge makes the coding take the whole cluster rather than split it.
 */
export const mapRangesThroughEdits = <T extends TextRange>(
  items: readonly T[], edits: readonly TextEdit[], text: string, corrected?: string,
): MappedRanges<T> => {
  assertEditBatch(text.length, edits);
  const result: MappedRanges<T> = { kept: [], moved: [], removed: [] };
  if (edits.length === 0) return { ...result, kept: [...items] };
  const firstFrom = edits[0].from;
  const snap = (range: TextRange | null): TextRange | null =>
    range === null || corrected === undefined ? range : snapRangeToGraphemes(corrected, range);
  for (const item of items) {
    // Ranges that end before the first edit cannot move (nor can their clusters); skipping them keeps large sources fast.
    const mapped = item.end < firstFrom ? item : snap(mapRangeThroughEdits(item, edits, text));
    if (mapped === null) {
      result.removed.push(item);
    } else if (mapped.start === item.start && mapped.end === item.end) {
      result.kept.push(item);
    } else {
      const moved = { ...item, start: mapped.start, end: mapped.end };
      result.kept.push(moved);
      result.moved.push(moved);
    }
  }
  return result;
};
