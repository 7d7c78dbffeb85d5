// Public entry of the export builders available so far: coded excerpts and their CSV and JSON files.
export * from './csvFormat.ts';
export * from './codedExcerpts.ts';
export * from './excerptsCsv.ts';
export * from './excerptsJson.ts';
export * from './excerptCounts.ts';
export * from './excerptQuote.ts';
export * from './citation.ts';
