// What the search client (UI thread) and the search service (a Web Worker, or the same thread as a fallback) say
// to each other over the worker protocol (workers/rpcMessages.ts): the service's methods, their inputs and results.
import type {
  DocumentHitCount,
  FullTextIndexStats,
  KeywordInContextLine,
  SearchHit,
  SavedSearchIndex,
  SearchOptions,
  SerializedFullTextIndex,
  TextBlock,
} from '../../shared/search/index.ts';

/**
 * A source as the index sees it: its id, canonical plain text and its blocks (the turns' ranges: a phrase never
 * runs across one). No blocks: the text is one block.
 */
export type SearchDocument = { id: string; text: string; blocks?: readonly TextBlock[] };

export type SearchQueryOptions = SearchOptions & {
  /** Characters of context either side of each hit in the keyword-in-context lines (default 60). */
  contextChars?: number;
};

/**
 * The search service's methods. `build` replaces the whole index (swapped in only when complete; withdrawing it
 * leaves the index before it in place); `load` restores a saved index, `documents` giving the texts for
 * keyword-in-context lines. A withdrawn query that has not started is skipped (a newer keystroke superseded it).
 */
export type SearchMethods = {
  build: { params: { documents: SearchDocument[] }; result: IndexSummary };
  upsert: { params: { documents: SearchDocument[] }; result: IndexSummary };
  remove: { params: { documentIds: string[] }; result: IndexSummary };
  query: { params: { query: string; options: SearchQueryOptions }; result: SearchResults };
  /** Every hit of the query as a range, no lines and no page ("select all hits" ticks hits not yet shown). */
  hits: { params: { query: string; options: HitListOptions }; result: SearchHit[] };
  export: { params: null; result: SerializedFullTextIndex };
  load: { params: { index: SerializedFullTextIndex; documents: SearchDocument[] }; result: IndexSummary };
  /** The index as saved with the project (with its documents' fingerprints), for the project's search-index cache. */
  save: { params: null; result: SavedSearchIndex };
  /**
   * Restores a saved index for these sources, indexing again only those changed since it was saved; a saved index
   * that is unusable (other format, damaged) is set aside and the index built from the sources, with progress.
   */
  restore: { params: { saved: unknown; documents: SearchDocument[] }; result: RestoreSummary };
};

/** How a restore went: from the save (maybe with some sources indexed again), or built because the save was unusable. */
export type RestoreSummary = IndexSummary & {
  origin: 'saved' | 'built';
  /** Sources indexed again because they changed or were added since the save. */
  reindexed: number;
  /** Sources of the save that no longer exist. */
  removed: number;
  /** Why the save could not be used (origin 'built'), else null. */
  problem: string | null;
};

/**
 * One page of hits (from `offset`, at most `limit`) as keyword-in-context lines, each carrying the hit's source
 * id and offsets; the counts cover every hit. Lines are built only for the page, so a query costs the same
 * however many hits it has beyond it.
 */
export type SearchResults = {
  lines: KeywordInContextLine[];
  /** Index of the first line among all hits (the query's `offset`). */
  offset: number;
  totalHits: number;
  matchedDocuments: number;
  /** Every matched source with its hit count, in the order hits are listed. */
  documents: DocumentHitCount[];
  /** There are hits outside this page. */
  truncated: boolean;
  /** Time the index took to answer, in milliseconds (without messaging). */
  elapsedMs: number;
};

/** Which sources to list hits of, and in which order; every hit is listed. */
export type HitListOptions = Pick<SearchOptions, 'documentIds' | 'documentOrder'>;

export type IndexSummary = FullTextIndexStats & { elapsedMs: number };
