// The project's search index saved in the database (the searchIndexes derived cache): read when a project's search
// starts, written after a build and after changes (debounced, when the browser is idle), dropped with its project.
// What is read is checked by the search service (shared/search/savedIndex.ts) before it is trusted.
import type { Id } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from '../data/database.ts';
import { keysDeleted, onDataEvent } from '../data/dataEvents.ts';
import { deleteProjectCacheRows, putProjectCacheRow } from '../data/derivedCaches.ts';

/** The saved index of a project, as stored (unchecked), or undefined when none was saved. */
export const readSavedSearchIndex = async (db: CaseweaveDatabase, projectId: Id): Promise<unknown> => (await db.searchIndexes.get(projectId))?.saved;

/** Saves a project's index; returns false (and writes nothing) when the project no longer exists. */
export const writeSavedSearchIndex = (db: CaseweaveDatabase, projectId: Id, saved: unknown): Promise<boolean> =>
  putProjectCacheRow(db, 'searchIndexes', { projectId, savedAt: db.clock(), saved });

/** Forgets the saved indexes of these projects. */
export const forgetSavedSearchIndexes = (db: CaseweaveDatabase, projectIds: readonly Id[]): Promise<void> =>
  deleteProjectCacheRows(db, 'searchIndexes', projectIds);

const following = new WeakSet<CaseweaveDatabase>();

/**
 * Once per database: a deleted project's saved index goes with it (undoing the deletion brings the project back and
 * its index is rebuilt on first search). Not a cascade of the registry: the cache is no entity and undo keeps no copy.
 */
export const dropSavedIndexesOfDeletedProjects = (db: CaseweaveDatabase): void => {
  if (following.has(db)) return;
  following.add(db);
  onDataEvent((event) => {
    const deleted = keysDeleted(event, 'projects').map(String);
    if (deleted.length > 0) forgetSavedSearchIndexes(db, deleted).catch((error: unknown) => console.error('forgetting saved search indexes failed', error));
  });
};
