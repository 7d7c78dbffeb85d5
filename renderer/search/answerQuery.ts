// What the search service does per query: asks the index for one page of hits and turns only that page into
// keyword-in-context lines. And a warm-up run after a build, so the first real queries do not pay for the
// JIT compiling the matching loops.
import { FullTextIndex, keywordInContextLines, tokenize } from '../../shared/search/index.ts';
import type { SearchQueryOptions, SearchResults } from './searchProtocol.ts';

/** Lines of a page when the client names no limit: a screenful and more, not the whole answer. */
export const DEFAULT_PAGE_LINES = 200;

/** One page of `query`'s hits as keyword-in-context lines, with counts over every hit. */
export const answerQuery = (
  index: FullTextIndex,
  texts: ReadonlyMap<string, string>,
  query: string,
  options: SearchQueryOptions,
  startedAt: number,
): SearchResults => {
  const { contextChars, ...searchOptions } = options;
  const offset = Math.max(0, searchOptions.offset ?? 0);
  const result = index.query(query, { ...searchOptions, offset, limit: searchOptions.limit ?? DEFAULT_PAGE_LINES });
  const lines = keywordInContextLines(result.hits, (id) => texts.get(id), { contextChars });
  const { totalHits, matchedDocuments, documents, truncated } = result;
  return { lines, offset, totalHits, matchedDocuments, documents, truncated, elapsedMs: performance.now() - startedAt };
};

/** Words to warm up with: the first few distinct words of the first document with text. */
const sampleWords = (texts: ReadonlyMap<string, string>): string[] => {
  for (const text of texts.values()) {
    const words = [...new Set(tokenize(text.slice(0, 2000)).map((token) => token.term))];
    if (words.length > 0) return words.slice(0, 4);
  }
  return [];
};

/**
 * Runs a few queries of every kind (word, prefix, phrase, several words, a later page) over a fresh index and
 * throws the answers away. A handful of milliseconds once per build; the first user queries then run at speed.
 */
export const warmUpQueries = (index: FullTextIndex, texts: ReadonlyMap<string, string>): void => {
  const words = sampleWords(texts);
  if (words.length === 0) return;
  const [first, second = first] = words;
  const queries = [first, `${first.slice(0, 2)}*`, `"${first} ${second}"`, `${first} ${second}`, ...words.slice(2)];
  for (let round = 0; round < 3; round += 1) {
    for (const query of queries) {
      answerQuery(index, texts, query, { limit: DEFAULT_PAGE_LINES, offset: round * DEFAULT_PAGE_LINES }, performance.now());
    }
  }
};
