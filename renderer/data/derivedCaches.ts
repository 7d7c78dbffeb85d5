// Derived caches: tables holding data the app can always rebuild from the project's records (DESIGN: "derived data
// is rebuilt from stored records, never the only copy"), kept only to spare the rebuild. They are not entities: not
// in the entity registry, so never in a project file, a backup, the audit trail, undo or the data events (a saved
// cache must not set off autosave). They are written here, in a transaction of their own the write guard lets
// through for these tables only; a reader must treat a cached row as possibly stale or damaged and check it.
import type { Id, IsoInstant } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from './database.ts';
import { markDerivedCacheTransaction } from './writeGuard.ts';

/** Every derived-cache table of the database (a test checks the database has exactly the registry's and these). */
export const DERIVED_CACHE_TABLES = ['searchIndexes'] as const;

export type DerivedCacheTable = (typeof DERIVED_CACHE_TABLES)[number];

/** A project's search index as last saved; `saved` is whatever was stored, checked on load (shared/search/savedIndex.ts). */
export type SearchIndexCacheRow = { projectId: Id; savedAt: IsoInstant; saved: unknown };

/**
 * Runs `write` in one read-write transaction over the cache tables `tables` and the projects table (read only, so
 * the write can see whether its project still exists); any other write in it is refused by the write guard.
 */
export const writeDerivedCache = async <R>(db: CaseweaveDatabase, tables: readonly DerivedCacheTable[], write: () => Promise<R>): Promise<R> =>
  db.transaction('rw', [...tables.map((table) => db.table(table)), db.projects], async () => {
    markDerivedCacheTransaction(tables);
    return write();
  });

/** Puts a project's cache row; false (nothing written) when the project no longer exists (a save after a deletion). */
export const putProjectCacheRow = async (db: CaseweaveDatabase, table: DerivedCacheTable, row: SearchIndexCacheRow): Promise<boolean> =>
  writeDerivedCache(db, [table], async () => {
    if ((await db.projects.get(row.projectId)) === undefined) return false;
    await db.table(table).put(row);
    return true;
  });

/** Deletes the cache rows of these projects. */
export const deleteProjectCacheRows = async (db: CaseweaveDatabase, table: DerivedCacheTable, projectIds: readonly Id[]): Promise<void> => {
  if (projectIds.length === 0) return;
  await writeDerivedCache(db, [table], async () => {
    await db.table(table).bulkDelete([...projectIds]);
  });
};
