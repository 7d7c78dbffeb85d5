// Memos that move with their record when a code-tree action replaces it: memos on a merged code move to the code
// that absorbed it, memos on a coding that collapsed into a twin (merge, recode) move to that twin. Memos on
// records that are simply deleted are not here: the entity registry's cascade deletes them.
import { memoTargetKey, type Coding, type Memo, type MemoTarget } from '../model/index.ts';
import type { Id, IsoInstant } from '../model/ids.ts';
import type { MergeReport } from './mergeCodes.ts';

/** Target key of the old record → the target its memos move to. */
export type MemoRetargets = ReadonlyMap<string, MemoTarget>;

export const mergeRetargets = (report: MergeReport): MemoRetargets => {
  const moves = new Map<string, MemoTarget>();
  for (const [from, into] of Object.entries(report.absorbedInto)) moves.set(memoTargetKey({ kind: 'code', id: from }), { kind: 'code', id: into });
  for (const [from, twin] of Object.entries(report.collapsedInto)) moves.set(memoTargetKey({ kind: 'coding', id: from }), { kind: 'coding', id: twin });
  return moves;
};

/** A recoded coding that collapsed into the twin `result` hands its memos over; otherwise nothing moves. */
export const recodeRetargets = (codingId: Id, result: Coding): MemoRetargets =>
  result.id === codingId ? new Map() : new Map([[memoTargetKey({ kind: 'coding', id: codingId }), { kind: 'coding', id: result.id }]]);

/** The memos that move, with their new target. */
export const retargetMemos = (memos: readonly Memo[], moves: MemoRetargets, now: IsoInstant): Memo[] =>
  memos.flatMap((memo) => {
    const target = moves.get(memo.targetKey);
    return target === undefined ? [] : [{ ...memo, target, targetKey: memoTargetKey(target), updatedAt: now }];
  });
