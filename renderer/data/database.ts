// The Caseweave IndexedDB database (Dexie): one table per entry of the entity registry (shared/project) plus the
// derived caches (derivedCaches.ts), every schema version applied in order, and a guard that refuses any write not
// made by commit() or, for the caches only, by writeDerivedCache (writeGuard.ts).
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { nowIso, type IsoInstant } from '../../shared/model/ids.ts';
import type { TableName, TableRows } from '../../shared/project/tableRows.ts';
import type { SearchIndexCacheRow } from './derivedCaches.ts';
import { SCHEMA_HISTORY } from './schemaHistory.ts';
import { guardWrites } from './writeGuard.ts';

export type { AppStateRow, AppStateValue, ProjectFileLinkRow, SavedTemplateRow, SourceOriginalRow, SourceRow, SourceTextRow } from '../../shared/project/tableRows.ts';

export const DEFAULT_DATABASE_NAME = 'caseweave';

/** The primary key property of each table (matches the registry's `key`; checked by a test). */
type KeyProperty = {
  projects: 'id'; informants: 'id'; sources: 'id'; sourceTexts: 'sourceId'; sourceOriginals: 'sourceId'; codes: 'id'; codings: 'id'; memos: 'id';
  displays: 'id'; relations: 'id'; summarySheets: 'id'; conclusions: 'id'; memberChecks: 'id'; auditEvents: 'id'; coders: 'id'; codebookTemplates: 'id'; appState: 'key'; projectFileLinks: 'id';
};

type Tables = { [T in TableName]: EntityTable<TableRows[T], KeyProperty[T] & keyof TableRows[T]> };

export class CaseweaveDatabase extends Dexie {
  declare projects: Tables['projects'];
  declare informants: Tables['informants'];
  declare sources: Tables['sources'];
  declare sourceTexts: Tables['sourceTexts'];
  declare sourceOriginals: Tables['sourceOriginals'];
  declare codes: Tables['codes'];
  declare codings: Tables['codings'];
  declare memos: Tables['memos'];
  declare displays: Tables['displays'];
  declare relations: Tables['relations'];
  declare summarySheets: Tables['summarySheets'];
  declare conclusions: Tables['conclusions'];
  declare memberChecks: Tables['memberChecks'];
  declare auditEvents: Tables['auditEvents'];
  declare coders: Tables['coders'];
  declare appState: Tables['appState'];
  declare codebookTemplates: Tables['codebookTemplates'];
  declare projectFileLinks: Tables['projectFileLinks'];
  /** A derived cache (derivedCaches.ts), not an entity: each project's saved search index. */
  declare searchIndexes: EntityTable<SearchIndexCacheRow, 'projectId'>;

  /** The time every write of the data layer stamps on its rows (tests pass a clock of their own). */
  readonly clock: () => IsoInstant;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions, clock: () => IsoInstant = nowIso) {
    super(name, options);
    this.clock = clock;
    for (const schema of SCHEMA_HISTORY) {
      const version = this.version(schema.version).stores({ ...schema.stores });
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    guardWrites(this);
  }

  /** The table of a registry entry, typed by its name. */
  tableOf<T extends TableName>(table: T): Tables[T] {
    return this.table(table) as Tables[T];
  }
}

/**
 * Opens (lazily, on first query) the app database. Tests pass `options` with fake-indexeddb's
 * `indexedDB`/`IDBKeyRange`, or import 'fake-indexeddb/auto', and a unique name.
 */
export const openCaseweaveDatabase = (name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions, clock?: () => IsoInstant): CaseweaveDatabase =>
  new CaseweaveDatabase(name, options, clock);
