// The saved search index (issue 12), timed in Node on the generated project with the search service the app's worker
// runs: rebuilding the index from the 200 sources' texts and turns (what a project without a usable save pays on
// first search) against restoring the saved one (what a reopened project pays: checking each source's fingerprint
// and the save's checksum, loading the tables, warming up). The save goes through a structured clone, as IndexedDB
// stores it; reading the row from IndexedDB is not included (the UI figure search_index_build_ms covers a screen).
import { performance } from 'node:perf_hooks';
import { createSearchClient } from '../../renderer/search/searchClient.ts';
import type { SearchDocument } from '../../renderer/search/searchProtocol.ts';
import { createInThreadSearchEndpoint } from '../../renderer/search/searchService.ts';
import { summarise } from './benchStats.ts';
import type { LargeProject } from './generateLargeProject.ts';

export type SearchIndexStoreFigures = {
  rebuild: ReturnType<typeof summarise>;
  load: ReturnType<typeof summarise>;
  /** Bytes of the saved index's typed arrays (the IndexedDB row is about this plus the vocabulary). */
  savedTableBytes: number;
  documents: number;
};

const documentsOf = (project: LargeProject): SearchDocument[] =>
  project.sources.map((source) => ({ id: source.sha256, text: source.text, blocks: source.turns.map(({ start, end }) => ({ start, end })) }));

export const measureSearchIndexStore = async (project: LargeProject, { rebuilds = 3, loads = 7 } = {}): Promise<SearchIndexStoreFigures> => {
  const documents = documentsOf(project);
  const client = createSearchClient(createInThreadSearchEndpoint());
  try {
    const rebuildSamples: number[] = [];
    for (let run = 0; run < rebuilds; run += 1) {
      const started = performance.now();
      await client.build(documents);
      rebuildSamples.push(performance.now() - started);
    }
    const saved = await client.saveIndex();
    const savedTableBytes = saved.index.documents.reduce(
      (sum, document) => sum + document.termIds.byteLength + document.tokenStarts.byteLength + document.tokenEnds.byteLength + document.blockStarts.byteLength, 0,
    );
    const loadSamples: number[] = [];
    for (let run = 0; run < loads; run += 1) {
      const stored = structuredClone(saved);
      const started = performance.now();
      const summary = await client.restoreIndex(stored, documents);
      loadSamples.push(performance.now() - started);
      if (summary.origin !== 'saved' || summary.reindexed !== 0) throw new Error(`the saved index was not used: ${JSON.stringify(summary)}`);
    }
    return { rebuild: summarise(rebuildSamples), load: summarise(loadSamples), savedTableBytes, documents: documents.length };
  } finally {
    client.close();
  }
};
