// Completing a change with what its deletions cascade to, following the registry's dependents: rows that refer to
// a deleted row are deleted too or unlinked from it, level by level (a code's sub-codes, their codings, the memos
// on those). The rows are found through `lookup`, which the data layer answers from the database inside the
// writing transaction and tests answer from rows held in memory.
import { ENTITY_REGISTRY, keyOf, type Dependent } from './entityRegistry.ts';
import { changedTables, deletesOf, putsOf, type ProjectChange, type TableChange } from './projectChange.ts';
import type { Key, Row, TableName, TableRows } from './tableRows.ts';

/** The rows of `dependent.table` whose `dependent.index` holds the index value of any of `keys`. */
export type DependentLookup = (dependent: Dependent, keys: readonly Key[]) => Promise<readonly Row[]> | readonly Row[];

type Pending = { table: TableName; keys: Key[] };

class CascadeState {
  readonly deleted = new Map<TableName, Set<Key>>();
  readonly puts = new Map<TableName, Map<Key, Row>>();
  readonly order: TableName[] = [];

  constructor(change: ProjectChange) {
    for (const table of changedTables(change)) {
      for (const key of deletesOf(change, table)) this.delete(table, key);
      for (const row of putsOf(change, table)) this.put(table, row);
    }
  }

  private touch(table: TableName): void {
    if (!this.deleted.has(table)) {
      this.deleted.set(table, new Set());
      this.puts.set(table, new Map());
      this.order.push(table);
    }
  }

  isDeleted(table: TableName, key: Key): boolean {
    return this.deleted.get(table)?.has(key) ?? false;
  }

  /** The row as the change leaves it: its put version when the change writes it, else the stored one. */
  current(table: TableName, row: Row): Row {
    return this.puts.get(table)?.get(keyOf(table, row)) ?? row;
  }

  delete(table: TableName, key: Key): void {
    this.touch(table);
    this.puts.get(table)?.delete(key);
    this.deleted.get(table)?.add(key);
  }

  put(table: TableName, row: Row): void {
    this.touch(table);
    this.puts.get(table)?.set(keyOf(table, row as TableRows[typeof table]), row);
  }

  toChange(): ProjectChange {
    const result: Record<string, TableChange<TableName>> = {};
    for (const table of this.order) {
      const put = [...(this.puts.get(table)?.values() ?? [])];
      const deleted = [...(this.deleted.get(table) ?? [])];
      if (put.length > 0 || deleted.length > 0) result[table] = { put, delete: deleted };
    }
    return result as ProjectChange;
  }
}

/**
 * Returns `change` completed with every cascade of its deletions. Rows the change itself already writes are taken
 * as the change leaves them: a memo the change moves to another target no longer refers to the deleted row and is
 * kept. Deleting a whole project deletes its rows table by table without looking at each row's references.
 */
export const completeCascades = async (change: ProjectChange, lookup: DependentLookup): Promise<ProjectChange> => {
  const state = new CascadeState(change);
  const queue: Pending[] = changedTables(change)
    .map((table) => ({ table, keys: [...deletesOf(change, table)] }))
    .filter((pending) => pending.keys.length > 0);
  const wholeTables = new Set<TableName>();
  if (queue.length === 0) return change;
  for (let next = 0; next < queue.length; next += 1) {
    const { table, keys } = queue[next];
    const deletedKeys = new Set(keys);
    for (const dependent of ENTITY_REGISTRY[table].dependents) {
      if (wholeTables.has(dependent.table)) continue;
      const found = await lookup(dependent, keys);
      const cascaded: Key[] = [];
      for (const stored of found) {
        const key = keyOf(dependent.table, stored as TableRows[typeof dependent.table]);
        if (state.isDeleted(dependent.table, key)) continue;
        const row = state.current(dependent.table, stored);
        if (!dependent.refersTo(row, deletedKeys)) continue;
        if (dependent.onDelete === 'delete') {
          state.delete(dependent.table, key);
          cascaded.push(key);
        } else {
          state.put(dependent.table, dependent.onDelete.unlink(row, deletedKeys));
        }
      }
      if (dependent.wholeProject) wholeTables.add(dependent.table);
      if (cascaded.length > 0) queue.push({ table: dependent.table, keys: cascaded });
    }
  }
  return state.toChange();
};

/** A lookup over rows held in memory, for pure callers and tests. */
export const lookupIn = (tables: { readonly [T in TableName]?: readonly TableRows[T][] }): DependentLookup => (dependent, keys) => {
  const wanted = new Set(keys.map((key) => JSON.stringify(dependent.indexValue(key))));
  const rows = (tables[dependent.table] ?? []) as readonly Row[];
  return rows.filter((row) => indexValuesOf(row, dependent.index).some((value) => wanted.has(JSON.stringify(value))));
};

/** The values an index holds for a row: the field's value, or each entry of an array field (a multi-entry index). */
const indexValuesOf = (row: Row, index: string): unknown[] => {
  const value = (row as Record<string, unknown>)[index];
  return Array.isArray(value) ? value : [value];
};
