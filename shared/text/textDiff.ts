// Turning "old text, new text" into a few small edits (word-level Myers diff inside the changed middle, then
// trimmed to the characters that really differ), so a correction saved as a whole new text still maps codings
// word by word rather than as one large replacement.
import type { TextEdit } from './textEdit.ts';

/** Above this many differing tokens the diff falls back to one edit over the changed middle. */
const MAX_TOKEN_DIFFERENCES = 1000;

const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[^]/gu;

type Token = { value: string; start: number };

const tokenize = (text: string, offset: number): Token[] => {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) tokens.push({ value: match[0], start: offset + (match.index ?? 0) });
  return tokens;
};

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Length of the common prefix of a[aFrom..aTo) and b[bFrom..bTo), never ending inside a surrogate pair. */
const commonPrefix = (a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number => {
  let length = 0;
  const limit = Math.min(aTo - aFrom, bTo - bFrom);
  while (length < limit && a.charCodeAt(aFrom + length) === b.charCodeAt(bFrom + length)) length += 1;
  if (length > 0 && isHighSurrogate(a.charCodeAt(aFrom + length - 1))) length -= 1;
  return length;
};

/** Length of the common suffix, limited so it does not overlap the given starts; never splits a surrogate pair. */
const commonSuffix = (a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number => {
  let length = 0;
  const limit = Math.min(aTo - aFrom, bTo - bFrom);
  while (length < limit && a.charCodeAt(aTo - 1 - length) === b.charCodeAt(bTo - 1 - length)) length += 1;
  if (length > 0 && isLowSurrogate(a.charCodeAt(aTo - length))) length -= 1;
  return length;
};

/** One edit replacing a[aFrom..aTo) by b[bFrom..bTo), shrunk to the characters that differ; null if none do. */
const trimmedEdit = (a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): TextEdit | null => {
  const prefix = commonPrefix(a, aFrom, aTo, b, bFrom, bTo);
  const suffix = commonSuffix(a, aFrom + prefix, aTo, b, bFrom + prefix, bTo);
  const from = aFrom + prefix;
  const to = aTo - suffix;
  const insert = b.slice(bFrom + prefix, bTo - suffix);
  if (from === to && insert === '') return null;
  return { from, to, insert };
};

/** Matching token pairs [indexInA, indexInB] of a shortest edit script, or null when it is too long. */
const matchTokens = (a: readonly string[], b: readonly string[]): Array<[number, number]> | null => {
  const n = a.length;
  const m = b.length;
  const maxD = Math.min(n + m, MAX_TOKEN_DIFFERENCES);
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d += 1) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
};

const backtrack = (trace: readonly Int32Array[], n: number, m: number): Array<[number, number]> => {
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d -= 1) {
    const previous = trace[d - 1];
    const at = (k: number): number => previous[k + d - 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    const snakeStartX = previousK === k + 1 ? previousX : previousX + 1;
    while (x > snakeStartX) {
      x -= 1;
      y -= 1;
      pairs.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    pairs.push([x, y]);
  }
  return pairs.reverse();
};

/**
 * The edits (offsets of `oldText`, sorted, non-overlapping) that turn `oldText` into `newText`.
 * applyTextEdits(oldText, diffTexts(oldText, newText)) === newText always holds.
 */
export const diffTexts = (oldText: string, newText: string): TextEdit[] => {
  if (oldText === newText) return [];
  const prefix = commonPrefix(oldText, 0, oldText.length, newText, 0, newText.length);
  const suffix = commonSuffix(oldText, prefix, oldText.length, newText, prefix, newText.length);
  const oldEnd = oldText.length - suffix;
  const newEnd = newText.length - suffix;
  const oldTokens = tokenize(oldText.slice(prefix, oldEnd), prefix);
  const newTokens = tokenize(newText.slice(prefix, newEnd), prefix);
  const pairs = matchTokens(
    oldTokens.map((token) => token.value),
    newTokens.map((token) => token.value),
  );
  if (pairs === null) {
    const single = trimmedEdit(oldText, prefix, oldEnd, newText, prefix, newEnd);
    return single === null ? [] : [single];
  }
  const edits: TextEdit[] = [];
  const oldOffset = (index: number): number => (index < oldTokens.length ? oldTokens[index].start : oldEnd);
  const newOffset = (index: number): number => (index < newTokens.length ? newTokens[index].start : newEnd);
  let oldIndex = 0;
  let newIndex = 0;
  for (const [matchedOld, matchedNew] of [...pairs, [oldTokens.length, newTokens.length] satisfies [number, number]]) {
    if (matchedOld > oldIndex || matchedNew > newIndex) {
      const edit = trimmedEdit(oldText, oldOffset(oldIndex), oldOffset(matchedOld), newText, newOffset(newIndex), newOffset(matchedNew));
      if (edit !== null) edits.push(edit);
    }
    oldIndex = matchedOld + 1;
    newIndex = matchedNew + 1;
  }
  return edits;
};
