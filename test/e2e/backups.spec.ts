// Rolling backups in the browser (the origin-private file system): Back up now from Settings by keyboard, the
// backup listed with its size, restored as a copy that has the sources, informants and codings; the store prunes
// one project's backups by the policy and leaves everything else; the scheduler backs up ten minutes after a change
// and when the project is left.
import { expect, test, type Page } from '@playwright/test';
import { backupFileName, parseBackupFileName } from '../../shared/backup/backupFileName.ts';
import { pruneBackups } from '../../shared/backup/backupPolicy.ts';
import { EXAMPLE_CODINGS } from '../../shared/example/exampleCodings.ts';
import { writeProjectFile } from '../../shared/projectFile/writeProjectFile.ts';
import { snapshotRows } from '../../shared/projectFile/projectSnapshot.ts';
import { META, PROJECT_ID, smallSnapshot } from '../unit/shared/projectFile/projectFileFixture.ts';
import { BackupsPage } from './pages/BackupsPage.ts';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const EXAMPLE = 'Kendang Jimbe case study (example)';
const CODE = 'Business associations';
const SIZE = /^\d+(\.\d)? kB$/;

const collectPageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

/** Goes to Settings at its backups the way "Restore from backup…" does: the route, without reloading the page. */
const openBackupsInPlace = async (page: Page, backups: BackupsPage): Promise<void> => {
  await page.evaluate(() => {
    globalThis.location.hash = '#/settings/backups';
  });
  await expect(backups.heading).toBeFocused();
};

test('back up now, see the backup with its size, and restore it as a copy with its sources and codings', async ({ page }) => {
  const pageErrors = collectPageErrors(page);
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  await new InformantsPage(page).addInformant('Sari', 'diaspora actor');

  const backups = new BackupsPage(page);
  await openBackupsInPlace(page, backups);
  await expect(backups.location).toContainText('this browser’s private storage');
  await expect(page.getByTestId('backups-empty')).toBeVisible();

  // Keyboard only: from the focused title, Tab reaches Back up now.
  await page.keyboard.press('Tab');
  await expect(backups.backUpNowButton(EXAMPLE)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.toast(new RegExp(`^Backed up “${EXAMPLE.replace(/[()]/g, '\\$&')}” \\(\\d+(\\.\\d)? kB\\)\\.`))).toBeVisible();
  await expect(backups.rows(EXAMPLE)).toHaveCount(1);
  await expect(backups.rows(EXAMPLE).first().locator('td').nth(1)).toHaveText(SIZE);
  await expect(backups.panel.getByRole('heading', { name: new RegExp(`^${EXAMPLE.replace(/[()]/g, '\\$&')} 1 backup · open now$`) })).toBeVisible();
  const stored = (await backups.storedFileNames()).map(parseBackupFileName);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.projectName).toBe(EXAMPLE);
  await app.screenshot('backups-01-panel');

  // Restore, by keyboard too: the next Tab stop is the backup's Restore.
  await page.keyboard.press('Tab');
  await expect(backups.rows(EXAMPLE).first().getByRole('button', { name: /^Restore the backup of/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.activeProjectName).toHaveText(new RegExp(`^${EXAMPLE.replace(/[()]/g, '\\$&')} \\(restored .+\\)$`));
  await expect(app.toast(/^Restored the backup from .+ as “/)).toBeVisible();
  const restoredName = (await app.activeProjectName.textContent()) ?? '';

  // The copy has the sources, the informant added before the backup, and every coding.
  await expect(new SourcesPage(page).table.locator('tbody tr')).toHaveCount(5);
  await app.goTo('Informants');
  await expect(new InformantsPage(page).row('Sari')).toBeVisible();
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await excerpts.pickCode(CODE);
  await expect(excerpts.excerpts).toHaveCount(EXAMPLE_CODINGS.filter((coding) => coding.codePath[0] === CODE).length);

  // The original is still there beside the copy, and the panel lists the copy's project as the open one.
  await app.goTo('Projects');
  const projectNames = new ProjectsPage(page).projectNames();
  await expect(projectNames).toHaveCount(2);
  expect((await projectNames.allTextContents()).sort()).toEqual([EXAMPLE, restoredName]);
  await app.goTo('Settings & about');
  await expect(backups.rows(EXAMPLE)).toHaveCount(1);
  await backups.panel.scrollIntoViewIfNeeded();
  await app.screenshot('backups-02-after-restore');
  expect(pageErrors).toEqual([]);
});

test('the File menu backs up now and leads to the backups, by keyboard', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const fileMenu = page.getByRole('button', { name: 'File', exact: true });
  const menu = page.getByRole('menu', { name: 'File' });

  await fileMenu.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Back up now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.toast(/^Backed up “Kendang Jimbe case study \(example\)”/)).toBeVisible();

  await fileMenu.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Restore from backup…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const backups = new BackupsPage(page);
  await expect(backups.heading).toBeFocused();
  await expect(backups.rows(EXAMPLE)).toHaveCount(1);
});

test('a backup prunes its own project’s backups by the policy and leaves other files alone', async ({ page }) => {
  const pageErrors = collectPageErrors(page);
  const app = new WorkbenchPage(page);
  await app.open();
  const backups = new BackupsPage(page);
  await backups.open();
  await backups.backUpNowButton(EXAMPLE).click();
  await expect(backups.rows(EXAMPLE)).toHaveCount(1);
  const [first] = (await backups.storedFileNames()).map(parseBackupFileName);
  if (first === null || first === undefined) throw new Error('the first backup was not stored under a backup name');

  // Earlier sessions' backups: 30 in the last minutes, 3 from over a month ago, 2 of another project, and files
  // that are not backups (a note, a write cut short).
  const now = Date.now();
  const seeds = [
    ...Array.from({ length: 30 }, (_, index) => backupFileName(first.projectId, EXAMPLE, new Date(now - (index + 1) * 5_000))),
    ...Array.from({ length: 3 }, (_, index) => backupFileName(first.projectId, EXAMPLE, new Date(now - (40 + index) * 86_400_000))),
    backupFileName('another-project', 'Another study', new Date(now - 60_000)),
    backupFileName('another-project', 'Another study', new Date(now - 120_000)),
    'notes.txt',
    `${backupFileName(first.projectId, EXAMPLE, new Date(now - 1_000))}.crswap`,
  ];
  await backups.seedFiles(seeds.map((name) => ({ name, bytes: new TextEncoder().encode('seeded') })));
  await page.reload();
  await expect(backups.heading).toBeFocused();
  await expect(backups.rows(EXAMPLE)).toHaveCount(34);
  await expect(backups.rows('Another study')).toHaveCount(2);

  await backups.backUpNowButton(EXAMPLE).click();
  await expect(backups.rows(EXAMPLE)).not.toHaveCount(34);
  const afterNames = await backups.storedFileNames();
  const after = afterNames.map(parseBackupFileName).filter((name) => name !== null);
  const ofExample = after.filter((name) => name.projectId === first.projectId);
  const newest = ofExample.reduce((a, b) => (a.savedAt > b.savedAt ? a : b));
  const before = [first, ...seeds.slice(0, 33).map(parseBackupFileName).filter((name) => name !== null), newest];
  const expected = pruneBackups(before, new Date(newest.savedAt)).keep.map((name) => name.fileName).sort();

  expect(ofExample.map((name) => name.fileName).sort()).toEqual(expected);
  expect(expected.length).toBeGreaterThanOrEqual(20);
  expect(expected.length).toBeLessThanOrEqual(21); // 21 only when the seeds reach back past midnight
  expect(ofExample.some((name) => Date.parse(name.savedAt) < now - 30 * 86_400_000)).toBe(false);
  expect(after.filter((name) => name.projectId === 'another-project')).toHaveLength(2);
  expect(afterNames).toContain('notes.txt');
  expect(afterNames.filter((name) => name.endsWith('.crswap'))).toHaveLength(1);
  await expect(backups.rows(EXAMPLE)).toHaveCount(expected.length);
  await expect(backups.rows('Another study')).toHaveCount(2);
  await app.screenshot('backups-03-pruned');
  expect(pageErrors).toEqual([]);
});

test('a backup that needs repairs is restored only after the user agrees to them', async ({ page }) => {
  const pageErrors = collectPageErrors(page);
  const app = new WorkbenchPage(page);
  await app.open();
  // A backup of another project whose file holds a coding of a code that is not in it.
  const snapshot = smallSnapshot();
  const [coding] = snapshotRows(snapshot, 'codings');
  const broken = { ...snapshot, tables: { ...snapshot.tables, codings: [...snapshotRows(snapshot, 'codings'), { ...coding, id: 'g-orphan', codeId: 'k-gone' }] } };
  const backups = new BackupsPage(page);
  await backups.seedFiles([{ name: backupFileName(PROJECT_ID, 'Warung study', new Date(Date.now() - 60_000)), bytes: await writeProjectFile(broken, META) }]);
  await backups.open();

  await backups.restoreNewest('Warung study');
  const dialog = page.getByRole('dialog', { name: /^Repair the backup from / });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await app.screenshot('backups-05-repairs');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.activeProjectName).toHaveText(EXAMPLE);

  await backups.restoreNewest('Warung study');
  await page.getByRole('dialog', { name: /^Repair the backup from / }).getByRole('button', { name: 'Repair and restore' }).click();
  await expect(app.activeProjectName).toHaveText(/^Warung study \(restored .+\)$/);
  await app.goTo('Projects');
  await expect(new ProjectsPage(page).projectNames()).toHaveCount(2);
  expect(pageErrors).toEqual([]);
});

test('the scheduler backs up ten minutes after a change, and again when the project is left', async ({ page }) => {
  const pageErrors = collectPageErrors(page);
  await page.clock.install();
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  await informants.addInformant('Sari', 'diaspora actor');
  const backups = new BackupsPage(page);
  expect(await backups.storedFileNames()).toEqual([]);

  await page.clock.fastForward('09:00');
  expect(await backups.storedFileNames()).toEqual([]);
  await page.clock.fastForward('01:01');
  await expect.poll(async () => (await backups.storedFileNames()).length).toBe(1);

  // Another change, then another project opened: the example's closing backup holds the change.
  await informants.addInformant('Yanti', 'craftsman');
  await app.goTo('Projects');
  await new ProjectsPage(page).create('Pilot study');
  await expect.poll(async () => (await backups.storedFileNames()).length).toBe(2);
  await openBackupsInPlace(page, backups);
  await expect(backups.rows(EXAMPLE)).toHaveCount(2);
  expect(pageErrors).toEqual([]);
});
