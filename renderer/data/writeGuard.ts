// Keeps every write on the one write path: a Dexie middleware refuses any insert, update or delete whose
// transaction commit() did not open (schema upgrades excepted). A repository that writes on its own fails at
// once, in every test and in the app, instead of slipping past the audit trail, undo and the data events.
// The one other sanctioned path: derived caches (derivedCaches.ts), which are not project data, written by
// writeDerivedCache in a transaction of their own that may touch those cache tables and nothing else.
import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse } from 'dexie';

const committing = new WeakSet<object>();
/** Transactions opened by writeDerivedCache, with the cache tables each may write. */
const cacheWriting = new WeakMap<object, ReadonlySet<string>>();

/** Marks the transaction that is running now as commit's own; call inside commit's db.transaction(). */
export const markCommitTransaction = (): void => {
  const transaction = Dexie.currentTransaction;
  if (transaction?.idbtrans) committing.add(transaction.idbtrans);
};

/** Marks the running transaction as a derived-cache write that may change only `tables` (writeDerivedCache's own). */
export const markDerivedCacheTransaction = (tables: readonly string[]): void => {
  const transaction = Dexie.currentTransaction;
  if (transaction?.idbtrans) cacheWriting.set(transaction.idbtrans, new Set(tables));
};

export class WriteOutsideCommitError extends Error {
  constructor(table: string) {
    super(`A write to "${table}" bypassed commit(): every write goes through renderer/data/commit.ts.`);
    this.name = 'WriteOutsideCommitError';
  }
}

const allowed = (trans: object, table: string): boolean =>
  committing.has(trans) || (trans as Partial<IDBTransaction>).mode === 'versionchange' || cacheWriting.get(trans)?.has(table) === true;

export const guardWrites = (db: Dexie): void => {
  db.use({
    stack: 'dbcore',
    name: 'caseweave-write-guard',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> =>
            allowed(request.trans, name) ? table.mutate(request) : Promise.reject(new WriteOutsideCommitError(name)),
        };
      },
    }),
  });
};
