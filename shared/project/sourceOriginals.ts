// Kept originals: the bytes of the files a project's sources were imported from (the sourceOriginals table), kept
// only when the project's keepOriginals setting is on, since they can make a project file many times larger. The
// app's import and the CLI's `import --into` both ask `keepsOriginals` and build the row here; the setting is
// changed (and the kept bytes dropped, when the user asks) by one planned change.
import type { Id, IsoInstant, Project } from '../model/index.ts';
import { safeOriginalName } from '../projectFile/projectFileFormat.ts';
import type { AuditedChange } from './auditIntent.ts';
import { combineChanges, tableChange } from './projectChange.ts';
import type { SourceOriginalRow } from './tableRows.ts';

/** Off unless the user turned it on: a project written before the setting existed keeps nothing. */
export const keepsOriginals = (project: Pick<Project, 'settings'> | undefined): boolean => project?.settings.keepOriginals === true;

/**
 * The kept original of a newly imported source. The file name is made one safe path segment now, as the project
 * file will name it, so a save and an open give back the same row.
 */
export const sourceOriginalRow = (sourceId: Id, projectId: Id, fileName: string, bytes: Uint8Array): SourceOriginalRow => ({
  sourceId, projectId, fileName: safeOriginalName(fileName), bytes,
});

export type KeepOriginalsChoice = {
  keep: boolean;
  /** Turning the setting off: the sources whose kept originals are dropped in the same change (none: keep them). */
  drop: readonly Id[];
};

/**
 * The project with its setting changed and, when asked, its kept originals deleted: one change, so one undo step
 * brings back both the setting and every byte. The audit detail says which and how many.
 */
export const planKeepOriginals = (project: Project, { keep, drop }: KeepOriginalsChoice, at: IsoInstant): AuditedChange<void> => {
  const dropped = keep ? [] : [...drop];
  const detail = keep ? 'on' : dropped.length === 0 ? 'off' : `off, dropped ${dropped.length}`;
  return {
    change: combineChanges(
      tableChange('projects', [{ ...project, settings: { ...project.settings, keepOriginals: keep }, updatedAt: at }]),
      tableChange('sourceOriginals', [], dropped),
    ),
    audit: { projectId: project.id, action: 'set-keep-originals', objectType: 'project', objectId: project.id, detail },
    result: undefined,
  };
};
