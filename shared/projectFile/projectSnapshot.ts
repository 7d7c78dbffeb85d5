// A project snapshot: every row of one project, table by table, as the `.caseweave` file carries it and as the
// data layer reads it out of (and loads it into) the database. The tables are the entity registry's project-file
// tables (projectFileTables()), so a table a later issue adds travels without a list kept by hand.
import type { Id } from '../model/index.ts';
import { projectFileTables } from '../project/entityRegistry.ts';
import type { TableName, TableRows } from '../project/tableRows.ts';

/** Rows per table; a table with no rows is an empty list, never missing. Audit events are in trail order. */
export type SnapshotTables = { [T in TableName]?: TableRows[T][] };

export type ProjectSnapshot = {
  projectId: Id;
  tables: SnapshotTables;
};

/** The rows of one table of a snapshot (empty when the snapshot has none). */
export const snapshotRows = <T extends TableName>(snapshot: ProjectSnapshot, table: T): TableRows[T][] =>
  (snapshot.tables[table] as TableRows[T][] | undefined) ?? [];

/** A snapshot with every project-file table present (empty where it has no rows). */
export const completeSnapshot = (snapshot: ProjectSnapshot): ProjectSnapshot => ({
  projectId: snapshot.projectId,
  tables: Object.fromEntries(projectFileTables().map((table) => [table, snapshotRows(snapshot, table)])) as SnapshotTables,
});
