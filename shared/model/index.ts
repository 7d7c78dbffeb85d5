// The domain model of DESIGN.md, re-exported in one place.
export * from './ids.ts';
export * from './project.ts';
export * from './informant.ts';
export * from './source.ts';
export * from './code.ts';
export * from './coding.ts';
export * from './memo.ts';
export * from './audit.ts';
export * from './coder.ts';
export * from './richText.ts';
export * from './display.ts';
export * from './relation.ts';
export * from './summarySheet.ts';
export * from './conclusion.ts';
export * from './memberCheck.ts';
