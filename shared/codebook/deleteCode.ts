// Deleting a code together with its sub-codes and all their codings; the impact is counted for the confirmation.
import type { Id } from '../model/ids.ts';
import { commitChange, emptyChange, type Codebook, type CodebookOutcome } from './codebookChange.ts';
import { findCode } from './codeEdits.ts';
import { siblingsUnder, subtreeIds } from './codeTree.ts';
import { renumberSiblings, resolveContext, type OperationContext } from './operationContext.ts';

export type DeleteImpact = {
  /** The code itself plus its sub-codes at every depth. */
  codeCount: number;
  subCodeCount: number;
  codingCount: number;
  /** Distinct sources that lose at least one coding. */
  sourceCount: number;
  /** Memos attached to the codings that go (the data layer decides whether they go too). */
  codingMemoIds: Id[];
  /** Ids of the deleted codes (memos on them can be found by target key "code:<id>"). */
  codeIds: Id[];
};

/** What deleting `codeId` would remove; shown in the confirmation before anything changes. */
export const deleteCodeImpact = (codebook: Codebook, codeId: Id): DeleteImpact => {
  findCode(codebook, codeId);
  const ids = subtreeIds(codebook.codes, codeId);
  const codings = codebook.codings.filter((coding) => ids.has(coding.codeId));
  return {
    codeCount: ids.size,
    subCodeCount: ids.size - 1,
    codingCount: codings.length,
    sourceCount: new Set(codings.map((coding) => coding.sourceId)).size,
    codingMemoIds: codings.flatMap((coding) => (coding.memoId === null ? [] : [coding.memoId])),
    codeIds: [...ids],
  };
};

export const deleteCode = (codebook: Codebook, codeId: Id, context?: OperationContext): CodebookOutcome<{ impact: DeleteImpact }> => {
  const { now } = resolveContext(context);
  const code = findCode(codebook, codeId);
  const impact = deleteCodeImpact(codebook, codeId);
  const ids = new Set(impact.codeIds);
  const change = emptyChange();
  change.deleteCodeIds = impact.codeIds;
  change.deleteCodingIds = codebook.codings.filter((coding) => ids.has(coding.codeId)).map((coding) => coding.id);
  const left = siblingsUnder(codebook.codes, code.parentId).filter((sibling) => sibling.id !== codeId);
  change.putCodes = renumberSiblings(left, code.parentId, now);
  return commitChange(codebook, change, { impact });
};
