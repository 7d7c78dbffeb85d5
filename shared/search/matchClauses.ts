// Matching parsed query clauses against one indexed document: each clause is a run of consecutive tokens;
// the rarest exact term anchors the run and the other tokens are checked against the document's term ids. A run
// never crosses a block boundary (speaker turn, paragraph) of the source.
import { inOneBlock, positionsOf, type IndexedDocument } from './indexedDocument.ts';
import type { ParsedSearchQuery } from './searchQuery.ts';
import type { TermDictionary } from './termDictionary.ts';

/** A clause token resolved against the vocabulary: one term id, or the ids a prefix expands to. */
export type ResolvedMatcher =
  | { kind: 'term'; termId: number }
  | { kind: 'terms'; termIds: Int32Array; member: Uint8Array };

/** `cost` estimates how many documents the clause can match in, so the cheapest clause is tried first. */
export type ResolvedClause = { matchers: ResolvedMatcher[]; cost: number };

const EMPTY_POSITIONS = new Int32Array(0);

/**
 * Resolves every clause against the vocabulary; null when some clause can match nowhere (an unknown word
 * or a prefix no term starts with), so an AND query is known to be empty without touching any document.
 */
export const resolveClauses = (query: ParsedSearchQuery, dictionary: TermDictionary): ResolvedClause[] | null => {
  const resolved: ResolvedClause[] = [];
  for (const clause of query.clauses) {
    const matchers: ResolvedMatcher[] = [];
    let cost = Number.POSITIVE_INFINITY;
    for (const matcher of clause.matchers) {
      if (matcher.kind === 'exact') {
        const termId = dictionary.idOf(matcher.term);
        if (termId === undefined) return null;
        matchers.push({ kind: 'term', termId });
        cost = Math.min(cost, dictionary.documentFrequencyOf(termId));
        continue;
      }
      const termIds = dictionary.idsWithPrefix(matcher.prefix);
      if (termIds.length === 0) return null;
      const member = new Uint8Array(dictionary.capacity);
      let documents = 0;
      for (const id of termIds) {
        member[id] = 1;
        documents += dictionary.documentFrequencyOf(id);
      }
      matchers.push({ kind: 'terms', termIds, member });
      cost = Math.min(cost, documents);
    }
    if (matchers.length > 0) resolved.push({ matchers, cost });
  }
  if (resolved.length === 0) return null;
  return resolved.sort((a, b) => a.cost - b.cost);
};

const matchesTerm = (matcher: ResolvedMatcher, termId: number): boolean =>
  matcher.kind === 'term' ? matcher.termId === termId : matcher.member[termId] === 1;

/** The posting slices of a prefix's terms present in the document, found by walking its distinct terms. */
const postingsOfAny = (document: IndexedDocument, member: Uint8Array): { parts: Int32Array[]; total: number } => {
  const { distinctTermIds, postingStarts, tokenPositions } = document;
  const parts: Int32Array[] = [];
  let total = 0;
  for (let k = 0; k < distinctTermIds.length; k += 1) {
    if (member[distinctTermIds[k]] !== 1) continue;
    parts.push(tokenPositions.subarray(postingStarts[k], postingStarts[k + 1]));
    total += postingStarts[k + 1] - postingStarts[k];
  }
  return { parts, total };
};

/** Positions of any of a prefix's terms, ascending: merged slices when few, else one pass over the tokens. */
const positionsOfAny = (document: IndexedDocument, matcher: Extract<ResolvedMatcher, { kind: 'terms' }>): Int32Array => {
  const { parts, total } = postingsOfAny(document, matcher.member);
  if (parts.length === 0) return EMPTY_POSITIONS;
  if (parts.length === 1) return parts[0];
  const tokenCount = document.termIds.length;
  if (total * Math.log2(total) > tokenCount) {
    const found = new Int32Array(total);
    let next = 0;
    for (let position = 0; position < tokenCount; position += 1) {
      if (matcher.member[document.termIds[position]] === 1) found[next++] = position;
    }
    return found;
  }
  const merged = new Int32Array(total);
  let offset = 0;
  for (const part of parts) {
    merged.set(part, offset);
    offset += part.length;
  }
  return merged.sort();
};

/**
 * How many hits a one-clause, one-token query has in the document, without listing them: the cheap path for
 * counting hits beyond the limit. Null when the query needs full matching.
 */
export const countSingleTokenHits = (document: IndexedDocument, clauses: ResolvedClause[]): number | null => {
  if (clauses.length !== 1 || clauses[0].matchers.length !== 1) return null;
  const matcher = clauses[0].matchers[0];
  return matcher.kind === 'term' ? positionsOf(document, matcher.termId).length : postingsOfAny(document, matcher.member).total;
};

/** The anchor: the exact term with the fewest positions here, else the prefix with the fewest terms. */
const anchorOf = (document: IndexedDocument, matchers: ResolvedMatcher[]): { index: number; positions: Int32Array } => {
  let best: { index: number; positions: Int32Array } | null = null;
  for (let index = 0; index < matchers.length; index += 1) {
    const matcher = matchers[index];
    if (matcher.kind !== 'term') continue;
    const positions = positionsOf(document, matcher.termId);
    if (positions.length === 0) return { index, positions: EMPTY_POSITIONS };
    if (best === null || positions.length < best.positions.length) best = { index, positions };
  }
  if (best !== null) return best;
  let index = 0;
  for (let candidate = 1; candidate < matchers.length; candidate += 1) {
    const current = matchers[candidate];
    const chosen = matchers[index];
    if (current.kind === 'terms' && chosen.kind === 'terms' && current.termIds.length < chosen.termIds.length) index = candidate;
  }
  const anchor = matchers[index];
  return { index, positions: anchor.kind === 'terms' ? positionsOfAny(document, anchor) : EMPTY_POSITIONS };
};

/** First-token positions where the clause's run of tokens occurs in the document, ascending. */
export const clauseStarts = (document: IndexedDocument, clause: ResolvedClause): Int32Array => {
  const { matchers } = clause;
  const anchor = anchorOf(document, matchers);
  if (matchers.length === 1 || anchor.positions.length === 0) return anchor.positions;
  const tokenCount = document.termIds.length;
  const starts: number[] = [];
  for (const position of anchor.positions) {
    const first = position - anchor.index;
    if (first < 0 || first + matchers.length > tokenCount || !inOneBlock(document, first, first + matchers.length - 1)) continue;
    let matches = true;
    for (let offset = 0; offset < matchers.length && matches; offset += 1) {
      if (offset !== anchor.index) matches = matchesTerm(matchers[offset], document.termIds[first + offset]);
    }
    if (matches) starts.push(first);
  }
  return Int32Array.from(starts);
};

/** Hits in one document as token positions: hit i runs from token firsts[i] to token lasts[i], inclusive. */
export type DocumentMatches = { firsts: Int32Array; lasts: Int32Array };

const NO_MATCHES: DocumentMatches = { firsts: EMPTY_POSITIONS, lasts: EMPTY_POSITIONS };

/** Last-token positions for runs of `length` tokens starting at `firsts` (shares the array for single words). */
const lastsOf = (firsts: Int32Array, length: number): Int32Array => (length === 1 ? firsts : firsts.map((first) => first + length - 1));

/**
 * Merges the clauses' sorted hit lists into one list of places ordered by first token. Hits that overlap or stand
 * side by side (no other word between them, in the same turn) make one place from the first word to the last: an unquoted
 * `drying house` finds "drying house" once, not "drying" and "house" each with the same context line. Two clauses
 * matching the same tokens thus count once. A k-way merge over typed arrays: no per-hit objects.
 */
const mergeClauseHits = (document: IndexedDocument, perClause: { firsts: Int32Array; length: number }[]): DocumentMatches => {
  let total = 0;
  for (const clause of perClause) total += clause.firsts.length;
  const firsts = new Int32Array(total);
  const lasts = new Int32Array(total);
  const cursors = new Int32Array(perClause.length);
  let count = 0;
  for (;;) {
    let best = -1;
    let bestFirst = 0;
    let bestLast = 0;
    for (let clause = 0; clause < perClause.length; clause += 1) {
      const { firsts: starts, length } = perClause[clause];
      if (cursors[clause] >= starts.length) continue;
      const first = starts[cursors[clause]];
      const last = first + length - 1;
      if (best < 0 || first < bestFirst || (first === bestFirst && last < bestLast)) {
        best = clause;
        bestFirst = first;
        bestLast = last;
      }
    }
    if (best < 0) break;
    cursors[best] += 1;
    // Side by side across a turn boundary are two places: the words were not said together.
    if (count > 0 && (bestFirst <= lasts[count - 1] || (bestFirst === lasts[count - 1] + 1 && inOneBlock(document, lasts[count - 1], bestFirst)))) {
      lasts[count - 1] = Math.max(lasts[count - 1], bestLast);
      continue;
    }
    firsts[count] = bestFirst;
    lasts[count] = bestLast;
    count += 1;
  }
  return { firsts: firsts.subarray(0, count), lasts: lasts.subarray(0, count) };
};

/**
 * Every hit of an AND query in one document, ordered by position; empty unless every clause matches here. With
 * several clauses a hit is a place: overlapping or adjacent hits are reported once, as one run of tokens.
 */
export const matchDocument = (document: IndexedDocument, clauses: ResolvedClause[]): DocumentMatches => {
  const perClause: { firsts: Int32Array; length: number }[] = [];
  for (const clause of clauses) {
    const firsts = clauseStarts(document, clause);
    if (firsts.length === 0) return NO_MATCHES;
    perClause.push({ firsts, length: clause.matchers.length });
  }
  if (perClause.length === 1) return { firsts: perClause[0].firsts, lasts: lastsOf(perClause[0].firsts, perClause[0].length) };
  return mergeClauseHits(document, perClause);
};
