// The open project's matrix data (displayData.ts), read once and shared by every display opened after it: a project
// of 200 long transcripts and 40,000 codings takes ~0.4 s to read, so reopening a display must not read it again.
// A write to a table that changes what displays compute drops the copy (after a short pause, so an import or a merge
// makes one re-read) and tells the subscribers; each read has a version number no other read in this window shares,
// which is how the display worker knows whether the data it holds is current.
import type { MatrixData } from '../../shared/analysis/matrixTypes.ts';
import type { Id } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from './database.ts';
import { onDataEvent, writesTo } from './dataEvents.ts';
import { DISPLAY_DATA_TABLES, loadMatrixData } from './displayData.ts';

export type VersionedMatrixData = { version: number; data: MatrixData };

/** Several writes in a burst (an import, a merge) make one re-read. */
const STALE_PAUSE_MS = 120;

let held: { db: CaseweaveDatabase; projectId: Id; read: Promise<VersionedMatrixData> } | null = null;
let lastVersion = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const staleListeners = new Set<(projectId: Id) => void>();
let stopWatching: (() => void) | null = null;

const watchWrites = (): void => {
  stopWatching ??= onDataEvent((event) => {
    if (held === null || event.projectId !== held.projectId || !writesTo(event, ...DISPLAY_DATA_TABLES)) return;
    const projectId = held.projectId;
    held = null;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      for (const listener of [...staleListeners]) listener(projectId);
    }, STALE_PAUSE_MS);
  });
};

/** The project's matrix data: the copy in memory when it is current, else one read shared by every caller. */
export const matrixDataFor = (db: CaseweaveDatabase, projectId: Id): Promise<VersionedMatrixData> => {
  watchWrites();
  if (held !== null && held.db === db && held.projectId === projectId) return held.read;
  lastVersion += 1;
  const version = lastVersion;
  const read = loadMatrixData(db, projectId).then((data) => ({ version, data }));
  const entry = { db, projectId, read };
  held = entry;
  // A failed read is not kept: the next caller tries again.
  read.catch(() => {
    if (held === entry) held = null;
  });
  return read;
};

/** Calls `listener` with the project id once written data has made the copy stale; returns the unsubscribe. */
export const onMatrixDataStale = (listener: (projectId: Id) => void): (() => void) => {
  staleListeners.add(listener);
  return () => {
    staleListeners.delete(listener);
  };
};
