// Project files on the renderer's Electron path, against a stand-in of the preload bridge (main itself is tested in
// test/electron): the native menu's Save as… writes through typed IPC and links the window (title, status),
// autosave writes again after a change and once more when the window asks to close, before readyToClose; a file
// another holder has locked opens read-only, saying who holds it.
import { expect, test, type Page } from '@playwright/test';
import { ProjectFilesPage } from './pages/ProjectFilesPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { answerNativeDialogs, installProjectFileBridgeStandIn, nativeCalls, sendNativeCommand } from './support/projectFileBridgeStandIn.ts';

const EXAMPLE = 'Kendang Jimbe case study (example)';
const PATH = '/home/researcher/Study.caseweave';

/** The app on the stand-in bridge, its example project saved with the native menu's Save as… to PATH. */
const savedThroughTheBridge = async (page: Page) => {
  await installProjectFileBridgeStandIn(page);
  const app = new WorkbenchPage(page);
  await app.open();
  const files = new ProjectFilesPage(page);
  await answerNativeDialogs(page, { save: PATH });
  await sendNativeCommand(page, 'save-as');
  await expect(files.status).toContainText('Study.caseweave');
  return { app, files };
};

test('the native menu saves through the bridge, autosave follows changes, and closing waits for the last save', async ({ page }) => {
  const { app, files } = await savedThroughTheBridge(page);
  await expect(files.status).toContainText(/Saved \d/);
  await expect.poll(() => nativeCalls(page)).toContain('title Study.caseweave — Caseweave');
  expect((await nativeCalls(page)).filter((call) => call.startsWith('write'))).toEqual(['write Study.caseweave']);

  await app.goTo('Projects');
  await new ProjectsPage(page).rename(EXAMPLE, 'Renamed study');
  await expect.poll(async () => (await nativeCalls(page)).filter((call) => call.startsWith('write')), { timeout: 8000 }).toHaveLength(2);

  // A change just before the window closes is written before main is told it may close.
  await new ProjectsPage(page).rename('Renamed study', 'Renamed again');
  await sendNativeCommand(page, 'close-requested');
  await expect.poll(() => nativeCalls(page)).toContain('readyToClose');
  const calls = await nativeCalls(page);
  expect(calls.lastIndexOf('write Study.caseweave')).toBeLessThan(calls.indexOf('readyToClose'));
  expect(calls.filter((call) => call.startsWith('write'))).toHaveLength(3);

  // Save a copy writes the copy and leaves the window linked to its file.
  await answerNativeDialogs(page, { save: '/home/researcher/Copy for Ayu.caseweave' });
  await sendNativeCommand(page, 'save-copy');
  await expect(app.toast('Saved a copy to Copy for Ayu.caseweave.')).toBeVisible();
  expect((await nativeCalls(page)).filter((call) => call.endsWith('(copy)'))).toEqual(['write Copy for Ayu.caseweave (copy)']);
  await expect(files.status).toContainText('Study.caseweave');
});

test('a file another holder has locked opens read-only, saying who has it', async ({ page }) => {
  const { app, files } = await savedThroughTheBridge(page);

  await answerNativeDialogs(page, { open: PATH, locked: { [PATH]: 'Ayu on fieldwork-laptop, since 09:00' } });
  await sendNativeCommand(page, 'open-project-file');
  await expect(files.banner).toContainText('its file is open elsewhere (Ayu on fieldwork-laptop, since 09:00)');
  await app.screenshot('project-files-09-read-only-electron');
  await app.goTo('Projects');
  await new ProjectsPage(page).submitRename(EXAMPLE, 'Not allowed');
  await expect(app.toast(/is open read-only/)).toBeVisible();
});
