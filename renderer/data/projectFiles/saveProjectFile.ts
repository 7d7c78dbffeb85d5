// Saving a project to a file: its bytes made off the main thread, written where the user chose. "Save as…" links
// the project to the file (autosave writes there from now on, the file joins the recent list; the window's session
// then lets the previous file go); "Save a copy…" only writes.
import type { Id } from '../../../shared/model/index.ts';
import type { ProjectFileAccess, ProjectFileRef, WrittenProjectFile } from '../../platform/projectFileAccess.ts';
import type { CaseweaveDatabase } from '../database.ts';
import { rememberFileLink } from '../projectFileLinks.ts';
import { whereaboutsOf } from './openProjectFile.ts';
import { projectFileBytes } from './projectFileWork.ts';

export type SaveDependencies = { db: CaseweaveDatabase; access: ProjectFileAccess; onProgress?: (fraction: number) => void };

export type SaveKind =
  /** Save as…: link the project to `file`. */
  | { kind: 'link' }
  /** Save a copy…: write only. */
  | { kind: 'copy' }
  /** Autosave and "Save now": the linked file again. */
  | { kind: 'again' };

export const saveProjectToFile = async (deps: SaveDependencies, projectId: Id, file: ProjectFileRef, save: SaveKind): Promise<WrittenProjectFile> => {
  const { db, access } = deps;
  const bytes = await projectFileBytes(db, projectId, { onProgress: (fraction) => deps.onProgress?.(fraction * 0.9) });
  const written = await access.write(file, bytes, { link: save.kind !== 'copy' });
  deps.onProgress?.(1);
  if (file.place.kind === 'download' || save.kind === 'again') return written;
  await rememberFileLink(db, whereaboutsOf(written), save.kind === 'link' ? projectId : null, file.linkId);
  return written;
};
