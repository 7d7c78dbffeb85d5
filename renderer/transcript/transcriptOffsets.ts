// Offset arithmetic of the transcript: the spoken-text segments (one per rendered line, each with its offsets in the
// source's canonical text) and the snapping of offsets that fall between segments (paragraph breaks, labels).
// Pure functions over sorted segments, shared by the DOM mapping and the overlay.

/** A run of source text shown as one text node: [start, end) in Source.text. */
export type OffsetSegment = { start: number; end: number };

/** Which way an offset between segments moves: a range's start moves forward, its end backward. */
export type SnapBias = 'forward' | 'backward';

/** A position inside segment `index`, `offset` code units from its start. */
export type SegmentPoint = { index: number; offset: number };

/** Index of the first segment whose end lies after `offset` (segments.length when none). */
export const firstSegmentEndingAfter = (segments: readonly OffsetSegment[], offset: number): number => {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (segments[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
};

/** Index of the last segment whose start lies before `offset` (-1 when none). */
export const lastSegmentStartingBefore = (segments: readonly OffsetSegment[], offset: number): number => {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (segments[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
};

/**
 * Where an offset lands among the segments. Forward: inside the first segment that ends after it (or at that
 * segment's start when the offset sits in a gap). Backward: inside the last segment that starts before it (or at
 * that segment's end). Null when there is no such segment.
 */
export const offsetToSegmentPoint = (segments: readonly OffsetSegment[], offset: number, bias: SnapBias): SegmentPoint | null => {
  if (bias === 'forward') {
    const index = firstSegmentEndingAfter(segments, offset);
    if (index >= segments.length) return null;
    return { index, offset: Math.max(offset, segments[index].start) - segments[index].start };
  }
  const index = lastSegmentStartingBefore(segments, offset);
  if (index < 0) return null;
  return { index, offset: Math.min(offset, segments[index].end) - segments[index].start };
};

/** The visible part of [start, end): snapped onto shown text; null when nothing shown lies inside it. */
export const visibleRange = (
  segments: readonly OffsetSegment[], start: number, end: number,
): { from: SegmentPoint; to: SegmentPoint } | null => {
  const from = offsetToSegmentPoint(segments, start, 'forward');
  const to = offsetToSegmentPoint(segments, end, 'backward');
  if (from === null || to === null) return null;
  if (from.index > to.index || (from.index === to.index && from.offset >= to.offset)) return null;
  return { from, to };
};

const WHITESPACE = /\s/;

/** Narrows [start, end) so it neither starts nor ends with white space (a double-click or drag often takes some). */
export const trimRangeToWords = (text: string, start: number, end: number): { start: number; end: number } => {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && WHITESPACE.test(text[from])) from += 1;
  while (to > from && WHITESPACE.test(text[to - 1])) to -= 1;
  return { start: from, end: to };
};
