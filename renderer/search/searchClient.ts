// The UI thread's handle on project-wide search: a typed, promise-based client over the search service's
// messages (request ids, build progress, cancellation), talking to a Web Worker or, without one, in-thread.
import { t } from '../../shared/i18n/translate.ts';
import type { SerializedFullTextIndex } from '../../shared/search/index.ts';
import { createInThreadSearchEndpoint } from '../workers/inThreadEndpoint.ts';
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
  /**
   * Answers a query. Aborting `signal` withdraws it: the promise rejects with an AbortError at once and the
   * service skips it if it has not started (the way a newer keystroke supersedes an older query).
   */
  query(query: string, options?: SearchQueryOptions, signal?: AbortSignal): Promise<SearchResults>;
  exportIndex(): Promise<SerializedFullTextIndex>;
  /** Restores a saved index; `documents` supplies the texts for keyword-in-context lines. */
  loadIndex(index: SerializedFullTextIndex, documents: SearchDocument[]): Promise<IndexSummary>;
  /** Rejects pending requests and releases the endpoint (terminates the worker). */
  close(): void;
};

/** The rejection of a withdrawn query, recognisable with isAbortError. */
const abortError = (): Error => new DOMException(t('search.error.superseded'), 'AbortError');

export const isAbortError = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

type Pending = {
  resolve: (response: SearchResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: BuildProgress) => void;
  /** Kept so the request can be replayed on the fallback endpoint if the worker never came up. */
  request: SearchRequest;
};

/** An endpoint and what to do to release it (terminate a worker, stop an in-thread service). */
export type SearchConnection = { endpoint: SearchEndpoint; release: () => void };

export type SearchClientOptions = {
  /** Called with a handler the owner invokes when the other side dies (e.g. a worker's error event). */
  watchFailures?: (onFailure: (reason: string) => void) => void;
  /**
   * Where to go when the other side dies before it ever answered (a worker script that cannot load):
   * pending requests are replayed there. Without it, or after the first answer, pending requests fail.
   */
  fallback?: () => SearchConnection;
};

/** A request before the client numbers it (Omit applied to each member of the union). */
type Unnumbered<Request> = Request extends SearchRequest ? Omit<Request, 'requestId'> : never;
type OutgoingRequest = Unnumbered<SearchRequest>;

/** A client over a connection; closing the client releases it (e.g. terminates the worker). */
export const createSearchClient = (connection: SearchConnection, options: SearchClientOptions = {}): SearchClient => {
  const pending = new Map<number, Pending>();
  let nextRequestId = 1;
  let closed = false;
  let current = connection;
  let answered = false;

  const listener: MessageListener = (event) => {
    const response = event.data;
    if (!isSearchResponse(response)) return;
    answered = true;
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
  current.endpoint.addEventListener('message', listener);

  const post = (request: SearchRequest): void => current.endpoint.postMessage(request);

  const send = (request: OutgoingRequest, onProgress?: Pending['onProgress']): { requestId: number; response: Promise<SearchResponse> } => {
    const requestId = nextRequestId;
    nextRequestId += 1;
    const response = new Promise<SearchResponse>((resolve, reject) => {
      if (closed) {
        reject(new Error(t('search.error.closed')));
        return;
      }
      const message = { ...request, requestId } satisfies SearchRequest;
      pending.set(requestId, { resolve, reject, onProgress, request: message });
      post(message);
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

  const queryResults = (received: SearchResponse): SearchResults => {
    if (received.type !== 'results') throw unexpected(received);
    return received.results;
  };

  const switchTo = (next: SearchConnection): void => {
    current.endpoint.removeEventListener('message', listener);
    current.release();
    current = next;
    current.endpoint.addEventListener('message', listener);
  };

  const onFailure = (reason: string): void => {
    if (closed) return;
    if (!answered && options.fallback !== undefined) {
      switchTo(options.fallback());
      for (const waiting of pending.values()) post(waiting.request);
      return;
    }
    for (const waiting of pending.values()) waiting.reject(new Error(t('search.error.workerFailed', { reason })));
    pending.clear();
  };
  options.watchFailures?.(onFailure);

  return {
    async build(documents, options = {}) {
      const { signal, onProgress } = options;
      if (signal?.aborted) throw new Error(t('search.error.cancelled'));
      const { requestId, response } = send({ type: 'build', documents }, onProgress);
      const cancel = (): void => post({ type: 'cancel', requestId: 0, targetRequestId: requestId });
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        return await indexSummary(response);
      } finally {
        signal?.removeEventListener('abort', cancel);
      }
    },
    upsert: (documents) => summary({ type: 'upsert', documents: Array.isArray(documents) ? documents : [documents] }),
    remove: (documentIds) => summary({ type: 'remove', documentIds: Array.isArray(documentIds) ? documentIds : [documentIds] }),
    async query(query, options = {}, signal) {
      if (signal?.aborted) throw abortError();
      const { requestId, response } = send({ type: 'query', query, options });
      if (signal === undefined) return queryResults(await response);
      return new Promise<SearchResults>((resolve, reject) => {
        const withdraw = (): void => {
          const waiting = pending.get(requestId);
          if (waiting === undefined) return;
          pending.delete(requestId);
          post({ type: 'cancel', requestId: 0, targetRequestId: requestId });
          reject(abortError());
        };
        signal.addEventListener('abort', withdraw, { once: true });
        response.then(
          (received) => {
            signal.removeEventListener('abort', withdraw);
            try {
              resolve(queryResults(received));
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          },
          (error: unknown) => {
            signal.removeEventListener('abort', withdraw);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
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
      current.endpoint.removeEventListener('message', listener);
      for (const waiting of pending.values()) waiting.reject(new Error(t('search.error.closed')));
      pending.clear();
      current.release();
    },
  };
};

/**
 * Opens search in a module Web Worker. Where Worker is unavailable (Node, tests) or the worker cannot start
 * or load, the same service runs on this thread instead, with the same API.
 */
export const openSearchClient = (): SearchClient => {
  if (typeof Worker === 'undefined') return createSearchClient(createInThreadSearchEndpoint());
  let worker: Worker;
  try {
    worker = new Worker(new URL('../workers/searchWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return createSearchClient(createInThreadSearchEndpoint());
  }
  return createSearchClient(
    { endpoint: worker, release: () => worker.terminate() },
    {
      fallback: createInThreadSearchEndpoint,
      watchFailures: (onFailure) =>
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          onFailure(event.message || 'the search worker could not start');
        }),
    },
  );
};
