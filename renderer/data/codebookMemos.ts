// Which memos go with a codebook action: memos of deleted codes and codings are deleted with them (and put
// back by undo); memos of a merged code or of a coding collapsed into a twin move to the surviving record.
import { memoTargetKey, nowIso, type Id, type Memo, type MemoTarget } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from './database.ts';
import type { MemoStep } from './codebookWrites.ts';

export type MemoPlan = {
  /** Target keys ("code:<id>", "coding:<id>") whose memos are deleted. */
  deleteKeys?: readonly string[];
  /** Memo ids deleted wherever they point (coding.memoId links). */
  deleteIds?: readonly Id[];
  /** Target key → new target, for memos that move with their record. */
  retarget?: ReadonlyMap<string, MemoTarget>;
  /** Memo id → new target (a coding's linked memo that moves to the twin coding). */
  retargetIds?: ReadonlyMap<Id, MemoTarget>;
};

/** Reads the memos the plan touches (inside the caller's transaction) and returns their writes and undo. */
export const planMemoStep = async (db: CaseweaveDatabase, projectId: Id, plan: MemoPlan): Promise<MemoStep> => {
  const keys = [...(plan.deleteKeys ?? []), ...(plan.retarget?.keys() ?? [])];
  const ids = [...(plan.deleteIds ?? []), ...(plan.retargetIds?.keys() ?? [])];
  const found = new Map<Id, Memo>();
  if (keys.length > 0) {
    const byKey = await db.memos.where('[projectId+targetKey]').anyOf(keys.map((key) => [projectId, key])).toArray();
    for (const memo of byKey) found.set(memo.id, memo);
  }
  if (ids.length > 0) for (const memo of await db.memos.bulkGet(ids)) if (memo && memo.projectId === projectId) found.set(memo.id, memo);

  const deleteKeys = new Set(plan.deleteKeys ?? []);
  const deleteIds = new Set(plan.deleteIds ?? []);
  const step: MemoStep = { change: { putMemos: [], deleteMemoIds: [] }, undo: { putMemos: [], deleteMemoIds: [] } };
  const now = nowIso();
  for (const memo of found.values()) {
    step.undo.putMemos.push(memo);
    if (deleteIds.has(memo.id) || deleteKeys.has(memo.targetKey)) {
      step.change.deleteMemoIds.push(memo.id);
      continue;
    }
    const target = plan.retargetIds?.get(memo.id) ?? plan.retarget?.get(memo.targetKey);
    if (target === undefined) {
      step.undo.putMemos.pop();
      continue;
    }
    step.change.putMemos.push({ ...memo, target, targetKey: memoTargetKey(target), updatedAt: now });
  }
  return step;
};

export const codeKey = (id: Id): string => memoTargetKey({ kind: 'code', id });
export const codingKey = (id: Id): string => memoTargetKey({ kind: 'coding', id });
