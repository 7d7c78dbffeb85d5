// A code's anchor example in the codebook: the coding the researcher chose for it while it still is one of the code's
// codings, else the code's first coding in source order (shared/codebook/codeAnchor.ts decides); none when the code
// is not applied. `chosen` lets the codebook say which it is.
import { anchorCodingOf, chosenAnchor } from '../codebook/codeAnchor.ts';
import type { Code, Coding } from '../model/index.ts';

export type CodebookAnchor = { coding: Coding; chosen: boolean };

/** `ownCodings`: the code's own codings in source order (codebookCodings.ts). */
export const anchorOf = (code: Code, ownCodings: readonly Coding[]): CodebookAnchor | null => {
  const coding = anchorCodingOf(code, ownCodings);
  return coding === null ? null : { coding, chosen: chosenAnchor(code, ownCodings) !== null };
};
