// Public entry of the codebook logic: the code tree and pure operations over a CodingSnapshot that return
// project changes and their undo.
export * from './codingSnapshot.ts';
export * from './codebookError.ts';
export * from './codeNames.ts';
export * from './codeColors.ts';
export * from './codeTree.ts';
export * from './operationContext.ts';
export * from './codeEdits.ts';
export * from './codeMoves.ts';
export * from './mergeCodes.ts';
export * from './deleteCode.ts';
export * from './codingEdits.ts';
export * from './memoRetargets.ts';
export * from './evidenceRetargets.ts';
export * from './codeAnchor.ts';
