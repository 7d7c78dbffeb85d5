// Offset arithmetic of the transcript: the spoken-text runs (one per rendered line, each with its offsets in the
// source's canonical text) and the snapping of offsets that fall between runs (paragraph breaks, labels).
// Pure functions over sorted runs, shared by the DOM mapping and the overlay.

/** A run of source text shown as one text node: [start, end) in Source.text. */
export type TextRun = { start: number; end: number };

/** Which way an offset between runs moves: a range's start moves forward, its end backward. */
export type SnapBias = 'forward' | 'backward';

/** A position inside run `index`, `offset` code units from its start. */
export type RunPoint = { index: number; offset: number };

/** Index of the first run whose end lies after `offset` (runs.length when none). */
export const firstRunEndingAfter = (runs: readonly TextRun[], offset: number): number => {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runs[middle].end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
};

/** Index of the last run whose start lies before `offset` (-1 when none). */
export const lastRunStartingBefore = (runs: readonly TextRun[], offset: number): number => {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (runs[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
};

/**
 * Where an offset lands among the runs. Forward: inside the first run that ends after it (or at that
 * run's start when the offset sits in a gap). Backward: inside the last run that starts before it (or at
 * that run's end). Null when there is no such run.
 */
export const offsetToRunPoint = (runs: readonly TextRun[], offset: number, bias: SnapBias): RunPoint | null => {
  if (bias === 'forward') {
    const index = firstRunEndingAfter(runs, offset);
    if (index >= runs.length) return null;
    return { index, offset: Math.max(offset, runs[index].start) - runs[index].start };
  }
  const index = lastRunStartingBefore(runs, offset);
  if (index < 0) return null;
  return { index, offset: Math.min(offset, runs[index].end) - runs[index].start };
};

/** The visible part of [start, end): snapped onto shown text; null when nothing shown lies inside it. */
export const visibleRange = (
  runs: readonly TextRun[], start: number, end: number,
): { from: RunPoint; to: RunPoint } | null => {
  const from = offsetToRunPoint(runs, start, 'forward');
  const to = offsetToRunPoint(runs, end, 'backward');
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
