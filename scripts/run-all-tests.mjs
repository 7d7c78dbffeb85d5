// `npm test`: every check in order — typecheck, lint, unit/integration/acceptance (vitest), renderer and
// electron build, packaging check, e2e (Playwright in Debian's Chromium) — then one line "N passed, M failed".
// Checks that are not test suites count as one test each; suites report their own counts from JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'reports';
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

const check = (name, command, args) => {
  if (only.length > 0 && !only.includes(name)) return true;
  console.log(`\n=== ${name} ===`);
  const ok = run(command, args);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
};

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const suite = (name, command, args, reportFile, count, env) => {
  if (only.length > 0 && !only.includes(name)) return;
  console.log(`\n=== ${name} ===`);
  rmSync(reportFile, { force: true });
  const ok = run(command, args, env);
  const report = readJson(reportFile);
  const counts = report ? count(report) : { passed: 0, failed: 0 };
  // A runner that crashed before writing its report, or exited non-zero with no failed test, counts as one failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${counts.passed} passed, ${counts.failed} failed`);
};

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
suite(
  'vitest',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`],
  `${reports}/vitest.json`,
  (r) => ({ passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0) }),
);
const built = check('build', 'npm', ['run', 'build']);
if (built) check('packaging', 'node', ['scripts/check-packaging.mjs']);
if (built && existsSync('playwright.config.ts')) {
  suite(
    'e2e',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    `${reports}/playwright.json`,
    (r) => ({ passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0), failed: r.stats?.unexpected ?? 0 }),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
  );
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
