// Keyword-in-context lines for search results: a little text either side of each hit, cut at word
// boundaries and with whitespace collapsed, keeping the hit's source id and exact original offsets. A cut inside
// a long word falls between grapheme clusters: never between a letter and its (decomposed) accent.
import { graphemeBoundaryAtOrAfter, graphemeBoundaryAtOrBefore } from './graphemeBoundary.ts';

export type KeywordInContextLine = {
  documentId: string;
  /** The hit's half-open UTF-16 range in the original text (code exactly this range). */
  start: number;
  end: number;
  /** Context before the hit; ends with a space when the text had whitespace there. */
  left: string;
  /** The hit as written, whitespace collapsed (a phrase may span a line break). */
  hit: string;
  /** Context after the hit; starts with a space when the text had whitespace there. */
  right: string;
  /** The text goes on before `left` / after `right` (show an ellipsis). */
  leftTruncated: boolean;
  rightTruncated: boolean;
};

export type KeywordInContextOptions = {
  /** Most characters of context on each side (default 60). */
  contextChars?: number;
};

export type KeywordHit = { documentId: string; start: number; end: number };

const DEFAULT_CONTEXT_CHARS = 60;
const WHITESPACE = /\s/u;
const WHITESPACE_RUNS = /\s+/gu;

const isSpace = (text: string, index: number): boolean => WHITESPACE.test(text[index] ?? ' ');

const hasTextBefore = (text: string, index: number): boolean => {
  let probe = index - 1;
  while (probe >= 0 && isSpace(text, probe)) probe -= 1;
  return probe >= 0;
};

const hasTextAfter = (text: string, index: number): boolean => {
  let probe = index;
  while (probe < text.length && isSpace(text, probe)) probe += 1;
  return probe < text.length;
};

const collapse = (text: string): string => text.replace(WHITESPACE_RUNS, ' ');

/** A word cut by the window is shown whole when it ends within this many more characters, else dropped. */
const WORD_SLACK = 20;

/** Where the left context starts: not inside a word (unless one word fills it), never inside a grapheme cluster. */
const leftCut = (text: string, hitStart: number, room: number): number => {
  const cut = Math.max(0, hitStart - room);
  if (cut === 0 || isSpace(text, cut - 1) || isSpace(text, cut)) return cut;
  const slackLimit = Math.max(0, cut - Math.min(WORD_SLACK, room));
  let before = cut;
  while (before > slackLimit && !isSpace(text, before - 1)) before -= 1;
  if (before === 0 || isSpace(text, before - 1)) return before;
  let next = cut;
  while (next < hitStart && !isSpace(text, next)) next += 1;
  if (next < hitStart) return next;
  return cut;
};

/** Where the right context ends: not inside a word (unless one word fills it), never inside a grapheme cluster. */
const rightCut = (text: string, hitEnd: number, room: number): number => {
  const cut = Math.min(text.length, hitEnd + room);
  if (cut === text.length || isSpace(text, cut) || isSpace(text, cut - 1)) return cut;
  const slackLimit = Math.min(text.length, cut + Math.min(WORD_SLACK, room));
  let after = cut;
  while (after < slackLimit && !isSpace(text, after)) after += 1;
  if (after === text.length || isSpace(text, after)) return after;
  let previous = cut;
  while (previous > hitEnd && !isSpace(text, previous - 1)) previous -= 1;
  if (previous > hitEnd) return previous;
  return cut;
};

/** One keyword-in-context line for a hit in `text`. */
export const keywordInContext = (text: string, hit: KeywordHit, options: KeywordInContextOptions = {}): KeywordInContextLine => {
  const room = Math.max(0, options.contextChars ?? DEFAULT_CONTEXT_CHARS);
  const start = Math.min(Math.max(0, hit.start), text.length);
  const end = Math.min(Math.max(start, hit.end), text.length);
  // Snapped to cluster boundaries: a cut inside a long word, or after a space that carries a stray mark.
  const leftStart = Math.min(start, graphemeBoundaryAtOrAfter(text, leftCut(text, start, room)));
  const rightEnd = Math.max(end, graphemeBoundaryAtOrBefore(text, rightCut(text, end, room)));
  const left = collapse(text.slice(leftStart, start)).trimStart();
  const right = collapse(text.slice(end, rightEnd)).trimEnd();
  return {
    documentId: hit.documentId,
    start,
    end,
    left,
    hit: collapse(text.slice(start, end)),
    right,
    leftTruncated: hasTextBefore(text, leftStart),
    rightTruncated: hasTextAfter(text, rightEnd),
  };
};

/** Lines for many hits; hits whose document text is unknown are skipped. */
export const keywordInContextLines = (
  hits: readonly KeywordHit[],
  textOf: (documentId: string) => string | undefined,
  options: KeywordInContextOptions = {},
): KeywordInContextLine[] => {
  const lines: KeywordInContextLine[] = [];
  for (const hit of hits) {
    const text = textOf(hit.documentId);
    if (text !== undefined) lines.push(keywordInContext(text, hit, options));
  }
  return lines;
};
