// The system (Debian) packages the tests need beyond npm, and what `npm test` does when one is missing: as root it
// installs it with apt-get (`apt-get update` first only when the package lists are empty, or when the install fails
// on stale lists); otherwise it stops at once with the exact command to run. A new need is one more SYSTEM_PACKAGES
// line.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import path from 'node:path';

/** Debian's Chromium, which the Playwright config launches (never a downloaded browser). */
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

/** Calc's library in the LibreOffice the writer package installs soffice with. */
export const LIBREOFFICE_CALC_LIBRARY = '/usr/lib/libreoffice/program/libsclo.so';

/**
 * `provides`: an absolute path that must exist (a program, or a library file when the package has no program of its
 * own), or a command looked up on PATH. `neededBy`: the `npm test` checks that use it.
 */
export const SYSTEM_PACKAGES = [
  { debianPackage: 'chromium', provides: CHROMIUM_EXECUTABLE, neededBy: ['e2e'] },
  // The member-check packet's tests read its PDFs as text.
  { debianPackage: 'poppler-utils', provides: 'pdftotext', neededBy: ['vitest', 'e2e'] },
  // Every DOCX and XLSX export must open in LibreOffice without repair; the tests open them there (test/support/officeText.ts).
  { debianPackage: 'libreoffice-writer-nogui', provides: 'soffice', neededBy: ['vitest'] },
  // soffice opens workbooks only with Calc's filters, which come in their own package with no program of their own.
  { debianPackage: 'libreoffice-calc-nogui', provides: LIBREOFFICE_CALC_LIBRARY, neededBy: ['vitest'] },
];

const hasAccess = (file, mode) => {
  try {
    accessSync(file, mode);
    return true;
  } catch {
    return false;
  }
};

export const isProvided = (provides, searchPath = process.env.PATH ?? '') =>
  path.isAbsolute(provides)
    ? hasAccess(provides, constants.F_OK)
    : searchPath.split(path.delimiter).some((folder) => folder !== '' && hasAccess(path.join(folder, provides), constants.X_OK));

const hasAptPackageLists = (listsFolder = '/var/lib/apt/lists') => {
  try {
    return readdirSync(listsFolder).some((name) => name.includes('_Packages'));
  } catch {
    return false;
  }
};

// Quiet when npm test runs them itself; the commands shown to a person are the plain ones.
const aptUpdate = (quiet) => ['apt-get', 'update', ...(quiet ? ['-qq'] : [])];
const aptInstall = (names, quiet) => ['apt-get', 'install', '-y', ...(quiet ? ['-qq'] : []), '--no-install-recommends', ...names];

/**
 * What to do about the missing packages: nothing ('ready'), run `steps` ('install'; `retryAfterUpdate` when the
 * install may fail on stale lists), or stop with `lines` to show ('stop').
 */
export const planSystemPackages = ({ missing, isRoot, hasAptGet, aptListsPresent }) => {
  if (missing.length === 0) return { kind: 'ready' };
  const names = missing.map((item) => item.debianPackage);
  const needs = missing.map((item) => `${item.debianPackage} (for ${item.provides}, used by: ${item.neededBy.join(', ')})`);
  if (!hasAptGet) {
    return {
      kind: 'stop',
      lines: [`The tests need these system packages, and this system has no apt-get to install them: ${needs.join('; ')}.`, 'Install them with your system\'s package manager, then run npm test again.'],
    };
  }
  if (isRoot) {
    const install = aptInstall(names, true);
    return { kind: 'install', steps: aptListsPresent ? [install] : [aptUpdate(true), install], retryAfterUpdate: aptListsPresent, names };
  }
  const install = `sudo ${aptInstall(names, false).join(' ')}`;
  const command = aptListsPresent ? install : `sudo ${aptUpdate(false).join(' ')} && ${install}`;
  return { kind: 'stop', lines: [`The tests need these system packages: ${needs.join('; ')}.`, 'Install them with:', `  ${command}`, 'then run npm test again.'] };
};

const runStep = (step) =>
  spawnSync(step[0], step.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;

/** Makes sure every package the selected checks need is there; `ok: false` comes with the lines to print. */
export const ensureSystemPackages = (isCheckSelected) => {
  const missing = SYSTEM_PACKAGES.filter((item) => item.neededBy.some(isCheckSelected) && !isProvided(item.provides));
  const plan = planSystemPackages({
    missing,
    isRoot: process.getuid?.() === 0,
    hasAptGet: isProvided('apt-get'),
    aptListsPresent: hasAptPackageLists(),
  });
  if (plan.kind === 'ready') return { ok: true, lines: [] };
  if (plan.kind === 'stop') return { ok: false, lines: plan.lines };
  console.log(`Installing system packages the tests need: ${plan.names.join(', ')}…`);
  let installed = plan.steps.every(runStep);
  if (!installed && plan.retryAfterUpdate) installed = runStep(aptUpdate(true)) && runStep(plan.steps.at(-1));
  const stillMissing = missing.filter((item) => !isProvided(item.provides));
  if (installed && stillMissing.length === 0) return { ok: true, lines: [] };
  return { ok: false, lines: [`Installing ${plan.names.join(', ')} with apt-get did not provide ${stillMissing.map((item) => item.provides).join(', ') || 'what the tests need'}; see apt-get's output above.`] };
};
