// Answers the cascade's questions ("which rows refer to these keys?") from the database, through each
// dependent's index, inside commit's transaction. Every row it reads is remembered in `read`, so commit need not
// read the same rows again for the undo.
import type { DependentLookup } from '../../shared/project/cascade.ts';
import { keyOf } from '../../shared/project/entityRegistry.ts';
import type { Key, Row, TableName } from '../../shared/project/tableRows.ts';
import type { CaseweaveDatabase } from './database.ts';

/** Rows as stored, by table and key. */
export type RowsRead = Map<TableName, Map<Key, Row>>;

export const dexieLookup = (db: CaseweaveDatabase, read: RowsRead): DependentLookup => async (dependent, keys) => {
  const values = [...new Map(keys.map((key) => {
    const value = dependent.indexValue(key);
    return [JSON.stringify(value), value] as const;
  })).values()];
  const rows: Row[] = await db.table(dependent.table).where(dependent.index).anyOf(values).toArray();
  let byKey = read.get(dependent.table);
  if (byKey === undefined) {
    byKey = new Map();
    read.set(dependent.table, byKey);
  }
  for (const row of rows) byKey.set(keyOf(dependent.table, row), row);
  return rows;
};
