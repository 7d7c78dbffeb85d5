// What `npm test` does about missing system packages: nothing when all are there, apt-get as root (updating the
// lists first only when they are empty), otherwise the exact command to run. apt-get itself is never run here.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_EXECUTABLE, LIBREOFFICE_CALC_LIBRARY, SYSTEM_PACKAGES, isProvided, planSystemPackages, type SystemPackage } from '../../../scripts/system-packages.mjs';

const chromium: SystemPackage = { debianPackage: 'chromium', provides: '/usr/bin/chromium', neededBy: ['e2e'] };
const poppler: SystemPackage = { debianPackage: 'poppler-utils', provides: 'pdftotext', neededBy: ['vitest'] };
const debianRoot = { isRoot: true, hasAptGet: true, aptListsPresent: true };

describe('planSystemPackages', () => {
  it('does nothing when nothing is missing, whoever runs it', () => {
    expect(planSystemPackages({ ...debianRoot, missing: [] })).toEqual({ kind: 'ready' });
    expect(planSystemPackages({ missing: [], isRoot: false, hasAptGet: false, aptListsPresent: false })).toEqual({ kind: 'ready' });
  });

  it('installs every missing package in one apt-get call as root, without an update when the lists are there', () => {
    expect(planSystemPackages({ ...debianRoot, missing: [chromium, poppler] })).toEqual({
      kind: 'install',
      steps: [['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'poppler-utils']],
      retryAfterUpdate: true,
      names: ['chromium', 'poppler-utils'],
    });
  });

  it('updates the package lists first when they are empty (a fresh container)', () => {
    const plan = planSystemPackages({ ...debianRoot, aptListsPresent: false, missing: [chromium] });
    expect(plan).toEqual({
      kind: 'install',
      steps: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']],
      retryAfterUpdate: false,
      names: ['chromium'],
    });
  });

  it('stops with the exact sudo command when not root', () => {
    const plan = planSystemPackages({ ...debianRoot, isRoot: false, missing: [chromium] });
    expect(plan.kind).toBe('stop');
    if (plan.kind !== 'stop') return;
    expect(plan.lines).toContain('  sudo apt-get install -y --no-install-recommends chromium');
    expect(plan.lines.join('\n')).toContain('chromium (for /usr/bin/chromium, used by: e2e)');
    const withoutLists = planSystemPackages({ ...debianRoot, isRoot: false, aptListsPresent: false, missing: [chromium] });
    expect(withoutLists.kind === 'stop' && withoutLists.lines).toContain(
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
    );
  });

  it('stops naming the packages and what they provide where there is no apt-get', () => {
    const plan = planSystemPackages({ isRoot: true, hasAptGet: false, aptListsPresent: false, missing: [chromium, poppler] });
    expect(plan.kind).toBe('stop');
    const text = plan.kind === 'stop' ? plan.lines.join('\n') : '';
    expect(text).toContain('chromium (for /usr/bin/chromium');
    expect(text).toContain('poppler-utils (for pdftotext');
    expect(text).not.toContain('apt-get install');
  });
});

describe('isProvided', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'caseweave-path-'));
    await writeFile(join(folder, 'pdftotext'), '#!/bin/sh\n');
    await chmod(join(folder, 'pdftotext'), 0o755);
    await writeFile(join(folder, 'soffice'), 'not executable');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('finds an executable command on PATH, not a plain file of that name', () => {
    expect(isProvided('pdftotext', ['/nonexistent', folder].join(delimiter))).toBe(true);
    expect(isProvided('soffice', folder)).toBe(false);
    expect(isProvided('pdftotext', '/nonexistent')).toBe(false);
  });

  it('checks an absolute path as it is', () => {
    expect(isProvided(join(folder, 'pdftotext'), '')).toBe(true);
    expect(isProvided(join(folder, 'missing'), folder)).toBe(false);
    // A library file is provided by existing: Calc has no program of its own.
    expect(isProvided(join(folder, 'soffice'), '')).toBe(true);
  });
});

describe('SYSTEM_PACKAGES', () => {
  it('lists Chromium at the path the Playwright config launches, for the e2e check', () => {
    expect(CHROMIUM_EXECUTABLE).toBe('/usr/bin/chromium');
    expect(SYSTEM_PACKAGES).toContainEqual(chromium);
  });

  it('lists LibreOffice Writer (soffice) and Calc for the vitest check, which opens DOCX and XLSX exports in it', () => {
    expect(SYSTEM_PACKAGES).toContainEqual({ debianPackage: 'libreoffice-writer-nogui', provides: 'soffice', neededBy: ['vitest'] });
    expect(SYSTEM_PACKAGES).toContainEqual({ debianPackage: 'libreoffice-calc-nogui', provides: LIBREOFFICE_CALC_LIBRARY, neededBy: ['vitest'] });
    expect(isProvided(LIBREOFFICE_CALC_LIBRARY)).toBe(true);
  });
});
