// Every row of every table of a test database, for asserting that a refused or failed operation wrote nothing.
import { TABLE_NAMES } from '../../../shared/project/entityRegistry.ts';
import type { TableName, TableRows } from '../../../shared/project/tableRows.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';

export type DatabaseDump = { [T in TableName]: TableRows[T][] };

export const dumpDatabase = async (db: CaseweaveDatabase): Promise<DatabaseDump> => {
  const dump: Record<string, unknown[]> = {};
  for (const table of TABLE_NAMES) dump[table] = await db.table(table).toArray();
  return dump as DatabaseDump;
};
