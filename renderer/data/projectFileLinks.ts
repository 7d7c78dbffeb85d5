// The project files this installation knows (the projectFileLinks table): which file each project autosaves to,
// and the recent files. A project is linked to one file at most; linking it to another (Save as…) unlinks the old
// one, which stays in the recent list. Written through commit like every other table (no audit event: the links
// belong to the installation, not to the project or its file).
import { newId, type Id } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase, ProjectFileLinkRow } from './database.ts';

/** How many files the recent list keeps; older ones no project is linked to are forgotten. */
export const MAX_RECENT_FILES = 10;

/** Where a file is: a path main granted (Electron) or a file handle (browser). */
export type FileWhereabouts = { fileName: string; path: string | null; handle: unknown };

const byNewest = (a: ProjectFileLinkRow, b: ProjectFileLinkRow): number => b.openedAt.localeCompare(a.openedAt) || a.id.localeCompare(b.id);

/** The known files, most recently opened or saved first. */
export const listRecentFileLinks = async (db: CaseweaveDatabase): Promise<ProjectFileLinkRow[]> =>
  (await db.projectFileLinks.toArray()).sort(byNewest);

/** The known file `isSame` recognises (the same path, or a handle to the same file), if any. */
export const findFileLink = async (
  db: CaseweaveDatabase, isSame: (row: ProjectFileLinkRow) => boolean | Promise<boolean>,
): Promise<ProjectFileLinkRow | null> => {
  for (const row of await listRecentFileLinks(db)) if (await isSame(row)) return row;
  return null;
};

/** The file a project autosaves to, if any. */
export const fileLinkOfProject = async (db: CaseweaveDatabase, projectId: Id): Promise<ProjectFileLinkRow | null> =>
  (await db.projectFileLinks.where('linkedProjectId').equals(projectId).first()) ?? null;

/**
 * Records that a file was opened or saved now, linked to `projectId` (null: a copy saved, or a file known but linked
 * to nothing), under `id` when it is known already (else a new row). Other files linked to the project are unlinked,
 * and the oldest unlinked files beyond MAX_RECENT_FILES forgotten, in the same commit.
 */
export const rememberFileLink = async (
  db: CaseweaveDatabase, whereabouts: FileWhereabouts, projectId: Id | null, id: Id = newId(),
): Promise<ProjectFileLinkRow> => {
  const { result } = await commitPlan(db, async () => {
    const link: ProjectFileLinkRow = { id, ...whereabouts, linkedProjectId: projectId, openedAt: db.clock() };
    const others = (await db.projectFileLinks.toArray()).filter((row) => row.id !== id);
    const unlinked = others.map((row) => (projectId !== null && row.linkedProjectId === projectId ? { ...row, linkedProjectId: null } : row));
    const forgotten = [...unlinked].sort(byNewest).slice(MAX_RECENT_FILES - 1).filter((row) => row.linkedProjectId === null);
    const gone = new Set(forgotten.map((row) => row.id));
    const changed = unlinked.filter((row, index) => row !== others[index] && !gone.has(row.id));
    return {
      change: tableChange('projectFileLinks', [link, ...changed], [...gone]),
      audit: null,
      result: link,
    };
  });
  return result;
};

/** Forgets a file (it is gone, or the user took it off the list). */
export const forgetFileLink = async (db: CaseweaveDatabase, id: Id): Promise<void> => {
  await commitPlan(db, async () => ({ change: tableChange('projectFileLinks', [], [id]), audit: null, result: undefined }));
};
