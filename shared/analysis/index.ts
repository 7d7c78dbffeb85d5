// Public entry of the analysis rules every view, export and the CLI share: attribution, where an excerpt sits, the
// matrix builders and the computed displays.
export * from './attribution.ts';
export * from './excerptLocation.ts';
export * from './matrixTypes.ts';
export * from './matrixEvidence.ts';
export * from './matrixPeriods.ts';
export * from './matrixCellValue.ts';
export * from './codeMatrix.ts';
export * from './triangulationMatrix.ts';
export * from './cooccurrenceMatrix.ts';
export * from './displayView.ts';
export * from './displayDefaults.ts';
export * from './suggestRelations.ts';
export * from './viewQuotes.ts';
export * from './triangulation.ts';
export * from './conclusionEvidence.ts';
export * from './auditTrail.ts';
export * from './conclusionSummary.ts';
export * from './outliers.ts';
export * from './memberCheckTally.ts';
export * from './memberCheckTallyText.ts';
export * from './conclusionOverview.ts';
export * from './negativeEvidence.ts';
export * from './outlierExcerpts.ts';
