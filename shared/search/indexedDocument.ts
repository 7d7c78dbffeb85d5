// One document inside the full-text index, held in flat typed arrays: the term id of every token, every
// token's original UTF-16 range, where its blocks (speaker turns, paragraphs) begin, and an inverted view
// (distinct terms → their token positions) for lookups.
import { foldTerm, wordPattern } from './normalize.ts';
import type { TermDictionary } from './termDictionary.ts';

export type IndexedDocument = {
  id: string;
  /** Term id of token i, in text order. */
  termIds: Int32Array;
  /** UTF-16 range of token i in the original text: [tokenStarts[i], tokenEnds[i]). */
  tokenStarts: Uint32Array;
  tokenEnds: Uint32Array;
  /**
   * Token positions (ascending, each > 0) where a new block of the source begins: a speaker turn or paragraph, or
   * the text between blocks (a speaker label). A phrase never runs across one. Empty: the document is one block.
   */
  blockStarts: Int32Array;
  /** Distinct term ids of the document, ascending. */
  distinctTermIds: Int32Array;
  /** Positions of distinctTermIds[k] are tokenPositions[postingStarts[k] … postingStarts[k + 1]). */
  postingStarts: Uint32Array;
  /** Token positions grouped by term, ascending within each term. */
  tokenPositions: Int32Array;
};

/** Growable typed buffers for one tokenization pass. */
const grow = <T extends Int32Array | Uint32Array>(array: T, make: (length: number) => T): T => {
  const grown = make(array.length * 2);
  grown.set(array);
  return grown;
};

/** Counting sort of token positions by term: linear in the document's length. */
const invertTokens = (
  termIds: Int32Array, scratch: Int32Array,
): Omit<IndexedDocument, 'id' | 'termIds' | 'tokenStarts' | 'tokenEnds' | 'blockStarts'> => {
  const seen: number[] = [];
  for (const id of termIds) {
    if (scratch[id] === 0) seen.push(id);
    scratch[id] += 1;
  }
  const distinctTermIds = Int32Array.from(seen).sort();
  const postingStarts = new Uint32Array(distinctTermIds.length + 1);
  for (let k = 0; k < distinctTermIds.length; k += 1) {
    const id = distinctTermIds[k];
    postingStarts[k + 1] = postingStarts[k] + scratch[id];
    scratch[id] = postingStarts[k]; // from here on: the next free slot for this term
  }
  const tokenPositions = new Int32Array(termIds.length);
  for (let position = 0; position < termIds.length; position += 1) {
    const id = termIds[position];
    tokenPositions[scratch[id]] = position;
    scratch[id] += 1;
  }
  for (const id of distinctTermIds) scratch[id] = 0;
  return { distinctTermIds, postingStarts, tokenPositions };
};

/**
 * Buffers reused across documents to avoid garbage: `array` is a zeroed per-term counter with room for every
 * term id; the token buffers collect one document's tokens before they are copied out at their exact size.
 */
export type TermScratch = { array: Int32Array; termIds?: Int32Array; starts?: Uint32Array; ends?: Uint32Array };

const scratchFor = (scratch: TermScratch, capacity: number): Int32Array => {
  if (scratch.array.length < capacity) scratch.array = new Int32Array(Math.max(capacity, scratch.array.length * 2));
  return scratch.array;
};

/** Assembles a document from its token arrays (used after tokenizing and when loading a saved index). */
export const assembleDocument = (
  id: string,
  termIds: Int32Array,
  tokenStarts: Uint32Array,
  tokenEnds: Uint32Array,
  blockStarts: Int32Array,
  termCapacity: number,
  scratch: TermScratch,
): IndexedDocument => ({ id, termIds, tokenStarts, tokenEnds, blockStarts, ...invertTokens(termIds, scratchFor(scratch, termCapacity)) });

/** A block of the source text (a speaker turn or paragraph): its half-open UTF-16 range. */
export type TextBlock = { start: number; end: number };

/**
 * The token positions where a new block begins. A token belongs to the block its first character lies in; tokens
 * between blocks (speaker labels, headings outside any turn) form a block of their own per gap.
 */
export const blockStartsOf = (tokenStarts: Uint32Array, blocks: readonly TextBlock[]): Int32Array => {
  if (blocks.length === 0 || tokenStarts.length === 0) return new Int32Array(0);
  const sorted = [...blocks].sort((a, b) => a.start - b.start || a.end - b.end);
  const starts: number[] = [];
  let cursor = 0;
  let previousKey = -1;
  for (let position = 0; position < tokenStarts.length; position += 1) {
    const at = tokenStarts[position];
    while (cursor < sorted.length && sorted[cursor].end <= at) cursor += 1;
    // Odd keys: inside block `cursor`; even keys: the gap before it.
    const key = cursor < sorted.length && sorted[cursor].start <= at ? 2 * cursor + 1 : 2 * cursor;
    if (position > 0 && key !== previousKey) starts.push(position);
    previousKey = key;
  }
  return Int32Array.from(starts);
};

/** Whether tokens `first` … `last` (inclusive) lie in one block, so a phrase may run over them. */
export const inOneBlock = (document: IndexedDocument, first: number, last: number): boolean => {
  const starts = document.blockStarts;
  if (starts.length === 0 || first === last) return true;
  // The first block start after `first`: there must be none up to `last`.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle] <= first) low = middle + 1;
    else high = middle;
  }
  return low === starts.length || starts[low] > last;
};

/**
 * Tokenizes `text`, interning its terms in `dictionary`; does not count the document in the dictionary. `blocks`
 * are the source's turns or paragraphs (none: one block).
 */
export const tokenizeDocument = (
  id: string, text: string, blocks: readonly TextBlock[], dictionary: TermDictionary, scratch: TermScratch,
): IndexedDocument => {
  const initial = Math.max(1024, text.length >>> 2);
  let termIds = scratch.termIds !== undefined && scratch.termIds.length >= initial ? scratch.termIds : new Int32Array(initial);
  let starts = scratch.starts !== undefined && scratch.starts.length >= initial ? scratch.starts : new Uint32Array(initial);
  let ends = scratch.ends !== undefined && scratch.ends.length >= initial ? scratch.ends : new Uint32Array(initial);
  let count = 0;
  const words = wordPattern();
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const word = match[0];
    const term = foldTerm(word);
    if (term === '') continue;
    if (count === termIds.length) {
      termIds = grow(termIds, (length) => new Int32Array(length));
      starts = grow(starts, (length) => new Uint32Array(length));
      ends = grow(ends, (length) => new Uint32Array(length));
    }
    termIds[count] = dictionary.intern(term);
    starts[count] = match.index;
    ends[count] = match.index + word.length;
    count += 1;
  }
  Object.assign(scratch, { termIds, starts, ends });
  // slice, not subarray: the document keeps exact-size copies, not views into the shared buffers.
  const tokenStarts = starts.slice(0, count);
  return assembleDocument(id, termIds.slice(0, count), tokenStarts, ends.slice(0, count), blockStartsOf(tokenStarts, blocks), dictionary.capacity, scratch);
};

/** Index of `termId` in the document's distinct terms, or -1. */
export const distinctIndexOf = (document: IndexedDocument, termId: number): number => {
  const ids = document.distinctTermIds;
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = ids[middle];
    if (value === termId) return middle;
    if (value < termId) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
};

/** Token positions of `termId` in the document (a view, no copy); empty if the term is absent. */
export const positionsOf = (document: IndexedDocument, termId: number): Int32Array => {
  const k = distinctIndexOf(document, termId);
  if (k < 0) return new Int32Array(0);
  return document.tokenPositions.subarray(document.postingStarts[k], document.postingStarts[k + 1]);
};
