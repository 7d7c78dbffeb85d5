// Deleting a code together with its sub-codes and all their codings; the impact is counted for the confirmation.
import type { Id } from '../model/ids.ts';
import { codingChange, outcomeOf, type CodingOutcome, type CodingSnapshot } from './codingSnapshot.ts';
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
  /** Ids of the deleted codes (memos on them can be found by target key "code:<id>"). */
  codeIds: Id[];
};

/** What deleting `codeId` would remove; shown in the confirmation before anything changes. */
export const deleteCodeImpact = (snapshot: CodingSnapshot, codeId: Id): DeleteImpact => {
  findCode(snapshot, codeId);
  const ids = subtreeIds(snapshot.codes, codeId);
  const codings = snapshot.codings.filter((coding) => ids.has(coding.codeId));
  return {
    codeCount: ids.size,
    subCodeCount: ids.size - 1,
    codingCount: codings.length,
    sourceCount: new Set(codings.map((coding) => coding.sourceId)).size,
    codeIds: [...ids],
  };
};

export const deleteCode = (snapshot: CodingSnapshot, codeId: Id, context?: OperationContext): CodingOutcome<{ impact: DeleteImpact }> => {
  const { now } = resolveContext(context);
  const code = findCode(snapshot, codeId);
  const impact = deleteCodeImpact(snapshot, codeId);
  const ids = new Set(impact.codeIds);
  const left = siblingsUnder(snapshot.codes, code.parentId).filter((sibling) => sibling.id !== codeId);
  const change = codingChange({
    deleteCodeIds: impact.codeIds,
    deleteCodingIds: snapshot.codings.filter((coding) => ids.has(coding.codeId)).map((coding) => coding.id),
    putCodes: renumberSiblings(left, code.parentId, now),
  });
  return outcomeOf(snapshot, change, { impact });
};
