// What deleting a row would take with it, counted before the user confirms ("and its 12 codings and 3 memos"):
// the registry's cascade worked out on a read of the database, the same one commit would write.
import { completeCascades } from '../../shared/project/cascade.ts';
import { TABLE_NAMES } from '../../shared/project/entityRegistry.ts';
import { deletesOf, tableChange } from '../../shared/project/projectChange.ts';
import type { TableName } from '../../shared/project/tableRows.ts';
import type { Id } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from './database.ts';
import { dexieLookup } from './dexieLookup.ts';

/** Rows per table that deleting `id` of `table` would delete besides that row (tables with none are left out). */
export type DeletionImpact = Partial<Record<TableName, number>>;

export const deletionImpact = async (db: CaseweaveDatabase, table: TableName, id: Id): Promise<DeletionImpact> =>
  db.transaction('r', TABLE_NAMES.map((name) => db.table(name)), async () => {
    const change = await completeCascades(tableChange(table, [], [id]), dexieLookup(db, new Map()));
    const impact: DeletionImpact = {};
    for (const name of TABLE_NAMES) {
      const count = deletesOf(change, name).filter((key) => name !== table || key !== id).length;
      if (count > 0) impact[name] = count;
    }
    return impact;
  });
