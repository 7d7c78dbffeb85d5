// The search service: holds the full-text index and the source texts, and answers the client's calls one at a
// time over the worker protocol. It runs inside the search Web Worker, or on the UI thread when no Worker is
// available (tests, Node) or the worker died before it answered.
import { FullTextIndex, serializedIndexTransferables, type FullTextIndexStats } from '../../shared/search/index.ts';
import { inThreadConnection } from '../workers/inThreadEndpoint.ts';
import type { RpcConnection, RpcEndpoint } from '../workers/rpcMessages.ts';
import { serveRpc, type RpcHandlers } from '../workers/rpcServer.ts';
import { answerQuery, warmUpQueries } from './answerQuery.ts';
import type { IndexSummary, SearchDocument, SearchMethods } from './searchProtocol.ts';

/** A build yields to the message loop this often (ms), so progress is posted and a withdrawal can arrive. */
const BUILD_SLICE_MS = 40;

const now = (): number => performance.now();
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const summaryOf = (stats: FullTextIndexStats, startedAt: number): IndexSummary => ({ ...stats, elapsedMs: now() - startedAt });

/** The service's handlers over one index, which they share. */
const searchHandlers = (): RpcHandlers<SearchMethods> => {
  let index = new FullTextIndex();
  let texts = new Map<string, string>();

  return {
    /** Indexes into a fresh index so queries keep the old one until the build completes. */
    async build({ documents }, { signal, progress }) {
      const startedAt = now();
      const fresh = new FullTextIndex();
      const freshTexts = new Map<string, string>();
      let sliceStart = now();
      progress({ done: 0, total: documents.length });
      for (let done = 0; done < documents.length; done += 1) {
        const document: SearchDocument = documents[done];
        fresh.addDocument(document.id, document.text);
        freshTexts.set(document.id, document.text);
        if (now() - sliceStart < BUILD_SLICE_MS) continue;
        progress({ done: done + 1, total: documents.length });
        await yieldToMessages();
        signal.throwIfAborted();
        sliceStart = now();
      }
      index = fresh;
      texts = freshTexts;
      warmUpQueries(index, texts);
      progress({ done: documents.length, total: documents.length });
      return summaryOf(index.stats(), startedAt);
    },
    async upsert({ documents }) {
      const startedAt = now();
      for (const document of documents) {
        index.updateDocument(document.id, document.text);
        texts.set(document.id, document.text);
      }
      return summaryOf(index.stats(), startedAt);
    },
    async remove({ documentIds }) {
      const startedAt = now();
      for (const id of documentIds) {
        index.removeDocument(id);
        texts.delete(id);
      }
      return summaryOf(index.stats(), startedAt);
    },
    async query({ query, options }) {
      return answerQuery(index, texts, query, options, now());
    },
    async hits({ query, options }) {
      return index.query(query, { ...options, limit: Number.POSITIVE_INFINITY }).hits;
    },
    async export(_params, { transfer }) {
      const serialized = index.toSerialized();
      transfer(serializedIndexTransferables(serialized));
      return serialized;
    },
    async load({ index: saved, documents }) {
      const startedAt = now();
      index = FullTextIndex.fromSerialized(saved);
      texts = new Map(documents.map((document) => [document.id, document.text]));
      warmUpQueries(index, texts);
      return summaryOf(index.stats(), startedAt);
    },
  };
};

/** Starts answering search calls arriving at `endpoint`; returns a function that stops listening. */
export const serveSearchRequests = (endpoint: RpcEndpoint): (() => void) => serveRpc<SearchMethods>(endpoint, searchHandlers());

/** A search service on this thread, and the client's end of it. */
export const createInThreadSearchEndpoint = (): RpcConnection => inThreadConnection(serveSearchRequests);
