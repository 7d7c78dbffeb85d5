// The search service: holds the full-text index and the source texts, and answers client requests one at a
// time. It runs inside the search Web Worker, or on the UI thread when no Worker is available (tests, Node).
import { FullTextIndex, serializedIndexTransferables, type FullTextIndexStats } from '../../shared/search/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import { answerQuery, warmUpQueries } from './answerQuery.ts';
import {
  isSearchRequest,
  type IndexSummary,
  type MessageListener,
  type SearchDocument,
  type SearchEndpoint,
  type SearchRequest,
  type SearchResponse,
} from './searchProtocol.ts';

/** A build yields to the message loop this often (ms), so progress is posted and a cancel can arrive. */
const BUILD_SLICE_MS = 40;

const CANCELLED = Symbol('cancelled');

const now = (): number => performance.now();
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const summaryOf = (stats: FullTextIndexStats, startedAt: number): IndexSummary => ({ ...stats, elapsedMs: now() - startedAt });

/** Starts answering search requests arriving at `endpoint`; returns a function that stops listening. */
export const serveSearchRequests = (endpoint: SearchEndpoint): (() => void) => {
  let index = new FullTextIndex();
  let texts = new Map<string, string>();
  /** Requests withdrawn by the client: builds stop at their next slice, queued queries are skipped. */
  const cancelled = new Set<number>();
  let queue: Promise<void> = Promise.resolve();

  const post = (response: SearchResponse, transfer: Transferable[] = []): void => endpoint.postMessage(response, { transfer });

  /** Indexes into a fresh index so queries keep the old one until the build completes. */
  const build = async (requestId: number, documents: SearchDocument[]): Promise<void> => {
    const startedAt = now();
    if (cancelled.has(requestId)) throw CANCELLED;
    const fresh = new FullTextIndex();
    const freshTexts = new Map<string, string>();
    let sliceStart = now();
    post({ type: 'progress', requestId, done: 0, total: documents.length });
    for (let done = 0; done < documents.length; done += 1) {
      const document = documents[done];
      fresh.addDocument(document.id, document.text);
      freshTexts.set(document.id, document.text);
      if (now() - sliceStart < BUILD_SLICE_MS) continue;
      post({ type: 'progress', requestId, done: done + 1, total: documents.length });
      await yieldToMessages();
      if (cancelled.has(requestId)) throw CANCELLED;
      sliceStart = now();
    }
    index = fresh;
    texts = freshTexts;
    warmUpQueries(index, texts);
    post({ type: 'progress', requestId, done: documents.length, total: documents.length });
    post({ type: 'indexed', requestId, summary: summaryOf(index.stats(), startedAt) });
  };

  const handle = async (request: Exclude<SearchRequest, { type: 'cancel' }>): Promise<void> => {
    const startedAt = now();
    switch (request.type) {
      case 'build':
        return build(request.requestId, request.documents);
      case 'upsert':
        for (const document of request.documents) {
          index.updateDocument(document.id, document.text);
          texts.set(document.id, document.text);
        }
        return post({ type: 'indexed', requestId: request.requestId, summary: summaryOf(index.stats(), startedAt) });
      case 'remove':
        for (const id of request.documentIds) {
          index.removeDocument(id);
          texts.delete(id);
        }
        return post({ type: 'indexed', requestId: request.requestId, summary: summaryOf(index.stats(), startedAt) });
      case 'query': {
        if (cancelled.has(request.requestId)) throw CANCELLED;
        return post({ type: 'results', requestId: request.requestId, results: answerQuery(index, texts, request.query, request.options, startedAt) });
      }
      case 'export': {
        const serialized = index.toSerialized();
        return post({ type: 'exported', requestId: request.requestId, index: serialized }, serializedIndexTransferables(serialized));
      }
      case 'load': {
        index = FullTextIndex.fromSerialized(request.index);
        texts = new Map(request.documents.map((document) => [document.id, document.text]));
        warmUpQueries(index, texts);
        return post({ type: 'indexed', requestId: request.requestId, summary: summaryOf(index.stats(), startedAt) });
      }
    }
  };

  /** Requests are handled in arrival order; a withdrawal arriving after its request was answered is ignored. */
  let lastArrivedId = 0;
  let handledUpTo = 0;

  const listener: MessageListener = (event) => {
    const request = event.data;
    if (!isSearchRequest(request)) return;
    if (request.type === 'cancel') {
      if (request.targetRequestId > handledUpTo && request.targetRequestId <= lastArrivedId) cancelled.add(request.targetRequestId);
      return;
    }
    lastArrivedId = Math.max(lastArrivedId, request.requestId);
    queue = queue
      .then(() => handle(request))
      .catch((error: unknown) => {
        const wasCancelled = error === CANCELLED;
        const message = wasCancelled ? t('search.error.cancelled') : error instanceof Error ? error.message : String(error);
        post({ type: 'failed', requestId: request.requestId, message, cancelled: wasCancelled });
      })
      .finally(() => {
        cancelled.delete(request.requestId);
        handledUpTo = Math.max(handledUpTo, request.requestId);
      });
  };
  endpoint.addEventListener('message', listener);
  return () => endpoint.removeEventListener('message', listener);
};
