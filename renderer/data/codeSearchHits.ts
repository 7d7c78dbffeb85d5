// "Code selected hits": reads the text and turns of the ticked hits' sources, widens the hits to the chosen scope
// and joins those of one turn (shared/text/hitCodingRanges), then codes the ranges as ONE undo step of the store.
import type { Coding, Id } from '../../shared/model/index.ts';
import { hitCodingRanges, type ScopedHit } from '../../shared/text/hitCodingRanges.ts';
import type { TextUnit, UnitSource } from '../../shared/text/textUnits.ts';
import type { CodingStore } from './codingStore.ts';
import type { CaseweaveDatabase } from './database.ts';

export type CodedHits = {
  /** Hits the codings cover (hits of sources deleted meanwhile are not counted). */
  hits: number;
  created: Coding[];
  /** Ranges the code already covered exactly: nothing new was written for them. */
  skipped: number;
};

/** Text, turns and language of the project's sources among `sourceIds`, read in one transaction. */
export const readUnitSources = async (db: CaseweaveDatabase, projectId: Id, sourceIds: readonly Id[]): Promise<Map<Id, UnitSource>> => {
  const ids = [...new Set(sourceIds)];
  const [rows, texts] = await db.transaction('r', [db.sources, db.sourceTexts], () => Promise.all([db.sources.bulkGet(ids), db.sourceTexts.bulkGet(ids)]));
  const sources = new Map<Id, UnitSource>();
  rows.forEach((row, k) => {
    const text = texts[k];
    if (row === undefined || text === undefined || row.projectId !== projectId) return;
    sources.set(row.id, { text: text.text, turns: row.turns, language: row.language });
  });
  return sources;
};

/** Codes `hits` with `codeId` at scope `unit`: one coding per turn (or unit), all in one undo step. */
export const codeSearchHits = async (store: CodingStore, hits: readonly ScopedHit[], codeId: Id, unit: TextUnit): Promise<CodedHits> => {
  const sources = await readUnitSources(store.db, store.projectId, hits.map((hit) => hit.sourceId));
  const ranges = hitCodingRanges(hits, (sourceId) => sources.get(sourceId), unit);
  const { created, skipped } = await store.applyCodings(ranges.map(({ sourceId, start, end }) => ({ sourceId, codeId, start, end })));
  return { hits: ranges.reduce((sum, range) => sum + range.hits, 0), created, skipped };
};
