// A code's anchor example (issue 11, point 2): the coding the researcher chose as the quote the codebook shows for
// the code, else its first. An anchor naming a coding that is gone or was recoded to another code counts as none;
// deleting the coding clears it in the same commit (the entity registry's cascade).
import type { Code, Coding } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { codingChange, outcomeOf, type CodingOutcome, type CodingSnapshot } from './codingSnapshot.ts';
import { CodebookError } from './codebookError.ts';
import { findCode } from './codeEdits.ts';
import { resolveContext, type OperationContext } from './operationContext.ts';

/** The code's chosen anchor when it still is one of the code's codings, else null. */
export const chosenAnchor = (code: Pick<Code, 'id' | 'anchorCodingId'>, codings: readonly Coding[]): Coding | null => {
  const anchorId = code.anchorCodingId ?? null;
  if (anchorId === null) return null;
  return codings.find((coding) => coding.id === anchorId && coding.codeId === code.id) ?? null;
};

/**
 * The coding whose quote stands for the code: the chosen anchor, else the first of its codings in `codings`' order
 * (the caller orders them, e.g. by source and position), else null.
 */
export const anchorCodingOf = (code: Pick<Code, 'id' | 'anchorCodingId'>, codings: readonly Coding[]): Coding | null =>
  chosenAnchor(code, codings) ?? codings.find((coding) => coding.codeId === code.id) ?? null;

/** Chooses `codingId` (one of the code's codings) as the code's anchor example, or clears the choice with null. */
export const setCodeAnchor = (
  snapshot: CodingSnapshot,
  codeId: Id,
  codingId: Id | null,
  context?: OperationContext,
): CodingOutcome<{ code: Code }> => {
  const { now } = resolveContext(context);
  const code = findCode(snapshot, codeId);
  if (codingId !== null && !snapshot.codings.some((coding) => coding.id === codingId && coding.codeId === codeId)) {
    throw new CodebookError('codebook.error.anchorNotOfCode');
  }
  if ((code.anchorCodingId ?? null) === codingId) return outcomeOf(snapshot, codingChange({}), { code });
  const updated: Code = { ...code, anchorCodingId: codingId, updatedAt: now };
  return outcomeOf(snapshot, codingChange({ putCodes: [updated] }), { code: updated });
};
