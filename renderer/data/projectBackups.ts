// A rolling backup is the whole project as a `.caseweave` file, written off the UI thread by the project-file
// worker (read from the database there), and restored by opening it as a copy (fresh ids everywhere, a name saying
// which backup it came from), so restoring never touches the project it was taken from.
import type { Id } from '../../shared/model/index.ts';
import type { BackupEntry } from '../../shared/platform/bridge.ts';
import { snapshotRows, type ProjectSnapshot } from '../../shared/projectFile/projectSnapshot.ts';
import { projectFileMessageText } from '../../shared/projectFile/projectFileProblem.ts';
import { reidentifySnapshot } from '../../shared/projectFile/reidentifySnapshot.ts';
import type { BackupStore } from '../platform/backupStore.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { projectFileBytes, readProjectFileBytes } from './projectFiles/projectFileWork.ts';
import { loadProjectSnapshot, type LoadedSnapshot } from './projectSnapshots.ts';

/**
 * Backs up one project; null when the project is gone (deleted since the scheduler heard of its last change:
 * there is nothing left to back up, and undoing the deletion brings it back with its backups).
 */
export const writeProjectBackup = async (db: CaseweaveDatabase, store: BackupStore, projectId: Id): Promise<BackupEntry | null> => {
  const project = await db.projects.get(projectId);
  if (project === undefined) return null;
  let bytes: Uint8Array;
  try {
    bytes = await projectFileBytes(db, projectId);
  } catch (error) {
    if ((await db.projects.get(projectId)) === undefined) return null;
    throw error;
  }
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
  const reading = await readProjectFileBytes(db, bytes, entry.fileName);
  if (!reading.ok) throw new Error(projectFileMessageText(reading.problem));
  if (reading.repairs.length > 0) throw new DataError('backups.error.needsRepair', { file: entry.fileName, count: reading.repairs.length });
  const copy = reidentifySnapshot(reading.snapshot);
  return loadProjectSnapshot(db, renamed(copy, copyName(reading.manifest.projectName)), { mode: 'new' });
};
