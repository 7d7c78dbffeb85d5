// The per-code counts above a retrieval in code-tree order (parents before their sub-codes, siblings in their
// order), the way researchers read a codebook, rather than sorted by size.
import type { Id } from '../../../shared/model/index.ts';

export type CodeCount = { codeId: Id; count: number };

/** `byCode` in the order of `treeOrder` (code ids in tree order); ids missing from the tree come last. */
export const codeCountsInTreeOrder = (byCode: ReadonlyMap<Id, number>, treeOrder: readonly Id[]): CodeCount[] => {
  const ordered: CodeCount[] = [];
  const seen = new Set<Id>();
  for (const codeId of treeOrder) {
    const count = byCode.get(codeId);
    if (count === undefined || seen.has(codeId)) continue;
    seen.add(codeId);
    ordered.push({ codeId, count });
  }
  for (const [codeId, count] of byCode) if (!seen.has(codeId)) ordered.push({ codeId, count });
  return ordered;
};
