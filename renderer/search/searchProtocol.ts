// The messages between the search client (UI thread) and the search service (a Web Worker, or the same
// thread as a fallback), and the endpoint shape both sides talk through (Worker, worker scope, MessagePort).
import type {
  DocumentHitCount,
  FullTextIndexStats,
  KeywordInContextLine,
  SearchOptions,
  SerializedFullTextIndex,
} from '../../shared/search/index.ts';

/** A source as the index sees it: its id and canonical plain text. */
export type SearchDocument = { id: string; text: string };

export type SearchQueryOptions = SearchOptions & {
  /** Characters of context either side of each hit in the keyword-in-context lines (default 60). */
  contextChars?: number;
};

export type SearchRequest =
  /** Replaces the whole index with these documents (swapped in only when complete). */
  | { type: 'build'; requestId: number; documents: SearchDocument[] }
  | { type: 'upsert'; requestId: number; documents: SearchDocument[] }
  | { type: 'remove'; requestId: number; documentIds: string[] }
  | { type: 'query'; requestId: number; query: string; options: SearchQueryOptions }
  | { type: 'export'; requestId: number }
  /** Restores a saved index; `documents` gives the texts for keyword-in-context lines. */
  | { type: 'load'; requestId: number; index: SerializedFullTextIndex; documents: SearchDocument[] }
  /**
   * Withdraws request `targetRequestId`: a build stops (the index before it stays in place); a query not yet
   * started is dropped (e.g. superseded by the next keystroke). Either answers with a cancelled failure.
   */
  | { type: 'cancel'; requestId: number; targetRequestId: number };

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

export type IndexSummary = FullTextIndexStats & { elapsedMs: number };

export type SearchResponse =
  | { type: 'progress'; requestId: number; done: number; total: number }
  | { type: 'indexed'; requestId: number; summary: IndexSummary }
  | { type: 'results'; requestId: number; results: SearchResults }
  | { type: 'exported'; requestId: number; index: SerializedFullTextIndex }
  | { type: 'failed'; requestId: number; message: string; cancelled: boolean };

/** What both ends post through: a Worker, a worker's global scope, a MessagePort, or the in-thread pair. */
export type MessageListener = (event: { data: unknown }) => void;
export type SearchEndpoint = {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: MessageListener): void;
  removeEventListener(type: 'message', listener: MessageListener): void;
};

const REQUEST_TYPES = new Set(['build', 'upsert', 'remove', 'query', 'export', 'load', 'cancel']);
const RESPONSE_TYPES = new Set(['progress', 'indexed', 'results', 'exported', 'failed']);

const hasTypeAndId = (data: unknown, types: Set<string>): data is { type: string; requestId: number } =>
  typeof data === 'object' &&
  data !== null &&
  'type' in data &&
  typeof data.type === 'string' &&
  types.has(data.type) &&
  'requestId' in data &&
  typeof data.requestId === 'number';

export const isSearchRequest = (data: unknown): data is SearchRequest => hasTypeAndId(data, REQUEST_TYPES);
export const isSearchResponse = (data: unknown): data is SearchResponse => hasTypeAndId(data, RESPONSE_TYPES);
