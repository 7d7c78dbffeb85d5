// The plain project data a display is computed from (shared/analysis MatrixData), read out of the test database, and
// the seeded example for the display tests.
import type { MatrixData } from '../../../shared/analysis/matrixTypes.ts';
import type { Id, Project } from '../../../shared/model/index.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { getSource } from '../../../renderer/data/sources.ts';
import { freshDatabase } from './testDatabase.ts';

export const matrixDataOf = async (db: CaseweaveDatabase, projectId: Id): Promise<MatrixData> => {
  const rows = await db.sources.where('projectId').equals(projectId).toArray();
  const sources = await Promise.all(rows.map(async (row) => {
    const source = await getSource(db, row.id);
    if (source === undefined) throw new Error(`no source ${row.id}`);
    return source;
  }));
  return {
    informants: await db.informants.where('projectId').equals(projectId).toArray(),
    sources,
    codes: await db.codes.where('projectId').equals(projectId).toArray(),
    codings: await db.codings.where('projectId').equals(projectId).toArray(),
  };
};

/** A fresh database holding the seeded example project. */
export const seededExample = async (): Promise<{ db: CaseweaveDatabase; project: Project }> => {
  const db = freshDatabase();
  const project = await seedExampleProjectIfEmpty(db);
  if (project === null) throw new Error('example not seeded');
  return { db, project };
};
