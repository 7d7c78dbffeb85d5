// A rolling backup is the whole project as a `.caseweave` file, written off the UI thread by the project-file
// worker (read from the database there), and restored by opening it as a copy (fresh ids everywhere, a name saying
// which backup it came from), so restoring never touches the project it was taken from.
import type { Id } from '../../shared/model/index.ts';
import type { BackupEntry } from '../../shared/platform/bridge.ts';
import { snapshotRows, type ProjectSnapshot } from '../../shared/projectFile/projectSnapshot.ts';
import { projectFileMessageText, type Repair } from '../../shared/projectFile/projectFileProblem.ts';
import { reidentifySnapshot } from '../../shared/projectFile/reidentifySnapshot.ts';
import type { BackupStore } from '../platform/backupStore.ts';
import type { CaseweaveDatabase } from './database.ts';
import { snapshotWithAgreedRepairs } from './projectFiles/agreedRepairs.ts';
import { projectFileBytes, readProjectFileBytes } from './projectFiles/projectFileWork.ts';
import { loadProjectSnapshot, type LoadedSnapshot, type SnapshotLoadOptions } from './projectSnapshots.ts';

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

export type RestoreOptions = {
  /** The copy's name, given the name the backup holds ("… (restored 7 Dec 2026 14:32)"). */
  copyName: (backedUpName: string) => string;
  /** The backup needs these repairs to open (as a file from elsewhere would); true when the user agrees. */
  agreeToRepairs: (repairs: readonly Repair[]) => Promise<boolean>;
};

/**
 * Opens a backup as a new project, validated like any project file: refused with the reader's message when it is
 * damaged, repaired (and the repair recorded in the copy's audit trail) only when the user agrees. Resolves to
 * null when the user declined the repairs. Nothing is written unless the whole copy is.
 */
export const restoreProjectBackup = async (
  db: CaseweaveDatabase, store: BackupStore, entry: BackupEntry, { copyName, agreeToRepairs }: RestoreOptions,
): Promise<LoadedSnapshot | null> => {
  const bytes = await store.read(entry.fileName);
  const reading = await readProjectFileBytes(db, bytes, entry.fileName);
  if (!reading.ok) throw new Error(projectFileMessageText(reading.problem));
  const agreed = await snapshotWithAgreedRepairs(reading.snapshot, reading.repairs, agreeToRepairs);
  if (agreed === null) return null;
  const load: SnapshotLoadOptions = { mode: 'new', repairAudit: agreed.repairAudit, freshIds: true };
  return loadProjectSnapshot(db, renamed(reidentifySnapshot(agreed.snapshot), copyName(reading.manifest.projectName)), load);
};
