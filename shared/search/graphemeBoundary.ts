// Grapheme-cluster boundaries near one offset of a long text, for search's keyword-in-context cuts: source text is
// stored as imported (decomposed accents, emoji sequences), so a cut must not leave an accent without its letter.
// Segments only a short window around the offset (segmenting a whole 100,000-word source per line would be slow).

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How far back to look for a safe place to start segmenting; longer clusters are not met in real text. */
const WINDOW = 96;
const SAFE_START = /\s/u;

/**
 * A start for segmenting that lies on a cluster boundary: a whitespace character (a cluster always begins there,
 * but for LF after CR), else `WINDOW` units back or the text's start when a run of non-space is that long.
 */
const windowStart = (text: string, index: number): number => {
  const limit = Math.max(0, index - WINDOW);
  for (let probe = index - 1; probe >= limit; probe -= 1) {
    if (SAFE_START.test(text[probe]) && text[probe - 1] !== '\r') return probe;
  }
  return limit;
};

/** The cluster boundaries of text[from, to), as offsets into the whole text (including `from` and `to`). */
const boundariesBetween = (text: string, from: number, to: number): number[] => {
  const found = [...graphemes.segment(text.slice(from, to))].map((segment) => from + segment.index);
  found.push(to);
  return found;
};

/**
 * Whether `index` is surely a boundary without segmenting (the common case, and a hot path: two per context line).
 * A character below U+0300 never joins the one before it (it is no mark, joiner, Hangul, emoji or Indic letter)
 * unless that one is a Prepend character (U+0600 on, or astral: left to the segmenter) or it is LF after CR.
 */
const surelyBoundary = (text: string, index: number): boolean => {
  const current = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  return current < 0x300 && previous < 0x600 && !(previous === 0x0d && current === 0x0a);
};

/** The last grapheme-cluster boundary at or before `index`. */
export const graphemeBoundaryAtOrBefore = (text: string, index: number): number => {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  if (surelyBoundary(text, index)) return index;
  const from = windowStart(text, index);
  // Segment a little past the index: whether a boundary falls at `index` depends on the characters after it.
  const boundaries = boundariesBetween(text, from, Math.min(text.length, index + WINDOW));
  let best = from;
  for (const boundary of boundaries) if (boundary <= index) best = boundary;
  return best;
};

/** The first grapheme-cluster boundary at or after `index`. */
export const graphemeBoundaryAtOrAfter = (text: string, index: number): number => {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  if (surelyBoundary(text, index)) return index;
  const from = windowStart(text, index);
  const boundaries = boundariesBetween(text, from, Math.min(text.length, index + WINDOW));
  for (const boundary of boundaries) if (boundary >= index) return boundary;
  return text.length;
};
