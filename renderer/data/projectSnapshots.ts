// A project as a `.caseweave` file carries it, read out of the database and loaded back in. Reading takes every
// project-file table of the entity registry in one read transaction; loading puts a snapshot through commitPlan
// in one transaction, either as a new project or in place of the local copy with the same id — never merged.
import type { Coder, Id, Project } from '../../shared/model/index.ts';
import { ENTITY_REGISTRY, keyOf, projectFileTables } from '../../shared/project/entityRegistry.ts';
import { completeCascades } from '../../shared/project/cascade.ts';
import { combineChanges, deletesOf, tableChange, type ProjectChange, type TableChange } from '../../shared/project/projectChange.ts';
import type { TableName, TableRows } from '../../shared/project/tableRows.ts';
import { snapshotRows, type ProjectSnapshot, type SnapshotTables } from '../../shared/projectFile/projectSnapshot.ts';
import { appendLoadedTrail, type AuditIntent } from './audit.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { dexieLookup } from './dexieLookup.ts';
import { DataError } from './errors.ts';
import { freeProjectName } from './projectFiles/freeProjectName.ts';
import { referencedKeys } from './projectFiles/referencedRows.ts';

/**
 * 'new': the snapshot's project is not here yet (a file from elsewhere, or a copy with fresh ids).
 * 'replace': the local project with the snapshot's id is deleted, with everything the registry cascades to, and the
 * snapshot's rows put in its place.
 */
export type SnapshotLoadMode = 'new' | 'replace';

export type SnapshotLoadOptions = {
  mode: SnapshotLoadMode;
  /** Repairs the user agreed to before opening: recorded as one audit event of the loaded project. */
  repairAudit?: { detail: string };
  /**
   * The snapshot's ids were all made just now (reidentifySnapshot: opening as a copy, restoring a backup), so no local
   * row can hold one and the check that a new project takes over no other project's rows is skipped (a second).
   */
  freshIds?: boolean;
};

export type LoadedSnapshot = {
  project: Project;
  /** The name the file gave the project, when another local project had it and the loaded one was renamed. */
  renamedFrom: string | null;
};

const setRows = (tables: SnapshotTables, table: TableName, rows: readonly unknown[]): void => {
  (tables as Record<string, unknown>)[table] = rows;
};

/** The project's own tables (JSON tables and kept originals alike), as opposed to the installation rows it refers to. */
const isProjectOwn = (table: TableName): boolean => ['project', 'originals'].includes(ENTITY_REGISTRY[table].projectFile);

const withoutAuditId = ({ id: _id, ...event }: TableRows['auditEvents']): TableRows['auditEvents'] => event;

/** The rows of one table that belong to the project, audit events in trail order and without their local ids. */
const projectRowsOf = async (db: CaseweaveDatabase, table: TableName, projectId: Id): Promise<unknown[]> => {
  if (ENTITY_REGISTRY[table].scope === 'project') {
    const row: unknown = await db.table(table).get(projectId);
    return row === undefined ? [] : [row];
  }
  if (table === 'auditEvents') {
    const trail = await db.auditEvents.where('projectId').equals(projectId).sortBy('id');
    return trail.map(withoutAuditId);
  }
  return db.table(table).where('projectId').equals(projectId).toArray();
};

/** Every row of the project the file carries, read in one transaction so no write slips in between two tables. */
export const readProjectSnapshot = (db: CaseweaveDatabase, projectId: Id): Promise<ProjectSnapshot> => {
  const tables = projectFileTables();
  return db.transaction('r', tables.map((table) => db.table(table)), async () => {
    const read: SnapshotTables = {};
    for (const table of tables) {
      if (isProjectOwn(table)) setRows(read, table, (await projectRowsOf(db, table, projectId)));
    }
    if (snapshotRows({ projectId, tables: read }, 'projects').length === 0) throw new DataError('data.error.projectNotFound');
    for (const table of tables) {
      if (ENTITY_REGISTRY[table].projectFile !== 'referenced') continue;
      const keys = referencedKeys(table, { projectId, tables: read });
      const rows: unknown[] = await db.table(table).bulkGet(keys);
      setRows(read, table, rows.filter((row) => row !== undefined));
    }
    return { projectId, tables: read };
  });
};

const projectOf = (snapshot: ProjectSnapshot): Project => {
  const [project, ...others] = snapshotRows(snapshot, 'projects');
  if (project === undefined || others.length > 0 || project.id !== snapshot.projectId) throw new DataError('projectFiles.error.snapshotWithoutProject');
  return project;
};

/**
 * What deleting the local project deletes (the registry's cascade), as deletions only: the project itself is put
 * again by the snapshot, so the unlinks a project deletion makes elsewhere (the installation's last opened
 * project) do not apply.
 */
const localProjectRemoval = async (db: CaseweaveDatabase, projectId: Id): Promise<ProjectChange> => {
  const cascade = await completeCascades(tableChange('projects', [], [projectId]), dexieLookup(db, new Map()));
  const removal: Record<string, TableChange<TableName>> = {};
  for (const table of Object.keys(cascade) as TableName[]) {
    const deleted = deletesOf(cascade, table);
    if (deleted.length > 0) removal[table] = { put: [], delete: [...deleted] };
  }
  return removal as ProjectChange;
};

/** A new project must not take over rows another local project holds (that would be a merge). */
const assertKeysFree = async (db: CaseweaveDatabase, snapshot: ProjectSnapshot): Promise<void> => {
  for (const table of projectFileTables()) {
    if (ENTITY_REGISTRY[table].scope !== 'projectId' || table === 'auditEvents') continue;
    const keys = snapshotRows(snapshot, table).map((row) => keyOf(table, row));
    if (keys.length === 0) continue;
    // bulkGet asks for every key at once; a where().anyOf() walks a cursor key by key (20 s for 40,000 codings).
    const found: unknown[] = await db.table(table).bulkGet(keys);
    if (found.some((row) => row !== undefined)) throw new DataError('projectFiles.error.rowsInUse', { table });
  }
};

/** The snapshot's rows of the project's own tables (audit events apart: they get their ids from the database). */
const projectPuts = (snapshot: ProjectSnapshot, project: Project): ProjectChange =>
  combineChanges(
    ...projectFileTables()
      .filter((table) => isProjectOwn(table) && table !== 'auditEvents')
      .map((table) => (table === 'projects' ? tableChange('projects', [project]) : tableChange(table, snapshotRows(snapshot, table)))),
  );

/** Coders of the file the installation does not know yet; a coder it knows keeps the local name and initials. */
const newCoders = async (db: CaseweaveDatabase, coders: readonly Coder[]): Promise<ProjectChange> => {
  const local = await db.coders.bulkGet(coders.map((coder) => coder.id));
  return tableChange('coders', coders.filter((_coder, index) => local[index] === undefined));
};

const repairIntent = (projectId: Id, repair: { detail: string }): AuditIntent => ({
  projectId, action: 'repair-on-open', objectType: 'project', objectId: projectId, detail: repair.detail,
});

/**
 * Loads a snapshot in one commit: all of it or, when anything fails (a clash, a refused write), nothing. The file's
 * audit events are added without ids, in trail order, so this database numbers them after its own.
 */
export const loadProjectSnapshot = async (
  db: CaseweaveDatabase, snapshot: ProjectSnapshot, options: SnapshotLoadOptions,
): Promise<LoadedSnapshot> => {
  const fromFile = projectOf(snapshot);
  const { result } = await commitPlan(db, async () => {
    const local = await db.projects.get(fromFile.id);
    if (options.mode === 'new' && local !== undefined) throw new DataError('projectFiles.error.projectExists');
    if (options.mode === 'replace' && local === undefined) throw new DataError('projectFiles.error.projectMissing');
    const removal = options.mode === 'replace' ? await localProjectRemoval(db, fromFile.id) : {};
    if (options.mode === 'new' && options.freshIds !== true) await assertKeysFree(db, snapshot);
    const name = await freeProjectName(db, fromFile.name, fromFile.id);
    const project: Project = name === fromFile.name ? fromFile : { ...fromFile, name };
    const change = combineChanges(removal, projectPuts(snapshot, project), await newCoders(db, snapshotRows(snapshot, 'coders')));
    // Inside commit's transaction, like commit's own audit event: a ProjectChange keys its rows, and these have no key yet.
    await appendLoadedTrail(db, snapshotRows(snapshot, 'auditEvents'));
    const audit = options.repairAudit === undefined ? null : repairIntent(project.id, options.repairAudit);
    return { change, audit, result: { project, renamedFrom: name === fromFile.name ? null : fromFile.name } };
  });
  return result;
};
