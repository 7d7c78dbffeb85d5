// Types of scripts/test-reports.mjs for its unit test.
export type SuiteCounts = { passed: number; failed: number; skipped: string[]; flaky: string[] };
export declare const countVitestReport: (report: unknown, root?: string) => SuiteCounts;
export declare const countPlaywrightReport: (report: unknown) => SuiteCounts;
export declare const closingLines: (totals: SuiteCounts) => string[];
