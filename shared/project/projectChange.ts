// A ProjectChange: the rows one user action puts and the keys it deletes, per table. It is the one thing every
// write hands to the data layer's commit, the thing undo inverts and redo replays, and (later) what sync ships.
// Applying it means, per table: delete the listed keys, then put the listed rows. A key is never both deleted and
// put in one table.
import { keyOf } from './entityRegistry.ts';
import type { Key, TableName, TableRows } from './tableRows.ts';

export type TableChange<T extends TableName> = { put: TableRows[T][]; delete: Key[] };

export type ProjectChange = { [T in TableName]?: TableChange<T> };

/** Reads the row a table holds under a key before the change (undefined: none). */
export type RowsBefore = <T extends TableName>(table: T, key: Key) => TableRows[T] | undefined;

export const emptyChange = (): ProjectChange => ({});

/** The tables a change writes to, in the order its entries were added. */
export const changedTables = (change: ProjectChange): TableName[] =>
  (Object.keys(change) as TableName[]).filter((table) => {
    const part = change[table];
    return part !== undefined && (part.put.length > 0 || part.delete.length > 0);
  });

export const isEmptyChange = (change: ProjectChange): boolean => changedTables(change).length === 0;

export const putsOf = <T extends TableName>(change: ProjectChange, table: T): readonly TableRows[T][] =>
  (change[table] as TableChange<T> | undefined)?.put ?? [];

export const deletesOf = (change: ProjectChange, table: TableName): readonly Key[] => change[table]?.delete ?? [];

/** A change with one table's puts and deletes (the common case of a single-table write). */
export const tableChange = <T extends TableName>(table: T, put: TableRows[T][], deleted: Key[] = []): ProjectChange =>
  ({ [table]: { put, delete: deleted } satisfies TableChange<T> }) as ProjectChange;

type Entry<T extends TableName> = { row: TableRows[T] } | null;

/** Joins changes made one after the other into one; for each key the last write wins. */
export const combineChanges = (...changes: readonly ProjectChange[]): ProjectChange => {
  const tables = new Map<TableName, Map<Key, Entry<TableName>>>();
  for (const change of changes) {
    for (const table of changedTables(change)) {
      let entries = tables.get(table);
      if (entries === undefined) {
        entries = new Map();
        tables.set(table, entries);
      }
      for (const key of deletesOf(change, table)) {
        entries.delete(key);
        entries.set(key, null);
      }
      for (const row of putsOf(change, table)) {
        const key = keyOf(table, row);
        entries.delete(key);
        entries.set(key, { row });
      }
    }
  }
  const result: Record<string, TableChange<TableName>> = {};
  for (const [table, entries] of tables) {
    const part: TableChange<TableName> = { put: [], delete: [] };
    for (const [key, entry] of entries) {
      if (entry === null) part.delete.push(key);
      else part.put.push(entry.row);
    }
    result[table] = part;
  }
  return result as ProjectChange;
};

/**
 * The change that takes the state after `change` back to the state before it, given the rows as they were
 * before: deleted rows come back, replaced rows get their old version, new rows go.
 */
export const invertChange = (change: ProjectChange, before: RowsBefore): ProjectChange => {
  const result: Record<string, TableChange<TableName>> = {};
  for (const table of changedTables(change)) {
    const part: TableChange<TableName> = { put: [], delete: [] };
    const seen = new Set<Key>();
    for (const key of deletesOf(change, table)) {
      seen.add(key);
      const old = before(table, key);
      if (old !== undefined) part.put.push(old);
    }
    for (const row of putsOf(change, table)) {
      const key = keyOf(table, row);
      if (seen.has(key)) continue;
      seen.add(key);
      const old = before(table, key);
      if (old === undefined) part.delete.push(key);
      else part.put.push(old);
    }
    if (part.put.length > 0 || part.delete.length > 0) result[table] = part;
  }
  return result as ProjectChange;
};

/** Applies one table's part of a change to rows held in memory, exactly as commit applies it to the database. */
export const applyTableChange = <T extends TableName>(table: T, rows: TableRows[T][], change: ProjectChange): TableRows[T][] => {
  const deleted = deletesOf(change, table);
  const puts = putsOf(change, table);
  if (deleted.length === 0 && puts.length === 0) return rows;
  const gone = new Set(deleted);
  const replacements = new Map(puts.map((row) => [keyOf(table, row), row]));
  const result: TableRows[T][] = [];
  for (const row of rows) {
    const key = keyOf(table, row);
    if (gone.has(key)) continue;
    const replacement = replacements.get(key);
    if (replacement === undefined) {
      result.push(row);
    } else {
      result.push(replacement);
      replacements.delete(key);
    }
  }
  // Rows that did not exist before are appended in the order the change lists them.
  for (const row of replacements.values()) result.push(row);
  return result;
};

/** The keys a change touches in one table (deleted or put). */
export const touchedKeys = (change: ProjectChange, table: TableName): Set<Key> => {
  const keys = new Set<Key>(deletesOf(change, table));
  for (const row of putsOf(change, table)) keys.add(keyOf(table, row));
  return keys;
};

/**
 * invertChange against rows held in memory (pure operations, tests). Each table is scanned once for the rows the
 * change touches only, so inverting one coding against 40,000 costs one pass and no index.
 */
export const invertChangeIn = (change: ProjectChange, tables: { readonly [T in TableName]?: readonly TableRows[T][] }): ProjectChange => {
  const found = new Map<TableName, Map<Key, unknown>>();
  for (const table of changedTables(change)) {
    const wanted = touchedKeys(change, table);
    const rows = new Map<Key, unknown>();
    for (const row of tables[table] ?? []) {
      const key = keyOf(table, row as TableRows[typeof table]);
      if (wanted.has(key)) rows.set(key, row);
    }
    found.set(table, rows);
  }
  return invertChange(change, <T extends TableName>(table: T, key: Key) => found.get(table)?.get(key) as TableRows[T] | undefined);
};
