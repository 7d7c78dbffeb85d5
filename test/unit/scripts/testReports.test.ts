// How `npm test` reads the vitest and Playwright JSON reports: flaky tests count as passed but are named, skipped
// ones count as failed and are named, a file that failed to load still counts, and the last line keeps its form.
import { describe, expect, it } from 'vitest';
import { closingLines, countPlaywrightReport, countVitestReport } from '../../../scripts/test-reports.mjs';

const spec = (title: string, ...statuses: string[]) => ({ title, tests: statuses.map((status) => ({ projectName: '', status })) });

const playwrightReport = {
  stats: { expected: 3, unexpected: 1, flaky: 2, skipped: 1 },
  suites: [
    {
      title: 'codes.spec.ts',
      specs: [spec('renames a code', 'expected'), spec('merges codes', 'flaky')],
      suites: [{ title: 'drag and drop', specs: [spec('moves a code under another', 'flaky'), spec('reorders', 'unexpected')] }],
    },
    { title: 'search.spec.ts', specs: [spec('finds a phrase', 'expected'), spec('codes all hits', 'expected'), spec('later', 'skipped')] },
  ],
};

describe('countPlaywrightReport', () => {
  it('counts flaky tests as passed and names each with its file and describe titles', () => {
    const counts = countPlaywrightReport(playwrightReport);
    expect(counts.passed).toBe(5);
    expect(counts.flaky).toEqual(['codes.spec.ts › merges codes', 'codes.spec.ts › drag and drop › moves a code under another']);
  });

  it('counts unexpected and skipped tests as failed and names the skipped ones', () => {
    const counts = countPlaywrightReport(playwrightReport);
    expect(counts.failed).toBe(2);
    expect(counts.skipped).toEqual(['search.spec.ts › later']);
  });

  it('names the project when the config has named projects', () => {
    const counts = countPlaywrightReport({ suites: [{ title: 'a.spec.ts', specs: [{ title: 't', tests: [{ projectName: 'chromium', status: 'flaky' }] }] }] });
    expect(counts.flaky).toEqual(['chromium › a.spec.ts › t']);
  });
});

describe('countVitestReport', () => {
  const root = '/repo';
  const test = (title: string, status: string, ancestorTitles: string[] = []) => ({ title, status, ancestorTitles });

  it('counts passed and failed tests, and names skipped and todo tests as failures', () => {
    const counts = countVitestReport(
      {
        testResults: [
          { name: '/repo/test/unit/a.test.ts', status: 'failed', assertionResults: [test('works', 'passed', ['area']), test('breaks', 'failed', ['area'])] },
          { name: '/repo/test/unit/b.test.ts', status: 'passed', assertionResults: [test('later', 'skipped'), test('idea', 'todo'), test('ok', 'passed')] },
        ],
      },
      root,
    );
    expect(counts).toEqual({ passed: 2, failed: 3, skipped: ['test/unit/b.test.ts › later', 'test/unit/b.test.ts › idea'], flaky: [] });
  });

  it('counts a file that failed before any test ran (a failing import) as one failure', () => {
    const counts = countVitestReport({ testResults: [{ name: '/repo/test/unit/c.test.ts', status: 'failed', assertionResults: [] }] }, root);
    expect(counts).toEqual({ passed: 0, failed: 1, skipped: [], flaky: [] });
  });

  it('counts the tests a failing beforeAll left unrun, once each', () => {
    const counts = countVitestReport(
      { testResults: [{ name: '/repo/test/acceptance/x.test.ts', status: 'failed', assertionResults: [test('a', 'skipped'), test('b', 'skipped')] }] },
      root,
    );
    expect(counts.failed).toBe(2);
    expect(counts.skipped).toHaveLength(2);
  });
});

describe('closingLines', () => {
  it('ends with exactly "N passed, M failed", after the skipped and flaky lines', () => {
    const lines = closingLines({ passed: 12, failed: 1, skipped: ['vitest a › b'], flaky: ['e2e x.spec.ts › y', 'e2e z.spec.ts › w'] });
    expect(lines).toEqual(['skipped: 1 — vitest a › b', 'flaky: 2 — e2e x.spec.ts › y; e2e z.spec.ts › w', '12 passed, 1 failed']);
  });

  it('says 0 rather than leaving a line out when nothing was skipped or flaky', () => {
    expect(closingLines({ passed: 3, failed: 0, skipped: [], flaky: [] })).toEqual(['skipped: 0', 'flaky: 0', '3 passed, 0 failed']);
  });
});
