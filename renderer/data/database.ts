// The Caseweave IndexedDB database (Dexie): table types and the class that applies every schema version in order.
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { CodebookTemplate } from '../../shared/templates/templateTypes.ts';
import type { AuditEvent, Code, Coding, Id, Informant, Memo, Project, Source } from '../../shared/model/index.ts';
import { SCHEMA_HISTORY } from './schemaHistory.ts';

/** A stored source without its text (the text lives in `sourceTexts`); `wordCount` is kept for lists. */
export type SourceRow = Omit<Source, 'text'> & { wordCount: number };

export type SourceTextRow = { sourceId: Id; projectId: Id; text: string };

export type AppStateValue = string | number | boolean | null;

/** Key/value settings of the installation: lastProjectId, coderName, exampleSeeded, … */
export type AppStateRow = { key: string; value: AppStateValue };

/** A codebook template saved by the user (schema version 2). */
export type SavedTemplateRow = CodebookTemplate & { savedAt: string; sourceProjectId: Id | null };

export const DEFAULT_DATABASE_NAME = 'caseweave';

export class CaseweaveDatabase extends Dexie {
  declare projects: EntityTable<Project, 'id'>;
  declare informants: EntityTable<Informant, 'id'>;
  declare sources: EntityTable<SourceRow, 'id'>;
  declare sourceTexts: EntityTable<SourceTextRow, 'sourceId'>;
  declare codes: EntityTable<Code, 'id'>;
  declare codings: EntityTable<Coding, 'id'>;
  declare memos: EntityTable<Memo, 'id'>;
  declare auditEvents: EntityTable<AuditEvent, 'id'>;
  declare appState: EntityTable<AppStateRow, 'key'>;
  declare codebookTemplates: EntityTable<SavedTemplateRow, 'id'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const schema of SCHEMA_HISTORY) {
      const version = this.version(schema.version).stores({ ...schema.stores });
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

/**
 * Opens (lazily, on first query) the app database. Tests pass `options` with fake-indexeddb's
 * `indexedDB`/`IDBKeyRange`, or import 'fake-indexeddb/auto', and a unique name.
 */
export const openCaseweaveDatabase = (name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions): CaseweaveDatabase =>
  new CaseweaveDatabase(name, options);
