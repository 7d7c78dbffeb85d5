// The memo plans of the code-tree actions that remove records: which memos are deleted with them and which
// move to the record that survives (the target of a merge, the twin a coding collapsed into).
import type { CodebookChange, Codebook, MergeReport } from '../../shared/codebook/index.ts';
import type { Coding, Id, MemoTarget } from '../../shared/model/index.ts';
import { codeKey, codingKey, type MemoPlan } from './codebookMemos.ts';

/** Memos of removed codings (by target and by the coding's linked memo) are deleted with them. */
export const deletedCodingMemoPlan = (codebook: Codebook, codingIds: readonly Id[]): MemoPlan => {
  const wanted = new Set(codingIds);
  const deleteIds: Id[] = [];
  for (const coding of codebook.codings) if (wanted.has(coding.id) && coding.memoId !== null) deleteIds.push(coding.memoId);
  return { deleteKeys: codingIds.map(codingKey), deleteIds };
};

const segment = (coding: Coding, codeId: Id): string => `${codeId}\u0000${coding.sourceId}\u0000${coding.start}\u0000${coding.end}`;

/** Memos of absorbed codes move to the code that absorbed them; memos of collapsed codings to their kept twin. */
export const mergeMemoPlan = (before: Codebook, after: Codebook, change: CodebookChange, report: MergeReport): MemoPlan => {
  const retarget = new Map<string, MemoTarget>();
  const retargetIds = new Map<Id, MemoTarget>();
  for (const [from, into] of Object.entries(report.absorbedInto)) retarget.set(codeKey(from), { kind: 'code', id: into });
  if (change.deleteCodingIds.length > 0) {
    const dropped = new Set(change.deleteCodingIds);
    const receivers = new Set(Object.values(report.absorbedInto));
    const kept = new Map<string, Id>();
    for (const coding of after.codings) if (receivers.has(coding.codeId)) kept.set(segment(coding, coding.codeId), coding.id);
    for (const coding of before.codings) {
      if (!dropped.has(coding.id)) continue;
      const twin = kept.get(segment(coding, report.absorbedInto[coding.codeId] ?? coding.codeId));
      if (twin === undefined) continue;
      const target: MemoTarget = { kind: 'coding', id: twin };
      retarget.set(codingKey(coding.id), target);
      if (coding.memoId !== null) retargetIds.set(coding.memoId, target);
    }
  }
  return { retarget, retargetIds };
};

/** A coding recoded onto a code that already covered the passage collapses into that twin; its memos follow. */
export const recodeMemoPlan = (codebook: Codebook, codingId: Id, result: Coding): MemoPlan | undefined => {
  if (result.id === codingId) return undefined;
  const target: MemoTarget = { kind: 'coding', id: result.id };
  const old = codebook.codings.find((coding) => coding.id === codingId);
  const retargetIds = new Map<Id, MemoTarget>();
  if (old?.memoId) retargetIds.set(old.memoId, target);
  return { retarget: new Map([[codingKey(codingId), target]]), retargetIds };
};
