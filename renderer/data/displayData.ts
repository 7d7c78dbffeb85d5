// The plain project data a matrix display is computed from (shared/analysis MatrixData): informants, sources with
// their texts and turns, codes and codings, read from Dexie in one transaction. The Displays screen sends it to the
// display worker; DISPLAY_DATA_TABLES says which writes make a computed display stale. The exports read a little
// more (memos about codings, coders) for their excerpts sheet.
import type { MatrixData, MatrixSource } from '../../shared/analysis/matrixTypes.ts';
import type { ExcerptData } from '../../shared/export/codedExcerpts.ts';
import type { Id, Source } from '../../shared/model/index.ts';
import type { TableName } from '../../shared/project/tableRows.ts';
import type { CaseweaveDatabase } from './database.ts';
import { memosAboutCodings } from './memos.ts';

/** A write to any of these tables changes what some display counts or quotes. */
export const DISPLAY_DATA_TABLES: readonly TableName[] = ['codings', 'codes', 'sources', 'sourceTexts', 'informants'];

export const loadMatrixData = (db: CaseweaveDatabase, projectId: Id): Promise<MatrixData> =>
  db.transaction('r', [db.informants, db.sources, db.sourceTexts, db.codes, db.codings], async () => {
    const [informants, sourceRows, codes, codings] = await Promise.all([
      db.informants.where('projectId').equals(projectId).toArray(),
      db.sources.where('projectId').equals(projectId).toArray(),
      db.codes.where('projectId').equals(projectId).toArray(),
      db.codings.where('projectId').equals(projectId).toArray(),
    ]);
    const texts = await db.sourceTexts.bulkGet(sourceRows.map((source) => source.id));
    const sources = sourceRows.map((source, index): MatrixSource => ({
      id: source.id, title: source.title, kind: source.kind, date: source.date, text: texts[index]?.text ?? '',
      turns: source.turns, informantIds: source.informantIds, speakerLinks: source.speakerLinks,
    }));
    return { informants, sources, codes, codings };
  });

/**
 * What the excerpts sheet of a display export reads (shared/export collectMatrixViewExcerpts): every source with its
 * text, the codes and codings, informants, the memos about codings and the coders, in one transaction.
 */
export const loadExcerptData = (db: CaseweaveDatabase, projectId: Id): Promise<ExcerptData> =>
  db.transaction('r', [db.informants, db.sources, db.sourceTexts, db.codes, db.codings, db.memos, db.coders], async () => {
    const [informants, sourceRows, codes, codings, memos, coders] = await Promise.all([
      db.informants.where('projectId').equals(projectId).toArray(),
      db.sources.where('projectId').equals(projectId).toArray(),
      db.codes.where('projectId').equals(projectId).toArray(),
      db.codings.where('projectId').equals(projectId).toArray(),
      memosAboutCodings(db, projectId),
      db.coders.toArray(),
    ]);
    const texts = await db.sourceTexts.bulkGet(sourceRows.map((source) => source.id));
    const sources = sourceRows.map(({ wordCount: _wordCount, ...source }, index): Source => ({ ...source, text: texts[index]?.text ?? '' }));
    return { informants, sources, codes, codings, memos, coders };
  });
