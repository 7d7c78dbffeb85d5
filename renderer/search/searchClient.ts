// The UI thread's handle on project-wide search: a typed, promise-based client over the search service's
// messages (request ids, build progress, cancellation), talking to a Web Worker or, without one, in-thread.
import { t } from '../../shared/i18n/translate.ts';
import type { SerializedFullTextIndex } from '../../shared/search/index.ts';
import { createInThreadSearchEndpoint } from './inThreadEndpoint.ts';
import {
  isSearchResponse,
  type IndexSummary,
  type MessageListener,
  type SearchDocument,
  type SearchEndpoint,
  type SearchQueryOptions,
  type SearchRequest,
  type SearchResponse,
  type SearchResults,
} from './searchProtocol.ts';

export type BuildProgress = { done: number; total: number };

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
  query(query: string, options?: SearchQueryOptions): Promise<SearchResults>;
  exportIndex(): Promise<SerializedFullTextIndex>;
  /** Restores a saved index; `documents` supplies the texts for keyword-in-context lines. */
  loadIndex(index: SerializedFullTextIndex, documents: SearchDocument[]): Promise<IndexSummary>;
  /** Rejects pending requests and releases the endpoint (terminates the worker). */
  close(): void;
};

type Pending = {
  resolve: (response: SearchResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: BuildProgress) => void;
};

type OutgoingRequest = SearchRequest extends infer Request ? (Request extends SearchRequest ? Omit<Request, 'requestId'> : never) : never;

/**
 * A client over any endpoint. `release` runs on close (e.g. terminating the worker); `watchFailures` receives
 * a function that rejects every pending request when the other side dies (a worker's error event).
 */
export const createSearchClient = (
  endpoint: SearchEndpoint,
  release: () => void = () => {},
  watchFailures?: (failPending: (reason: string) => void) => void,
): SearchClient => {
  const pending = new Map<number, Pending>();
  let nextRequestId = 1;
  let closed = false;

  const listener: MessageListener = (event) => {
    const response = event.data;
    if (!isSearchResponse(response)) return;
    const waiting = pending.get(response.requestId);
    if (waiting === undefined) return;
    if (response.type === 'progress') {
      waiting.onProgress?.({ done: response.done, total: response.total });
      return;
    }
    pending.delete(response.requestId);
    if (response.type === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  };
  endpoint.addEventListener('message', listener);

  const send = (request: OutgoingRequest, onProgress?: Pending['onProgress']): { requestId: number; response: Promise<SearchResponse> } => {
    const requestId = nextRequestId;
    nextRequestId += 1;
    const response = new Promise<SearchResponse>((resolve, reject) => {
      if (closed) {
        reject(new Error(t('search.error.closed')));
        return;
      }
      pending.set(requestId, { resolve, reject, onProgress });
      endpoint.postMessage({ ...request, requestId } satisfies SearchRequest);
    });
    return { requestId, response };
  };

  const unexpected = (received: SearchResponse): Error =>
    new Error(t('search.error.workerFailed', { reason: `unexpected ${received.type} reply` }));

  const indexSummary = async (response: Promise<SearchResponse>): Promise<IndexSummary> => {
    const received = await response;
    if (received.type !== 'indexed') throw unexpected(received);
    return received.summary;
  };

  const summary = (request: OutgoingRequest): Promise<IndexSummary> => indexSummary(send(request).response);

  const failPending = (reason: string): void => {
    for (const waiting of pending.values()) waiting.reject(new Error(t('search.error.workerFailed', { reason })));
    pending.clear();
  };
  watchFailures?.(failPending);

  return {
    async build(documents, options = {}) {
      const { signal, onProgress } = options;
      if (signal?.aborted) throw new Error(t('search.error.cancelled'));
      const { requestId, response } = send({ type: 'build', documents }, onProgress);
      const cancel = (): void => endpoint.postMessage({ type: 'cancel', requestId: 0, buildRequestId: requestId } satisfies SearchRequest);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        return await indexSummary(response);
      } finally {
        signal?.removeEventListener('abort', cancel);
      }
    },
    upsert: (documents) => summary({ type: 'upsert', documents: Array.isArray(documents) ? documents : [documents] }),
    remove: (documentIds) => summary({ type: 'remove', documentIds: Array.isArray(documentIds) ? documentIds : [documentIds] }),
    async query(query, options = {}) {
      const received = await send({ type: 'query', query, options }).response;
      if (received.type !== 'results') throw unexpected(received);
      return received.results;
    },
    async exportIndex() {
      const received = await send({ type: 'export' }).response;
      if (received.type !== 'exported') throw unexpected(received);
      return received.index;
    },
    loadIndex: (index, documents) => summary({ type: 'load', index, documents }),
    close() {
      if (closed) return;
      closed = true;
      endpoint.removeEventListener('message', listener);
      for (const waiting of pending.values()) waiting.reject(new Error(t('search.error.closed')));
      pending.clear();
      release();
    },
  };
};

const openInThread = (): SearchClient => {
  const inThread = createInThreadSearchEndpoint();
  return createSearchClient(inThread.endpoint, inThread.release);
};

/**
 * Opens search in a module Web Worker; where Worker is unavailable (Node, tests) or cannot start, the same
 * service runs on this thread instead, with the same API.
 */
export const openSearchClient = (): SearchClient => {
  if (typeof Worker === 'undefined') return openInThread();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return openInThread();
  }
  return createSearchClient(
    worker,
    () => worker.terminate(),
    (failPending) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        failPending(event.message || 'the search worker could not start');
      }),
  );
};
