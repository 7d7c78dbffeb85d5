// The plain project data a matrix display is computed from (shared/analysis MatrixData): informants, sources with
// their texts and turns, codes and codings, read from Dexie in one transaction. The Displays screen sends it to the
// display worker; DISPLAY_DATA_TABLES says which writes make a computed display stale.
import type { MatrixData, MatrixSource } from '../../shared/analysis/matrixTypes.ts';
import type { Id } from '../../shared/model/index.ts';
import type { TableName } from '../../shared/project/tableRows.ts';
import type { CaseweaveDatabase } from './database.ts';

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
