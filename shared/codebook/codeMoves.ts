// Re-parenting and reordering codes (what drag-and-drop in the code tree does).
import type { Code } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { codingChange, outcomeOf, type CodingOutcome, type CodingSnapshot } from './codingSnapshot.ts';
import { CodebookError } from './codebookError.ts';
import { findCode } from './codeEdits.ts';
import { assertNameFreeUnder } from './codeNames.ts';
import { descendantIds, siblingsUnder } from './codeTree.ts';
import { renumberSiblings, resolveContext, type OperationContext } from './operationContext.ts';

/**
 * Moves a code (with everything below it) under `newParentId` (null = top level) at `index` among its new
 * siblings, counted without the moved code itself; default: last. Refuses a move under the code's own subtree
 * and a name that already exists at the destination.
 */
export const moveCode = (
  snapshot: CodingSnapshot,
  codeId: Id,
  newParentId: Id | null,
  index?: number,
  context?: OperationContext,
): CodingOutcome<{ code: Code }> => {
  const { now } = resolveContext(context);
  const code = findCode(snapshot, codeId);
  if (newParentId !== null) {
    findParent(snapshot, newParentId);
    if (newParentId === codeId || descendantIds(snapshot.codes, codeId).has(newParentId)) {
      throw new CodebookError('codebook.error.moveIntoOwnSubtree', { name: code.name });
    }
  }
  if (newParentId !== code.parentId) assertNameFreeUnder(snapshot.codes, newParentId, code.name, code.id);

  const putCodes: Code[] = [];
  const destination = siblingsUnder(snapshot.codes, newParentId).filter((sibling) => sibling.id !== codeId);
  const position = Math.max(0, Math.min(index ?? destination.length, destination.length));
  destination.splice(position, 0, code);
  putCodes.push(...renumberSiblings(destination, newParentId, now));
  if (newParentId !== code.parentId) {
    // Close the gap the code leaves behind among its old siblings.
    const left = siblingsUnder(snapshot.codes, code.parentId).filter((sibling) => sibling.id !== codeId);
    putCodes.push(...renumberSiblings(left, code.parentId, now));
  }
  const outcome = outcomeOf(snapshot, codingChange({ putCodes }), {});
  return { ...outcome, code: findCode(outcome.snapshot, codeId) };
};

const findParent = (snapshot: CodingSnapshot, parentId: Id): Code => {
  const parent = snapshot.codes.find((candidate) => candidate.id === parentId);
  if (parent === undefined) throw new CodebookError('codebook.error.parentNotFound');
  return parent;
};

/** Puts the children of `parentId` in the order given; `orderedIds` must list exactly the current children. */
export const reorderSiblings = (
  snapshot: CodingSnapshot,
  parentId: Id | null,
  orderedIds: readonly Id[],
  context?: OperationContext,
): CodingOutcome => {
  const { now } = resolveContext(context);
  if (parentId !== null) findParent(snapshot, parentId);
  const siblings = siblingsUnder(snapshot.codes, parentId);
  const byId = new Map(siblings.map((sibling) => [sibling.id, sibling]));
  const distinct = new Set(orderedIds);
  if (distinct.size !== orderedIds.length || orderedIds.length !== siblings.length || orderedIds.some((id) => !byId.has(id))) {
    throw new CodebookError('codebook.error.reorderMismatch');
  }
  const ordered = orderedIds.flatMap((id) => byId.get(id) ?? []);
  return outcomeOf(snapshot, codingChange({ putCodes: renumberSiblings(ordered, parentId, now) }), {});
};
