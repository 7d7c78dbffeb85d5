// The UI thread's handle on project-wide search: a typed, promise-based client of the search service over the
// worker protocol (call ids, build progress, withdrawal), talking to a Web Worker or, without one, in-thread.
import { t } from '../../shared/i18n/translate.ts';
import type { SavedSearchIndex, SearchHit, SerializedFullTextIndex } from '../../shared/search/index.ts';
import { createRpcClient, type RpcClient, type RpcClientMessages, type RpcClientOptions } from '../workers/rpcClient.ts';
import type { RpcConnection, RpcProgress } from '../workers/rpcMessages.ts';
import { openServiceClient, startSearchWorker } from '../workers/workerConnections.ts';
import type {
  HitListOptions, IndexSummary, RestoreSummary, SearchDocument, SearchMethods, SearchQueryOptions, SearchResults,
} from './searchProtocol.ts';
import { serveSearchRequests } from './searchService.ts';

export type BuildProgress = RpcProgress;

export type BuildOptions = {
  onProgress?: (progress: BuildProgress) => void;
  /** Aborting cancels the build: the promise rejects and the previous index stays in place. */
  signal?: AbortSignal;
};

export type SearchClient = {
  /** Replaces the whole index with these sources, off the UI thread, reporting progress. */
  build(documents: SearchDocument[], options?: BuildOptions): Promise<IndexSummary>;
  /** Adds sources or re-indexes changed ones (e.g. after an import or a transcript correction). */
  upsert(documents: SearchDocument | SearchDocument[]): Promise<IndexSummary>;
  remove(documentIds: string | string[]): Promise<IndexSummary>;
  /**
   * Answers a query. Aborting `signal` withdraws it: the promise rejects with an AbortError at once and the
   * service skips it if it has not started (the way a newer keystroke supersedes an older query).
   */
  query(query: string, options?: SearchQueryOptions, signal?: AbortSignal): Promise<SearchResults>;
  /** Every hit of a query as a range (no context lines), in the order the query would list them. */
  hits(query: string, options?: HitListOptions, signal?: AbortSignal): Promise<SearchHit[]>;
  exportIndex(): Promise<SerializedFullTextIndex>;
  /** Restores a saved index; `documents` supplies the texts for keyword-in-context lines. */
  loadIndex(index: SerializedFullTextIndex, documents: SearchDocument[]): Promise<IndexSummary>;
  /** The index as saved with the project: the serialized index with its documents' fingerprints and a checksum. */
  saveIndex(): Promise<SavedSearchIndex>;
  /**
   * Restores an index saved with the project for these sources (those changed since are indexed again); an unusable
   * save is set aside and the index built from the sources instead, with progress. Never answers from stale text.
   */
  restoreIndex(saved: unknown, documents: SearchDocument[], options?: BuildOptions): Promise<RestoreSummary>;
  /** Rejects pending requests and releases the endpoint (terminates the worker). */
  close(): void;
};

/** Search's own words for the client's rejections: they can reach the Search screen. */
const searchMessages: RpcClientMessages = {
  withdrawn: (method) => (method === 'build' ? t('search.error.cancelled') : t('search.error.superseded')),
  closed: () => t('search.error.closed'),
  failed: (reason) => t('search.error.workerFailed', { reason }),
};

const asList = <T>(items: T | T[]): T[] => (Array.isArray(items) ? items : [items]);

/** Search's calls in the words of the SearchClient API. */
const searchClientOver = (rpc: RpcClient<SearchMethods>): SearchClient => ({
  build: (documents, { signal, onProgress } = {}) => rpc.call('build', { documents }, { signal, onProgress }),
  upsert: (documents) => rpc.call('upsert', { documents: asList(documents) }),
  remove: (documentIds) => rpc.call('remove', { documentIds: asList(documentIds) }),
  query: (query, options = {}, signal) => rpc.call('query', { query, options }, { signal }),
  hits: (query, options = {}, signal) => rpc.call('hits', { query, options }, { signal }),
  exportIndex: () => rpc.call('export', null),
  loadIndex: (index, documents) => rpc.call('load', { index, documents }),
  saveIndex: () => rpc.call('save', null),
  restoreIndex: (saved, documents, { signal, onProgress } = {}) => rpc.call('restore', { saved, documents }, { signal, onProgress }),
  close: () => rpc.close(),
});

/** A client over a connection; closing the client releases it (e.g. terminates the worker). */
export const createSearchClient = (connection: RpcConnection, options: Omit<RpcClientOptions, 'messages'> = {}): SearchClient =>
  searchClientOver(createRpcClient<SearchMethods>(connection, { ...options, messages: searchMessages }));

/**
 * Opens search in a module Web Worker. Where Worker is unavailable (Node, tests) or the worker cannot start
 * or load, the same service runs on this thread instead, with the same API.
 */
export const openSearchClient = (): SearchClient =>
  searchClientOver(openServiceClient<SearchMethods>(startSearchWorker(), serveSearchRequests, { messages: searchMessages }));
