// The search service: holds the full-text index and the source texts, and answers the client's calls one at a
// time over the worker protocol. It runs inside the search Web Worker, or on the UI thread when no Worker is
// available (tests, Node) or the worker died before it answered.
import {
  documentFingerprint, FullTextIndex, restoreSearchIndex, saveSearchIndex, serializedIndexTransferables, type FullTextIndexStats, type TextBlock,
} from '../../shared/search/index.ts';
import { inThreadConnection } from '../workers/inThreadEndpoint.ts';
import type { RpcConnection, RpcEndpoint } from '../workers/rpcMessages.ts';
import { serveRpc, type RpcHandlers } from '../workers/rpcServer.ts';
import { answerQuery, warmUpQueries } from './answerQuery.ts';
import type { IndexSummary, SearchDocument, SearchMethods } from './searchProtocol.ts';

type BuildControl = { signal: AbortSignal; progress: (progress: { done: number; total: number }) => void };

/** A build yields to the message loop this often (ms), so progress is posted and a withdrawal can arrive. */
const BUILD_SLICE_MS = 40;

const now = (): number => performance.now();
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const summaryOf = (stats: FullTextIndexStats, startedAt: number): IndexSummary => ({ ...stats, elapsedMs: now() - startedAt });

const NO_BLOCKS: readonly TextBlock[] = [];

/** The service's handlers over one index, which they share. */
const searchHandlers = (): RpcHandlers<SearchMethods> => {
  let index = new FullTextIndex();
  let texts = new Map<string, string>();
  /** Each document's blocks, and (once asked for by a save) its fingerprint. */
  let blocks = new Map<string, readonly TextBlock[]>();
  let fingerprints = new Map<string, string>();

  const fingerprintOf = (id: string): string => {
    let fingerprint = fingerprints.get(id);
    if (fingerprint === undefined) {
      fingerprint = documentFingerprint(texts.get(id) ?? '', blocks.get(id) ?? NO_BLOCKS);
      fingerprints.set(id, fingerprint);
    }
    return fingerprint;
  };

  const adopt = (fresh: FullTextIndex, documents: readonly SearchDocument[], known = new Map<string, string>()): void => {
    index = fresh;
    texts = new Map(documents.map((document) => [document.id, document.text]));
    blocks = new Map(documents.map((document) => [document.id, document.blocks ?? NO_BLOCKS]));
    fingerprints = known;
  };

  /** Indexes into a fresh index so queries keep the old one until the build completes. */
  const buildFrom = async (documents: readonly SearchDocument[], { signal, progress }: BuildControl): Promise<void> => {
    const fresh = new FullTextIndex();
    let sliceStart = now();
    progress({ done: 0, total: documents.length });
    for (let done = 0; done < documents.length; done += 1) {
      const document = documents[done];
      fresh.addDocument(document.id, document.text, document.blocks ?? NO_BLOCKS);
      if (now() - sliceStart < BUILD_SLICE_MS) continue;
      progress({ done: done + 1, total: documents.length });
      await yieldToMessages();
      signal.throwIfAborted();
      sliceStart = now();
    }
    adopt(fresh, documents);
    warmUpQueries(index, texts);
    progress({ done: documents.length, total: documents.length });
  };

  return {
    async build({ documents }, control) {
      const startedAt = now();
      await buildFrom(documents, control);
      return summaryOf(index.stats(), startedAt);
    },
    async upsert({ documents }) {
      const startedAt = now();
      for (const document of documents) {
        index.updateDocument(document.id, document.text, document.blocks ?? NO_BLOCKS);
        texts.set(document.id, document.text);
        blocks.set(document.id, document.blocks ?? NO_BLOCKS);
        fingerprints.delete(document.id);
      }
      return summaryOf(index.stats(), startedAt);
    },
    async remove({ documentIds }) {
      const startedAt = now();
      for (const id of documentIds) {
        index.removeDocument(id);
        texts.delete(id);
        blocks.delete(id);
        fingerprints.delete(id);
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
      adopt(FullTextIndex.fromSerialized(saved), documents);
      warmUpQueries(index, texts);
      return summaryOf(index.stats(), startedAt);
    },
    async save(_params, { transfer }) {
      const saved = saveSearchIndex(index, fingerprintOf);
      transfer(serializedIndexTransferables(saved.index));
      return saved;
    },
    async restore({ saved, documents }, control) {
      const startedAt = now();
      const known = new Map(documents.map((document) => [document.id, documentFingerprint(document.text, document.blocks ?? NO_BLOCKS)]));
      let restored;
      try {
        restored = restoreSearchIndex(saved, documents.map((document) => ({ ...document, blocks: document.blocks ?? NO_BLOCKS })), known);
      } catch (error) {
        // Unusable (older format, damaged): set aside, and the index built from the sources as if never saved.
        await buildFrom(documents, control);
        const problem = error instanceof Error ? error.message : String(error);
        return { ...summaryOf(index.stats(), startedAt), origin: 'built' as const, reindexed: documents.length, removed: 0, problem };
      }
      adopt(restored.index, documents, known);
      warmUpQueries(index, texts);
      control.progress({ done: documents.length, total: documents.length });
      return {
        ...summaryOf(index.stats(), startedAt), origin: 'saved' as const, reindexed: restored.reindexed.length, removed: restored.removed.length, problem: null,
      };
    },
  };
};

/** Starts answering search calls arriving at `endpoint`; returns a function that stops listening. */
export const serveSearchRequests = (endpoint: RpcEndpoint): (() => void) => serveRpc<SearchMethods>(endpoint, searchHandlers());

/** A search service on this thread, and the client's end of it. */
export const createInThreadSearchEndpoint = (): RpcConnection => inThreadConnection(serveSearchRequests);
