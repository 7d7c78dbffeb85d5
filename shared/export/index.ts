// Public entry of the export builders available so far: coded excerpts and their CSV, JSON, Markdown and XLSX files (the Word file, which loads docx, from excerptsDocx.ts), code matrices as CSV, TSV and XLSX.
export * from './csvFormat.ts';
export * from './codedExcerpts.ts';
export * from './excerptsCsv.ts';
export * from './excerptsJson.ts';
export * from './excerptsMarkdown.ts';
export * from './excerptsXlsx.ts';
export * from './excerptGroups.ts';
export * from './excerptCounts.ts';
export * from './excerptQuote.ts';
export * from './citation.ts';
export * from './matrixCsv.ts';
export * from './matrixExcerpts.ts';
export * from './matrixXlsx.ts';
export * from './matrixViewHeader.ts';
export * from './matrixViewTable.ts';
export * from './matrixViewExcerpts.ts';
export * from './matrixViewXlsx.ts';
