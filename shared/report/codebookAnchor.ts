// A code's anchor example in the codebook: the coding the researcher chose for it, while that coding still exists
// and still carries the code; else the code's first coding in source order; none when the code is not applied.
import type { Code, Coding, Id } from '../model/index.ts';

export type CodebookAnchor = { coding: Coding; chosen: boolean };

/**
 * The researcher's chosen anchor coding. `Code.anchorCodingId` is added on another branch (issue 11); until it is
 * merged the field is read here, and only here, without its type. The lead tidies this at merge.
 */
export const chosenAnchorCodingId = (code: Code): Id | null =>
  (code as { anchorCodingId?: string | null }).anchorCodingId ?? null;

/** `ownCodings`: the code's own codings in source order (codebookCodings.ts). */
export const anchorOf = (code: Code, ownCodings: readonly Coding[]): CodebookAnchor | null => {
  const chosenId = chosenAnchorCodingId(code);
  const chosen = chosenId === null ? undefined : ownCodings.find((coding) => coding.id === chosenId && coding.codeId === code.id);
  if (chosen !== undefined) return { coding: chosen, chosen: true };
  const first = ownCodings[0];
  return first === undefined ? null : { coding: first, chosen: false };
};
