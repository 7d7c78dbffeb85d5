// Public entry of text-correction logic: edits, offset mapping, text diffs, whole-source corrections and grapheme
// clusters (a coding never splits one).
export * from './textEdit.ts';
export * from './offsetMapping.ts';
export * from './textDiff.ts';
export * from './sourceCorrection.ts';
export * from './textUnits.ts';
export * from './graphemes.ts';
export * from './transcriptBlocks.ts';
