// Public entry of the codebook logic: pure operations over { codes, codings } returning changes and their undo.
export * from './codebookChange.ts';
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
