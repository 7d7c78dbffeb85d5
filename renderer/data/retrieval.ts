// Retrieval of coded excerpts for one or more codes (optionally with sub-codes), filtered by informant role,
// informant, source kind and coder, and their CSV export. Only the texts of sources with matching codings are read.
import { descendantIds } from '../../shared/codebook/index.ts';
import { buildExcerptsCsv, collectCodedExcerpts, type CodedExcerpt, type ExcerptQuery } from '../../shared/export/index.ts';
import type { Id, Source, SourceKind } from '../../shared/model/index.ts';
import { memosAboutCodings } from './memos.ts';
import type { CodingStore } from './codingStore.ts';
import type { CaseweaveDatabase } from './database.ts';

export type RetrievalQuery = {
  codeIds: Id[];
  includeSubCodes: boolean;
  roles?: string[];
  /** Informant ids ("" for excerpts that belong to no informant). */
  informants?: Id[];
  sourceKinds?: SourceKind[];
  /** Coder ids. */
  coders?: Id[];
};

export const retrieveExcerpts = async (
  db: CaseweaveDatabase, store: CodingStore, projectId: Id, query: RetrievalQuery,
): Promise<CodedExcerpt[]> => {
  const { codes, codings } = store.getSnapshot();
  const wanted = new Set<Id>();
  for (const codeId of query.codeIds) {
    wanted.add(codeId);
    if (query.includeSubCodes) for (const id of descendantIds(codes, codeId)) wanted.add(id);
  }
  const coders = query.coders === undefined ? null : new Set(query.coders);
  const matching = codings.filter((coding) => wanted.has(coding.codeId) && (coders === null || coders.has(coding.coderId)));
  if (matching.length === 0) return [];
  const sourceIds = [...new Set(matching.map((coding) => coding.sourceId))];
  const tables = [db.sources, db.sourceTexts, db.informants, db.memos, db.coders];
  const { sources, informants, memos, coders: people } = await db.transaction('r', tables, async () => {
    const [rows, texts, informantRows, memoRows, coderRows] = await Promise.all([
      db.sources.bulkGet(sourceIds),
      db.sourceTexts.bulkGet(sourceIds),
      db.informants.where('projectId').equals(projectId).toArray(),
      memosAboutCodings(db, projectId),
      db.coders.toArray(),
    ]);
    const loaded: Source[] = [];
    rows.forEach((row, index) => {
      if (row === undefined || row.projectId !== projectId) return;
      const { wordCount: _wordCount, ...rest } = row;
      loaded.push({ ...rest, text: texts[index]?.text ?? '' });
    });
    return { sources: loaded, informants: informantRows, memos: memoRows, coders: coderRows };
  });
  const excerptQuery: ExcerptQuery = { ...query, includeSubCodes: query.includeSubCodes };
  return collectCodedExcerpts({ codes, codings: matching, sources, informants, memos, coders: people }, excerptQuery);
};

/** The CSV file (UTF-8 with BOM) of the excerpts the same query retrieves. */
export const exportExcerptsCsv = async (
  db: CaseweaveDatabase, store: CodingStore, projectId: Id, query: RetrievalQuery,
): Promise<Uint8Array> => buildExcerptsCsv(await retrieveExcerpts(db, store, projectId, query));
