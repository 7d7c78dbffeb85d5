// A rolling backup is the whole project as a `.caseweave` file: written from a snapshot of the database, and
// restored by opening it as a copy (fresh ids everywhere, a name saying which backup it came from), so restoring
// never touches the project it was taken from.
import type { Id } from '../../shared/model/index.ts';
import type { BackupEntry } from '../../shared/platform/bridge.ts';
import { snapshotRows, type ProjectSnapshot } from '../../shared/projectFile/projectSnapshot.ts';
import { projectFileMessageText } from '../../shared/projectFile/projectFileProblem.ts';
import { readProjectFile } from '../../shared/projectFile/readProjectFile.ts';
import { reidentifySnapshot } from '../../shared/projectFile/reidentifySnapshot.ts';
import { writeProjectFile } from '../../shared/projectFile/writeProjectFile.ts';
import type { BackupStore } from '../platform/backupStore.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { projectFileMeta } from './projectFileMeta.ts';
import { loadProjectSnapshot, readProjectSnapshot, type LoadedSnapshot } from './projectSnapshots.ts';

/**
 * Backs up one project; null when the project is gone (deleted since the scheduler heard of its last change:
 * there is nothing left to back up, and undoing the deletion brings it back with its backups).
 */
export const writeProjectBackup = async (db: CaseweaveDatabase, store: BackupStore, projectId: Id): Promise<BackupEntry | null> => {
  if ((await db.projects.get(projectId)) === undefined) return null;
  const snapshot = await readProjectSnapshot(db, projectId);
  const [project] = snapshotRows(snapshot, 'projects');
  const bytes = await writeProjectFile(snapshot, projectFileMeta(new Date(db.clock())));
  return store.write({ projectId, projectName: project.name, bytes });
};

const renamed = (snapshot: ProjectSnapshot, name: string): ProjectSnapshot => ({
  ...snapshot,
  tables: { ...snapshot.tables, projects: snapshotRows(snapshot, 'projects').map((project) => ({ ...project, name })) },
});

/**
 * Opens a backup as a new project named by `copyName` (given the name the backup holds). A backup that fails
 * validation is refused with the reader's message; nothing is written then.
 */
export const restoreProjectBackup = async (
  db: CaseweaveDatabase, store: BackupStore, entry: BackupEntry, copyName: (backedUpName: string) => string,
): Promise<LoadedSnapshot> => {
  const bytes = await store.read(entry.fileName);
  const reading = await readProjectFile(bytes, { fileName: entry.fileName });
  if (!reading.ok) throw new Error(projectFileMessageText(reading.problem));
  if (reading.repairs.length > 0) throw new DataError('backups.error.needsRepair', { file: entry.fileName, count: reading.repairs.length });
  const copy = reidentifySnapshot(reading.snapshot);
  return loadProjectSnapshot(db, renamed(copy, copyName(reading.manifest.projectName)), { mode: 'new' });
};
