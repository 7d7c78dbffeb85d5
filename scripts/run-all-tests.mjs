// `npm test`: every check in order — system packages the tests need (installed when possible, see
// system-packages.mjs), typecheck, lint, unit/integration/acceptance (vitest, with the CLI bundled first), renderer,
// electron and CLI build, packaging check, e2e (Playwright in Debian's Chromium) — then the closing lines
// `skipped: K …`, `flaky: K …` and, last, exactly `N passed, M failed`.
// Checks that are not test suites count as one test each; suites report their own counts from JSON reports
// (test-reports.mjs: a skipped test counts as failed, a flaky one as passed, and both are named).
// `npm test -- vitest e2e` runs only the named checks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemPackages } from './system-packages.mjs';
import { closingLines, countPlaywrightReport, countVitestReport } from './test-reports.mjs';

const reports = 'reports';
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2);
const isSelected = (name) => only.length === 0 || only.includes(name);
const totals = { passed: 0, failed: 0, skipped: [], flaky: [] };
const summary = [];

const finish = () => {
  console.log(`\n${[...summary, ...closingLines(totals)].join('\n')}`);
  process.exit(totals.failed === 0 ? 0 : 1);
};

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

const record = (name, ok) => {
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
};

const check = (name, command, args) => {
  if (!isSelected(name)) return true;
  console.log(`\n=== ${name} ===`);
  return record(name, run(command, args));
};

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const suite = (name, command, args, reportFile, count, env) => {
  if (!isSelected(name)) return;
  console.log(`\n=== ${name} ===`);
  rmSync(reportFile, { force: true });
  const ok = run(command, args, env);
  const report = readJson(reportFile);
  const counts = report ? count(report) : { passed: 0, failed: 0, skipped: [], flaky: [] };
  // A runner that crashed before writing its report, or exited non-zero with no failed test, counts as one failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped.push(...counts.skipped.map((test) => `${name} ${test}`));
  totals.flaky.push(...counts.flaky.map((test) => `${name} ${test}`));
  const flaky = counts.flaky.length > 0 ? ` (${counts.flaky.length} of them flaky)` : '';
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${counts.passed} passed${flaky}, ${counts.failed} failed`);
};

// A missing system package stops the run at once: nothing after it would say more than "Chromium is missing".
const packages = ensureSystemPackages(isSelected);
if (!packages.ok) {
  console.log(`\n${packages.lines.join('\n')}`);
  record('system packages', false);
  finish();
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
suite(
  'vitest',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`],
  `${reports}/vitest.json`,
  (report) => countVitestReport(report),
);
const built = check('build', 'npm', ['run', 'build']);
if (built) check('packaging', 'node', ['scripts/check-packaging.mjs']);
if (built && existsSync('playwright.config.ts')) {
  suite(
    'e2e',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    `${reports}/playwright.json`,
    countPlaywrightReport,
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
  );
}

finish();
