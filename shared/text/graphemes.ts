// Grapheme clusters (what a reader sees as one character): a coding never splits one. A surrogate pair, an emoji
// ZWJ sequence (👩‍👩‍👧), a flag (🇮🇩), a skin-tone modifier (👋🏽) or a letter with its combining marks (e + U+0301)
// is coded whole or not at all. Boundaries come from Intl.Segmenter (granularity 'grapheme'), asked only about a small
// window around each offset, so snapping a range in a 100k-word text costs about as much as in a sentence.
import type { TextRange } from './textEdit.ts';

let segmenter: Intl.Segmenter | null = null;

const graphemeSegmenter = (): Intl.Segmenter => {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  return segmenter;
};

const LF = 0x0a;
const CR = 0x0d;

/**
 * Whether the two code units around `offset` alone settle that a cluster boundary lies there (UAX #29): after a line
 * feed or a CR not followed by a line feed (GB4), before a CR or a line feed not preceded by a CR (GB5), and before a
 * code unit below U+0300 that follows one below U+0600 — nothing below U+0300 is an extender, a joiner, a spacing
 * mark, a regional indicator, a Hangul jamo or a surrogate, and nothing below U+0600 is a prepended mark or the
 * zero-width joiner, so no rule keeps the two together. Indonesian and English text is almost all such pairs.
 * False means "ask the segmenter", not "no boundary".
 */
const plainBoundary = (text: string, offset: number): boolean => {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === LF || after === CR) return true;
  if (before === CR || after === LF) return before !== CR || after !== LF;
  return after < 0x300 && before < 0x600;
};

/** The boundaries of the cluster holding `offset`, found by segmenting between the plain boundaries around it. */
const clusterAround = (text: string, offset: number): TextRange => {
  let from = offset - 1;
  while (from > 0 && !plainBoundary(text, from)) from -= 1;
  let to = offset + 1;
  while (to < text.length && !plainBoundary(text, to)) to += 1;
  // Every grapheme rule looks only at the text before a boundary candidate, and `from` is a boundary, so the window
  // segments exactly as the whole text would.
  for (const { index, segment } of graphemeSegmenter().segment(text.slice(from, to))) {
    const start = from + index;
    const end = start + segment.length;
    if (offset >= start && offset < end) return { start, end };
  }
  return { start: offset, end: offset };
};

/** Whether `offset` lies between two grapheme clusters (the text's ends count). */
export const isGraphemeBoundary = (text: string, offset: number): boolean => {
  if (offset <= 0 || offset >= text.length) return true;
  if (plainBoundary(text, offset)) return true;
  return clusterAround(text, offset).start === offset;
};

/** The nearest cluster boundary at or before `offset` (clamped to the text). */
export const graphemeStartAtOrBefore = (text: string, offset: number): number => {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (plainBoundary(text, offset)) return offset;
  return clusterAround(text, offset).start;
};

/** The nearest cluster boundary at or after `offset` (clamped to the text). */
export const graphemeEndAtOrAfter = (text: string, offset: number): number => {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  if (plainBoundary(text, offset)) return offset;
  const cluster = clusterAround(text, offset);
  return cluster.start === offset ? offset : cluster.end;
};

/**
 * The range widened to whole grapheme clusters: the start moves down and the end up to the nearest boundaries, so the
 * result holds the original range, lies on boundaries and snapping it again changes nothing. Offsets outside the
 * text are clamped to it. Returns the same object when nothing moves (callers can compare by identity).
 */
export const snapRangeToGraphemes = <T extends TextRange>(text: string, range: T): T => {
  const start = graphemeStartAtOrBefore(text, range.start);
  const end = Math.max(start, graphemeEndAtOrAfter(text, range.end));
  return start === range.start && end === range.end ? range : { ...range, start, end };
};
