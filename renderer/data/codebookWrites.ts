// Persisting codebook changes: one Dexie read-write transaction writes a CodebookChange (deletes, then puts),
// the memo writes that go with it and an audit event, plus any extra writes of the caller (a correction's text).
import type { Table } from 'dexie';
import type { CodebookChange } from '../../shared/codebook/index.ts';
import { isEmptyChange } from '../../shared/codebook/index.ts';
import { nowIso, type Id, type Memo } from '../../shared/model/index.ts';
import { auditTables, recordChange, type AuditEntry } from './audit.ts';
import type { CaseweaveDatabase } from './database.ts';

/** Memo writes: delete the ids, then put the records. */
export type MemoChange = { putMemos: Memo[]; deleteMemoIds: Id[] };

/** A memo change and the change that takes the memos back to how they were. */
export type MemoStep = { change: MemoChange; undo: MemoChange };

export type CodebookAudit = Pick<AuditEntry, 'action' | 'objectType' | 'objectId' | 'detail'>;

export type CodebookWrite = {
  projectId: Id;
  change: CodebookChange;
  /** Memo writes known up front (undo and redo replay what the first run recorded). */
  memos?: MemoChange;
  /** Memo writes worked out inside the transaction from the stored memos (first run of an action). */
  planMemos?: () => Promise<MemoStep>;
  audit: CodebookAudit;
  /** Further tables and writes that must commit with the change (e.g. a corrected source text). */
  extraTables?: readonly Table[];
  extraWrites?: () => Promise<void>;
};

export const emptyMemoChange = (): MemoChange => ({ putMemos: [], deleteMemoIds: [] });

export const isEmptyMemoChange = (change: MemoChange): boolean => change.putMemos.length === 0 && change.deleteMemoIds.length === 0;

export const codebookTables = (db: CaseweaveDatabase): Table[] => [db.codes, db.codings, db.memos, ...auditTables(db)];

/** Deletes then puts; also used by restores that are not codebook actions (they share the order rule). */
export const writeCodebookChange = async (db: CaseweaveDatabase, change: CodebookChange): Promise<void> => {
  if (change.deleteCodingIds.length > 0) await db.codings.bulkDelete(change.deleteCodingIds);
  if (change.deleteCodeIds.length > 0) await db.codes.bulkDelete(change.deleteCodeIds);
  if (change.putCodes.length > 0) await db.codes.bulkPut(change.putCodes);
  if (change.putCodings.length > 0) await db.codings.bulkPut(change.putCodings);
};

export const writeMemoChange = async (db: CaseweaveDatabase, change: MemoChange): Promise<void> => {
  if (change.deleteMemoIds.length > 0) await db.memos.bulkDelete(change.deleteMemoIds);
  if (change.putMemos.length > 0) await db.memos.bulkPut(change.putMemos);
};

/**
 * Writes everything of one user action in ONE transaction and returns the memo step it applied (empty when
 * none). Throws (and writes nothing) when any part fails.
 */
export const persistCodebookWrite = async (db: CaseweaveDatabase, write: CodebookWrite): Promise<MemoStep> => {
  const tables = [...codebookTables(db), ...(write.extraTables ?? [])];
  return db.transaction('rw', tables, async () => {
    let memos: MemoStep = { change: write.memos ?? emptyMemoChange(), undo: emptyMemoChange() };
    if (write.planMemos) memos = await write.planMemos();
    await writeCodebookChange(db, write.change);
    await writeMemoChange(db, memos.change);
    if (write.extraWrites) await write.extraWrites();
    const touched = !isEmptyChange(write.change) || !isEmptyMemoChange(memos.change) || write.extraWrites !== undefined;
    if (touched) await recordChange(db, { projectId: write.projectId, ...write.audit, at: nowIso() });
    return memos;
  });
};
