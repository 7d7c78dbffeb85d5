// Kept originals between a project snapshot and a project file. In a snapshot they are rows of the tables the entity
// registry marks `projectFile: 'originals'` (sourceOriginals); in the file each is its own entry,
// originals/<sourceId>/<fileName>, holding the bytes as imported. Nothing but the path names the project's source,
// so reading gives each row the file's project.
import type { Id } from '../model/index.ts';
import type { SourceOriginalRow } from '../project/tableRows.ts';
import type { ProjectFileOriginal } from './projectFileFormat.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

/** The originals a file of `snapshot` carries, one per kept row. */
export const originalsOfSnapshot = (snapshot: ProjectSnapshot): ProjectFileOriginal[] =>
  snapshotRows(snapshot, 'sourceOriginals').map(({ sourceId, fileName, bytes }) => ({ sourceId, fileName, bytes }));

/** The rows of a file's originals, as the project `projectId` keeps them. */
export const originalRowsOf = (originals: readonly ProjectFileOriginal[], projectId: Id): SourceOriginalRow[] =>
  originals.map(({ sourceId, fileName, bytes }) => ({ sourceId, projectId, fileName, bytes }));
