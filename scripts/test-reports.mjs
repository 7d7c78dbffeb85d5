// Reads the JSON reports of vitest and Playwright into the counts `npm test` prints, and formats its closing lines.
// Nothing is hidden: a skipped (or todo) test counts as failed, since the house rules allow none, and every such test
// is named; a flaky test (failed, then passed on Playwright's CI retry) counts as passed, since its behaviour did work
// on the retry, but it is always named on the `flaky:` line so it gets fixed. Vitest runs without retries.
import path from 'node:path';

/** @typedef {{ passed: number, failed: number, skipped: string[], flaky: string[] }} SuiteCounts */

const NAME_SEPARATOR = ' › ';

/** Counts of a vitest JSON report (`--reporter=json`); a file that failed outside its tests counts as one failure. */
export const countVitestReport = (report, root = process.cwd()) => {
  /** @type {SuiteCounts} */
  const counts = { passed: 0, failed: 0, skipped: [], flaky: [] };
  for (const file of report.testResults ?? []) {
    const fileName = path.relative(root, file.name);
    let failedInside = false;
    for (const test of file.assertionResults ?? []) {
      const name = [fileName, ...(test.ancestorTitles ?? []), test.title].join(NAME_SEPARATOR);
      if (test.status === 'passed') counts.passed += 1;
      else {
        counts.failed += 1;
        failedInside = true;
        if (test.status !== 'failed') counts.skipped.push(name);
      }
    }
    // E.g. a test file that cannot be loaded: it has no tests to count, yet it failed.
    if (file.status === 'failed' && !failedInside) counts.failed += 1;
  }
  return counts;
};

const playwrightTests = function* (suite, titles) {
  const here = [...titles, suite.title];
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const project = test.projectName ? [test.projectName] : [];
      yield { name: [...project, ...here, spec.title].join(NAME_SEPARATOR), status: test.status };
    }
  }
  for (const child of suite.suites ?? []) yield* playwrightTests(child, here);
};

/** Counts of a Playwright JSON report; test names start with the spec file, then the describe titles. */
export const countPlaywrightReport = (report) => {
  /** @type {SuiteCounts} */
  const counts = { passed: 0, failed: 0, skipped: [], flaky: [] };
  for (const suite of report.suites ?? []) {
    for (const test of playwrightTests(suite, [])) {
      if (test.status === 'expected') counts.passed += 1;
      else if (test.status === 'flaky') {
        counts.passed += 1;
        counts.flaky.push(test.name);
      } else {
        counts.failed += 1;
        if (test.status === 'skipped') counts.skipped.push(test.name);
      }
    }
  }
  return counts;
};

const namedLine = (label, names) => (names.length === 0 ? `${label}: 0` : `${label}: ${names.length} — ${names.join('; ')}`);

/** The last lines of `npm test`: skipped and flaky tests by name (always printed, 0 when none), then the totals. */
export const closingLines = ({ passed, failed, skipped, flaky }) => [
  namedLine('skipped', skipped),
  namedLine('flaky', flaky),
  `${passed} passed, ${failed} failed`,
];
