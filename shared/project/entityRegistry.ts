// The entity registry: every table of the database, its key, how its rows belong to a project, the audit type of
// its writes, whether a memo can point at it, and what deleting one of its rows does to the rows that refer to it.
// Whatever must see "all of the project" (delete and restore, the project file, the report, interchange, sync)
// reads this list instead of naming tables by hand; a test fails when a table holding a projectId is missing.
import { memoTargetKey, type MemoTarget } from '../model/index.ts';
import type { Key, Row, TableName, TableRows } from './tableRows.ts';

/**
 * How a row belongs to a project: it is the project itself, it carries a `projectId`, or it belongs to the
 * installation (settings, coders, saved templates) and outlives any one project.
 */
export type ProjectScope = 'project' | 'projectId' | 'installation';

/** The objectType written on audit events about rows of a table. */
export type AuditObjectType =
  | 'project' | 'informant' | 'source' | 'code' | 'coding' | 'memo' | 'display' | 'relation' | 'summarySheet' | 'conclusion' | 'memberCheck' | 'coder'
  | 'template';

export type MemoTargetKind = MemoTarget['kind'];

/** A value of an index, as IndexedDB compares them. */
export type IndexValue = string | number | readonly (string | number)[];

/**
 * Rows of `table` that refer to rows of the table declaring this dependent, and what happens to them when a row
 * they refer to is deleted: they are deleted too, or unlinked (the reference is taken out of them).
 */
export type Dependent<F extends TableName = TableName> = {
  table: F;
  /** The index of `table` that finds the rows referring to a key, and the value to look that key up with. */
  index: string;
  indexValue(key: Key): IndexValue;
  /** Whether the row (as it will be after the change) still refers to one of the deleted keys. */
  refersTo(row: TableRows[F], deletedKeys: ReadonlySet<Key>): boolean;
  /** 'delete', or the row without its references to the deleted keys. */
  onDelete: 'delete' | { unlink(row: TableRows[F], deletedKeys: ReadonlySet<Key>): TableRows[F] };
  /**
   * Set on the project's own dependents: every row of `table` in the project is deleted, so no later step of the
   * same cascade needs to look in `table` again (references never cross projects).
   */
  wholeProject?: boolean;
};

export type EntityDefinition<T extends TableName = TableName> = {
  table: T;
  /** The primary key path. */
  key: string;
  keyOf(row: TableRows[T]): Key;
  scope: ProjectScope;
  /** The objectType of audit events about these rows; null for rows that are part of another entity. */
  auditType: AuditObjectType | null;
  /** The memo target kind that names a row of this table, when memos can be written about it. */
  memoTarget: MemoTargetKind | null;
  /** What deleting a row cascades to. */
  dependents: readonly Dependent[];
  /**
   * Whether a `.caseweave` project file carries rows of this table. Rows scoped to the project always travel with it,
   * as a JSON table ('project') or, for the kept bytes of imported files, as `originals/<sourceId>/<fileName>`
   * entries ('originals'); of an installation table only the rows the project refers to travel ('referenced': the
   * coders of its codings, memos and audit events), or none.
   */
  projectFile: 'project' | 'originals' | 'referenced' | 'none';
};

const byId = (row: { id: string }): Key => row.id;

const projectRowsOf = (table: TableName): Dependent => ({
  table,
  index: 'projectId',
  indexValue: (key) => key,
  refersTo: (row, keys) => 'projectId' in row && keys.has(row.projectId),
  onDelete: 'delete',
  wholeProject: true,
});

/** Memos written about a row of the table whose memo target kind is `kind`. */
const memosAbout = (kind: Exclude<MemoTargetKind, 'project'>): Dependent<'memos'> => ({
  table: 'memos',
  index: 'targetKey',
  indexValue: (key) => memoTargetKey({ kind, id: String(key) }),
  refersTo: (memo, keys) => memo.target.kind === kind && keys.has(memo.target.id),
  onDelete: 'delete',
});

/** Rows of `table` whose `field` (read by `valueOf`) holds the deleted key are deleted with it. */
const deletedWith = <F extends TableName>(table: F, field: string, valueOf: (row: TableRows[F]) => Key | null): Dependent<F> => ({
  table,
  index: field,
  indexValue: (key) => key,
  refersTo: (row, keys) => {
    const value = valueOf(row);
    return value !== null && keys.has(value);
  },
  onDelete: 'delete',
});

/** A source keeps no trace of a deleted informant: neither in its informants nor as a speaker's link. */
const sourcesOfInformant: Dependent<'sources'> = {
  table: 'sources',
  index: 'informantIds',
  indexValue: (key) => key,
  refersTo: (source, keys) => source.informantIds.some((id) => keys.has(id)) || Object.values(source.speakerLinks).some((id) => keys.has(id)),
  onDelete: {
    unlink: (source, keys) => ({
      ...source,
      informantIds: source.informantIds.filter((id) => !keys.has(id)),
      speakerLinks: Object.fromEntries(Object.entries(source.speakerLinks).filter(([, id]) => !keys.has(id))),
    }),
  },
};

/** The installation forgets a deleted project as the one to reopen at start. */
const lastOpenedProject: Dependent<'appState'> = {
  table: 'appState',
  index: 'key',
  indexValue: () => 'lastProjectId',
  refersTo: (row, keys) => row.key === 'lastProjectId' && typeof row.value === 'string' && keys.has(row.value),
  onDelete: { unlink: (row) => ({ ...row, value: null }) },
};

/** A file linked to a deleted project stays known (the recent list), linked to nothing. */
const linkedProjectFiles: Dependent<'projectFileLinks'> = {
  table: 'projectFileLinks',
  index: 'linkedProjectId',
  indexValue: (key) => key,
  refersTo: (row, keys) => row.linkedProjectId !== null && keys.has(row.linkedProjectId),
  onDelete: { unlink: (row) => ({ ...row, linkedProjectId: null }) },
};

/** A conclusion stays when the one it was a rival explanation of is deleted; it is a rival of nothing then. */
const rivalsOfConclusion: Dependent<'conclusions'> = {
  table: 'conclusions',
  index: 'rivalOfId',
  indexValue: (key) => key,
  refersTo: (conclusion, keys) => conclusion.rivalOfId !== null && keys.has(conclusion.rivalOfId),
  onDelete: { unlink: (conclusion) => ({ ...conclusion, rivalOfId: null }) },
};

/** A member check stays when the source its informant's words were imported as is deleted; the words are still in it. */
const memberChecksOfWordsSource: Dependent<'memberChecks'> = {
  table: 'memberChecks',
  index: 'wordsSourceId',
  indexValue: (key) => key,
  refersTo: (check, keys) => check.wordsSourceId !== null && keys.has(check.wordsSourceId),
  onDelete: { unlink: (check) => ({ ...check, wordsSourceId: null }) },
};

/** A code stays when the coding chosen as its anchor example is deleted; it has no anchor then (its first quote shows). */
const codesAnchoredOn: Dependent<'codes'> = {
  table: 'codes',
  index: 'anchorCodingId',
  indexValue: (key) => key,
  refersTo: (code, keys) => code.anchorCodingId !== undefined && code.anchorCodingId !== null && keys.has(code.anchorCodingId),
  onDelete: { unlink: (code) => ({ ...code, anchorCodingId: null }) },
};

/** Tables whose rows carry a projectId; deleting the project deletes all of them. */
const PROJECT_OWNED: readonly TableName[] = [
  'informants', 'sources', 'sourceTexts', 'sourceOriginals', 'codes', 'codings', 'memos', 'displays', 'relations', 'summarySheets', 'conclusions',
  'memberChecks', 'auditEvents',
];

type Registry = { readonly [T in TableName]: EntityDefinition<T> };

export const ENTITY_REGISTRY: Registry = {
  projects: {
    table: 'projects', key: 'id', keyOf: byId, scope: 'project', auditType: 'project', memoTarget: 'project',
    projectFile: 'project', dependents: [...PROJECT_OWNED.map(projectRowsOf), lastOpenedProject, linkedProjectFiles],
  },
  informants: {
    table: 'informants', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'informant', memoTarget: null,
    projectFile: 'project', dependents: [sourcesOfInformant, deletedWith('memberChecks', 'informantId', (check) => check.informantId)],
  },
  sources: {
    table: 'sources', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'source', memoTarget: 'source',
    projectFile: 'project', dependents: [
      deletedWith('sourceTexts', 'sourceId', (text) => text.sourceId),
      deletedWith('sourceOriginals', 'sourceId', (original) => original.sourceId),
      deletedWith('codings', 'sourceId', (coding) => coding.sourceId),
      deletedWith('summarySheets', 'sourceId', (sheet) => sheet.sourceId),
      memberChecksOfWordsSource,
      memosAbout('source'),
    ],
  },
  sourceTexts: {
    table: 'sourceTexts', key: 'sourceId', keyOf: (row) => row.sourceId, scope: 'projectId', auditType: null, memoTarget: null,
    projectFile: 'project', dependents: [],
  },
  sourceOriginals: {
    table: 'sourceOriginals', key: 'sourceId', keyOf: (row) => row.sourceId, scope: 'projectId', auditType: null, memoTarget: null,
    projectFile: 'originals', dependents: [],
  },
  codes: {
    table: 'codes', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'code', memoTarget: 'code',
    projectFile: 'project', dependents: [
      deletedWith('codes', 'parentId', (code) => code.parentId),
      deletedWith('codings', 'codeId', (coding) => coding.codeId),
      memosAbout('code'),
    ],
  },
  codings: {
    table: 'codings', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'coding', memoTarget: 'coding',
    projectFile: 'project', dependents: [memosAbout('coding'), codesAnchoredOn],
  },
  memos: {
    table: 'memos', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'memo', memoTarget: null, projectFile: 'project', dependents: [],
  },
  displays: {
    // Network nodes and cell notes keep the ids they name; a deleted code or informant leaves a labelled, inert node
    // or an orphaned note the display lists, never a silent loss. Its relations go with it.
    table: 'displays', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'display', memoTarget: 'display',
    projectFile: 'project', dependents: [deletedWith('relations', 'displayId', (relation) => relation.displayId), memosAbout('display')],
  },
  relations: {
    table: 'relations', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'relation', memoTarget: null, projectFile: 'project', dependents: [],
  },
  summarySheets: {
    table: 'summarySheets', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'summarySheet', memoTarget: null, projectFile: 'project', dependents: [],
  },
  conclusions: {
    // Evidence keeps the ids it names: a deleted coding, cell or memo shows as lost evidence on the conclusion,
    // never a silent removal. Its memos go with it; its rivals stay, as rivals of nothing.
    table: 'conclusions', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'conclusion', memoTarget: 'conclusion',
    projectFile: 'project', dependents: [rivalsOfConclusion, memosAbout('conclusion')],
  },
  memberChecks: {
    // Items keep the ids of what was returned and of what changed: a deleted transcript or conclusion shows as gone
    // on the record, never as a silent rewrite of what the informant was shown. The record goes with its informant.
    table: 'memberChecks', key: 'id', keyOf: byId, scope: 'projectId', auditType: 'memberCheck', memoTarget: null,
    projectFile: 'project', dependents: [],
  },
  auditEvents: {
    // Append-only: written by commit beside each change, removed only with the whole project.
    table: 'auditEvents', key: 'id', keyOf: (row) => row.id ?? -1, scope: 'projectId', auditType: null, memoTarget: null, projectFile: 'project', dependents: [],
  },
  coders: {
    table: 'coders', key: 'id', keyOf: byId, scope: 'installation', auditType: 'coder', memoTarget: null, projectFile: 'referenced', dependents: [],
  },
  codebookTemplates: {
    table: 'codebookTemplates', key: 'id', keyOf: byId, scope: 'installation', auditType: 'template', memoTarget: null, projectFile: 'none', dependents: [],
  },
  appState: {
    table: 'appState', key: 'key', keyOf: (row) => row.key, scope: 'installation', auditType: null, memoTarget: null, projectFile: 'none', dependents: [],
  },
  projectFileLinks: {
    table: 'projectFileLinks', key: 'id', keyOf: byId, scope: 'installation', auditType: null, memoTarget: null, projectFile: 'none', dependents: [],
  },
};

export const TABLE_NAMES = Object.keys(ENTITY_REGISTRY) as TableName[];

export const entityOf = <T extends TableName>(table: T): EntityDefinition<T> => ENTITY_REGISTRY[table] as EntityDefinition<T>;

/** The primary key of a row of `table`. */
export const keyOf = <T extends TableName>(table: T, row: TableRows[T]): Key => entityOf(table).keyOf(row);

/** The tables holding a project's rows: the project itself and every table whose rows carry its projectId. */
export const projectTables = (): TableName[] => TABLE_NAMES.filter((table) => ENTITY_REGISTRY[table].scope !== 'installation');

/**
 * The tables a `.caseweave` project file carries, in registry order: the project's own (JSON tables and originals)
 * and the referenced ones. A project snapshot holds rows of exactly these.
 */
export const projectFileTables = (): TableName[] => TABLE_NAMES.filter((table) => ENTITY_REGISTRY[table].projectFile !== 'none');

/** The project-file tables written as `tables/<table>.json`: all but those carried as originals/ entries. */
export const projectFileJsonTables = (): TableName[] => projectFileTables().filter((table) => ENTITY_REGISTRY[table].projectFile !== 'originals');

/** The table whose rows a memo target kind names (undefined for the project, which is not a row of its own). */
export const tableOfMemoTarget = (kind: MemoTargetKind): TableName | undefined =>
  TABLE_NAMES.find((table) => ENTITY_REGISTRY[table].memoTarget === kind);

export type { Row };
