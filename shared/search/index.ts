// Project-wide full-text search: tokenization, the inverted index, query parsing and keyword-in-context lines.
export { foldTerm, forEachToken, searchTerms, tokenize, type TextToken } from './normalize.ts';
export { parseSearchQuery, type ParsedSearchQuery, type QueryClause, type TermMatcher } from './searchQuery.ts';
export {
  DEFAULT_HIT_LIMIT,
  FullTextIndex,
  type DocumentHitCount,
  type FullTextIndexStats,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from './fullTextIndex.ts';
export {
  serializedIndexTransferables,
  type SerializedFullTextIndex,
  type SerializedIndexDocument,
} from './indexSerialization.ts';
export {
  keywordInContext,
  keywordInContextLines,
  type KeywordHit,
  type KeywordInContextLine,
  type KeywordInContextOptions,
} from './keywordInContext.ts';
export { documentFingerprint } from './documentFingerprint.ts';
export {
  restoreSearchIndex,
  saveSearchIndex,
  SAVED_SEARCH_INDEX_VERSION,
  type IndexableDocument,
  type RestoredSearchIndex,
  type SavedSearchIndex,
} from './savedIndex.ts';
export type { TextBlock } from './indexedDocument.ts';
