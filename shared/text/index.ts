// Public entry of text-correction logic: edits, offset mapping, text diffs and whole-source corrections.
export * from './textEdit.ts';
export * from './offsetMapping.ts';
export * from './textDiff.ts';
export * from './sourceCorrection.ts';
export * from './textUnits.ts';
export * from './transcriptBlocks.ts';
