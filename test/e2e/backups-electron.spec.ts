// Rolling backups through Electron's bridge (stood in for in the page, test/e2e/support/backupBridgeStandIn.ts):
// the native File menu's Back up now and Restore from backup…, Settings naming the backups folder, Restore reading
// the backup back through the bridge, and a window close answered only after the closing backup is written.
import { expect, test } from '@playwright/test';
import { bridgeCalls, installBackupBridgeStandIn, sendMenuCommand, STAND_IN_BACKUPS_FOLDER } from './support/backupBridgeStandIn.ts';
import { BackupsPage } from './pages/BackupsPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const EXAMPLE = 'Kendang Jimbe case study (example)';

test.beforeEach(async ({ page }) => {
  await installBackupBridgeStandIn(page);
});

test('File → Back up now and Restore from backup… work through the bridge', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();

  await sendMenuCommand(page, 'back-up-now');
  await expect(app.toast(/^Backed up “Kendang Jimbe case study \(example\)” \(\d+(\.\d)? kB\)\./)).toBeVisible();
  // The bridge received a whole project file: a zip, whose first bytes are "PK".
  expect(await bridgeCalls(page)).toEqual(['writeBackup PK']);

  await sendMenuCommand(page, 'restore-backup');
  const backups = new BackupsPage(page);
  await expect(backups.heading).toBeFocused();
  await expect(backups.location).toHaveText(`Backups are kept in the folder ${STAND_IN_BACKUPS_FOLDER}`);
  await expect(backups.rows(EXAMPLE)).toHaveCount(1);
  await app.screenshot('backups-04-electron-folder');

  await backups.restoreNewest(EXAMPLE);
  await expect(app.activeProjectName).toHaveText(/^Kendang Jimbe case study \(example\) \(restored .+\)$/);
  expect(await bridgeCalls(page)).toEqual(['writeBackup PK', 'readBackup']);
  await expect(new SourcesPage(page).table.locator('tbody tr')).toHaveCount(5);
  expect(pageErrors).toEqual([]);
});

test('closing the window waits for the closing backup, and writes none when nothing changed', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();

  await sendMenuCommand(page, 'close-requested');
  await expect.poll(() => bridgeCalls(page)).toEqual(['readyToClose']);

  await app.goTo('Informants');
  await new InformantsPage(page).addInformant('Sari', 'diaspora actor');
  await sendMenuCommand(page, 'close-requested');
  await expect.poll(() => bridgeCalls(page)).toEqual(['readyToClose', 'writeBackup PK', 'readyToClose']);
});
