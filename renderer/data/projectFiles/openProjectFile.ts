// Opening a `.caseweave` file the user chose, from its bytes to an open project: validated first (nothing is
// written for a refused file), repaired only when the user agrees (the repair goes into the audit trail), and when
// the project is already here, either the local copy replaced (backed up first) or the file opened as a copy with
// fresh ids — never merged. A file another window holds opens read-only. The questions are the caller's (dialogs
// in the app, answers in tests).
import type { Id, Project } from '../../../shared/model/index.ts';
import type { ProjectFileProblem, Repair } from '../../../shared/projectFile/projectFileProblem.ts';
import { reidentifySnapshot } from '../../../shared/projectFile/reidentifySnapshot.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';
import type { OpenedProjectFile, ProjectFileAccess, ProjectFileRef } from '../../platform/projectFileAccess.ts';
import type { CaseweaveDatabase } from '../database.ts';
import { rememberFileLink } from '../projectFileLinks.ts';
import { snapshotWithAgreedRepairs } from './agreedRepairs.ts';
import { loadProjectSnapshot, type SnapshotLoadOptions } from '../projectSnapshots.ts';
import { setProjectReadOnly } from '../readOnlyProjects.ts';
import { readProjectFileBytes } from './projectFileWork.ts';

/** What the user decides about a file whose project is already here. */
export type ExistingProjectChoice = 'replace' | 'copy' | 'cancel';

export type OpenQuestions = {
  /** The file needs these repairs to open; true when the user agrees to them. */
  agreeToRepairs: (fileName: string, repairs: readonly Repair[]) => Promise<boolean>;
  /** The file's project is already here as `local`. */
  chooseForExisting: (fileName: string, local: Project, fromFile: Project) => Promise<ExistingProjectChoice>;
};

export type OpenDependencies = {
  db: CaseweaveDatabase;
  access: ProjectFileAccess;
  questions: OpenQuestions;
  /** Writes a rolling backup of the local project before it is replaced; throws when it cannot (nothing is replaced then). */
  backUpLocalCopy: (projectId: Id) => Promise<void>;
  /** The file the window's open project is linked to: its lock is kept whatever this open does. */
  linkedFile: ProjectFileRef | null;
  onProgress?: (fraction: number) => void;
};

export type OpenOutcome =
  | { kind: 'refused'; fileName: string; problems: readonly ProjectFileProblem[] }
  | { kind: 'cancelled' }
  | {
    kind: 'opened';
    project: Project;
    /** How it came in: a new project, the local copy replaced, a copy of it, or the local project itself (read-only). */
    as: 'new' | 'replace' | 'copy' | 'local';
    /** The file the project is now linked to (autosave writes there); null for a copy, a read-only file, a download. */
    linkedFile: ProjectFileRef | null;
    readOnly: boolean;
    lockedBy: string | null;
    renamedFrom: string | null;
  };

const ref = ({ linkId, fileName, place }: ProjectFileRef): ProjectFileRef => ({ linkId, fileName, place });

/** How the projectFileLinks table remembers where a file is. */
export const whereaboutsOf = (file: ProjectFileRef) => ({
  fileName: file.fileName,
  path: file.place.kind === 'path' ? file.place.path : null,
  handle: file.place.kind === 'handle' ? file.place.handle : null,
});

/** The project row of a validated snapshot (validation guarantees exactly one). */
const projectOf = (snapshot: ProjectSnapshot): Project => snapshotRows(snapshot, 'projects')[0];

export const openProjectFile = async (deps: OpenDependencies, opened: OpenedProjectFile): Promise<OpenOutcome> => {
  const { db, access, questions } = deps;
  const file = ref(opened);
  const letGo = async (): Promise<void> => {
    if (deps.linkedFile?.linkId !== file.linkId) await access.release(file);
  };
  const reading = await readProjectFileBytes(db, opened.bytes, opened.fileName, { onProgress: (fraction) => deps.onProgress?.(fraction * 0.6) });
  if (!reading.ok) {
    await letGo();
    return { kind: 'refused', fileName: opened.fileName, problems: reading.problems };
  }
  const agreed = await snapshotWithAgreedRepairs(reading.snapshot, reading.repairs, (repairs) => questions.agreeToRepairs(opened.fileName, repairs));
  if (agreed === null) {
    await letGo();
    return { kind: 'cancelled' };
  }
  let snapshot = agreed.snapshot;
  const load: SnapshotLoadOptions = { mode: 'new', repairAudit: agreed.repairAudit };
  const fromFile = projectOf(snapshot);
  const local = await db.projects.get(fromFile.id);
  const readOnly = { readOnly: opened.readOnly, lockedBy: opened.lockedBy };

  // The window holding the file has this very project open and writes it: show it, read-only, as it is here.
  if (opened.readOnly && local !== undefined) {
    setProjectReadOnly(local.id, true);
    return { kind: 'opened', project: local, as: 'local', linkedFile: null, ...readOnly, renamedFrom: null };
  }
  let as: 'new' | 'replace' | 'copy' = 'new';
  if (local !== undefined) {
    const choice = await questions.chooseForExisting(opened.fileName, local, fromFile);
    if (choice === 'cancel') {
      await letGo();
      return { kind: 'cancelled' };
    }
    as = choice;
  }
  if (as === 'copy') {
    snapshot = reidentifySnapshot(snapshot);
    load.freshIds = true;
  }
  if (as === 'replace') {
    await deps.backUpLocalCopy(fromFile.id);
    // The project may be read-only here from an earlier open; the replace itself is this window's own write.
    setProjectReadOnly(fromFile.id, false);
    load.mode = 'replace';
  }
  deps.onProgress?.(0.7);
  let loaded;
  try {
    loaded = await loadProjectSnapshot(db, snapshot, load);
  } catch (error) {
    await letGo();
    throw error;
  }
  deps.onProgress?.(1);
  const linkable = as !== 'copy' && !opened.readOnly && file.place.kind !== 'download';
  if (linkable) await rememberFileLink(db, whereaboutsOf(file), loaded.project.id, file.linkId);
  else await letGo();
  setProjectReadOnly(loaded.project.id, opened.readOnly);
  return { kind: 'opened', project: loaded.project, as, linkedFile: linkable ? file : null, ...readOnly, renamedFrom: loaded.renamedFrom };
};
