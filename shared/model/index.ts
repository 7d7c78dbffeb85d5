// The domain model of DESIGN.md, re-exported in one place.
export * from './ids.ts';
export * from './project.ts';
export * from './informant.ts';
export * from './source.ts';
export * from './codebook.ts';
export * from './audit.ts';
export * from './coder.ts';
