// Parses what a user types into the search box: words (all must occur in a source), "quoted phrases"
// (consecutive words) and prefixes (`pamer*`), folded with the same tokenizer as the indexed text.
import { tokenize } from './normalize.ts';

/** Matches one token: its folded term equals `term`, or starts with `prefix`. */
export type TermMatcher = { kind: 'exact'; term: string } | { kind: 'prefix'; prefix: string };

/**
 * Tokens that must occur at consecutive positions: a single word, a prefix, a quoted phrase, or a
 * hyphenated chunk such as "anak-anak". `text` is the clause as the user wrote it.
 */
export type QueryClause = { text: string; matchers: TermMatcher[] };

/** All clauses must match somewhere in one document (AND); an empty list matches nothing. */
export type ParsedSearchQuery = { clauses: QueryClause[] };

const OPENING_QUOTES = new Set(['"', '“', '„', '«', '”']);
const CLOSING_QUOTES = new Set(['"', '”', '“', '»']);

/** Turns a chunk into matchers; a `*` right after a word makes that word a prefix. */
const clauseOf = (text: string): QueryClause | null => {
  const matchers: TermMatcher[] = tokenize(text).map((token) =>
    text[token.end] === '*' ? { kind: 'prefix', prefix: token.term } : { kind: 'exact', term: token.term },
  );
  return matchers.length === 0 ? null : { text, matchers };
};

/** Splits the query into quoted and unquoted parts; an unclosed quote runs to the end of the query. */
const splitQuoted = (query: string): { text: string; quoted: boolean }[] => {
  const parts: { text: string; quoted: boolean }[] = [];
  let plainStart = 0;
  let index = 0;
  while (index < query.length) {
    if (!OPENING_QUOTES.has(query[index])) {
      index += 1;
      continue;
    }
    parts.push({ text: query.slice(plainStart, index), quoted: false });
    let close = index + 1;
    while (close < query.length && !CLOSING_QUOTES.has(query[close])) close += 1;
    parts.push({ text: query.slice(index + 1, close), quoted: true });
    index = close + 1;
    plainStart = index;
  }
  parts.push({ text: query.slice(plainStart), quoted: false });
  return parts;
};

/** `pameran "seni ukir" ekspor*` → three clauses: a word, a phrase and a prefix. */
export const parseSearchQuery = (query: string): ParsedSearchQuery => {
  const clauses: QueryClause[] = [];
  for (const part of splitQuoted(query)) {
    const chunks = part.quoted ? [part.text] : part.text.split(/\s+/u);
    for (const chunk of chunks) {
      const clause = clauseOf(chunk.trim());
      if (clause !== null) clauses.push(clause);
    }
  }
  return { clauses };
};
