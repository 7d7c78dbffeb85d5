// Answers the cascade's questions ("which rows refer to these keys?") from the database, through each
// dependent's index, inside commit's transaction.
import type { DependentLookup } from '../../shared/project/cascade.ts';
import type { CaseweaveDatabase } from './database.ts';

export const dexieLookup = (db: CaseweaveDatabase): DependentLookup => async (dependent, keys) => {
  const values = [...new Map(keys.map((key) => {
    const value = dependent.indexValue(key);
    return [JSON.stringify(value), value] as const;
  })).values()];
  return db.table(dependent.table).where(dependent.index).anyOf(values).toArray();
};
