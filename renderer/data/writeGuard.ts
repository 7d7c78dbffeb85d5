// Keeps every write on the one write path: a Dexie middleware refuses any insert, update or delete whose
// transaction commit() did not open (schema upgrades excepted). A repository that writes on its own fails at
// once, in every test and in the app, instead of slipping past the audit trail, undo and the data events.
import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse } from 'dexie';

const committing = new WeakSet<object>();

/** Marks the transaction that is running now as commit's own; call inside commit's db.transaction(). */
export const markCommitTransaction = (): void => {
  const transaction = Dexie.currentTransaction;
  if (transaction?.idbtrans) committing.add(transaction.idbtrans);
};

export class WriteOutsideCommitError extends Error {
  constructor(table: string) {
    super(`A write to "${table}" bypassed commit(): every write goes through renderer/data/commit.ts.`);
    this.name = 'WriteOutsideCommitError';
  }
}

const allowed = (trans: object): boolean =>
  committing.has(trans) || (trans as Partial<IDBTransaction>).mode === 'versionchange';

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
            allowed(request.trans) ? table.mutate(request) : Promise.reject(new WriteOutsideCommitError(name)),
        };
      },
    }),
  });
};
