// Project files in the browser fallback: a new project saved to a file opens on "another machine" (a fresh browser
// context) with its sources, codes, codings and memos; the file is in the recent list and autosave says "Saved";
// upload and download where the File System Access API is missing; a damaged file is refused by name with the
// database untouched; a file needing repairs opens only when the user agrees; a second tab gets the file read-only;
// a project already here is replaced or opened as a copy.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { MemosPage } from './pages/MemosPage.ts';
import { NEXT_OPEN, ProjectFilesPage, usePickerStubs, withoutFileSystemAccess } from './pages/ProjectFilesPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { readProjectFile } from '../../shared/projectFile/readProjectFile.ts';
import { writeProjectFile } from '../../shared/projectFile/writeProjectFile.ts';
import { snapshotRows } from '../../shared/projectFile/projectSnapshot.ts';

const EXAMPLE = 'Kendang Jimbe case study (example)';
const INTERVIEW = [
  'Interview with Pak Harjo, drum workshop, Sentul',
  '',
  'INT: How did your drums first reach buyers abroad?',
  '',
  'R1: A trader from Bali came to our workshop in 2012 and bought forty drums for a shop in Rotterdam.',
  '',
].join('\n');
const CODED = 'A trader from Bali came to our workshop in 2012';
const MEMO_TITLE = 'Where the first export came from';

/** A fresh browser context (another machine: nothing stored) with the pickers stubbed, and the app open in it. */
const freshMachine = async (browser: Browser, options: { pickers: boolean } = { pickers: true }) => {
  const context = await browser.newContext();
  await (options.pickers ? usePickerStubs(context) : withoutFileSystemAccess(context));
  const page = await context.newPage();
  const app = new WorkbenchPage(page);
  await app.open();
  return { context, page, app, files: new ProjectFilesPage(page) };
};

const failOnPageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

test('a new project saved to a file opens on another machine with everything in it', async ({ browser }) => {
  const first = await freshMachine(browser);
  const errors = failOnPageErrors(first.page);
  const { page, app, files } = first;

  await test.step('create a project with a coded interview and a memo', async () => {
    await app.goTo('Projects');
    await new ProjectsPage(page).create('Drum export study');
    await app.goTo('Sources');
    await app.chooseFiles([{ name: 'harjo.txt', mimeType: 'text/plain', buffer: Buffer.from(INTERVIEW, 'utf8') }]);
    const dialog = new ImportDialogPage(page);
    await dialog.expectReview();
    await dialog.confirm(1);
    await dialog.close();
    await new SourcesPage(page).open('Harjo');
    const view = new TranscriptPage(page);
    await view.selectText(CODED);
    await view.codeInTree('Exporters and intermediaries').click();
    await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('data-coded-text', CODED);
    const memos = new MemosPage(page);
    await memos.open();
    await memos.newProjectMemo();
    await memos.body.pressSequentially('The Bali trader opened the first door.');
    await memos.title.fill(MEMO_TITLE);
    await memos.waitUntilSaved();
    await expect(files.status).toContainText('Not saved to a file');
  });

  await test.step('save it to a file from the File menu: the title and the status show it', async () => {
    await files.openMenu();
    await app.screenshot('project-files-01-file-menu');
    await page.keyboard.press('Escape');
    await expect(files.menu).toBeHidden();
    await expect(files.menuButton).toBeFocused();
    await files.saveAs('Drum export study.caseweave');
    await expect(page).toHaveTitle('Drum export study.caseweave — Caseweave');
    // The file was made off the main thread, in the project-file worker.
    expect(page.workers().map((worker) => worker.url()).some((url) => url.includes('projectFileWorker'))).toBe(true);
    await app.screenshot('project-files-02-saved');
  });

  await test.step('after a reload the project is still linked to its file (the handle is kept in IndexedDB)', async () => {
    await page.reload();
    await expect(files.status).toContainText('Drum export study.caseweave');
    await expect(page).toHaveTitle('Drum export study.caseweave — Caseweave');
  });

  await test.step('a change is autosaved within seconds and the status says when', async () => {
    const memos = new MemosPage(page);
    await memos.open();
    await memos.item(MEMO_TITLE).click();
    await memos.body.click();
    await page.keyboard.press('Control+End');
    await memos.body.pressSequentially(' Then the association.');
    await memos.waitUntilSaved();
    await expect(files.status).toContainText(/Saved \d{1,2}[:.]\d{2}/, { timeout: 8000 });
  });

  await test.step('the file is in the recent list', async () => {
    await app.goTo('Projects');
    await expect(page.getByRole('region', { name: 'Recent files' }).getByRole('button', { name: 'Open Drum export study.caseweave' })).toBeVisible();
    await app.screenshot('project-files-03-recent-files');
  });

  const bytes = await files.readFile('Drum export study.caseweave');
  expect(errors).toEqual([]);
  await first.context.close();

  await test.step('on another machine, Open project file… finds everything', async () => {
    const other = await freshMachine(browser);
    await other.files.writeFile('Drum export study.caseweave', bytes);
    // The keyboard reaches it too: Ctrl+O.
    await other.files.answerPicker(NEXT_OPEN, 'Drum export study.caseweave');
    await other.page.keyboard.press('Control+o');
    await expect(other.app.activeProjectName).toHaveText('Drum export study');
    await expect(other.files.status).toContainText('Drum export study.caseweave');
    expect(await new SourcesPage(other.page).titles()).toEqual(['Harjo']);
    await new SourcesPage(other.page).open('Harjo');
    const view = new TranscriptPage(other.page);
    await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('data-coded-text', CODED);
    const memos = new MemosPage(other.page);
    await memos.open();
    await memos.item(MEMO_TITLE).click();
    await expect(memos.body).toContainText('The Bali trader opened the first door. Then the association.');
    await other.context.close();
  });
});

test('without the File System Access API a project is downloaded and uploaded', async ({ browser }, testInfo) => {
  const first = await freshMachine(browser, { pickers: false });
  await first.files.openMenu();
  await expect(first.files.menu.getByRole('menuitem', { name: /^Save now/ })).toHaveCount(0);
  await first.app.screenshot('project-files-04-download-menu');
  const downloading = first.page.waitForEvent('download');
  await first.files.menu.getByRole('menuitem', { name: /^Download project file…/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${EXAMPLE}.caseweave`);
  // Kept outside the context, which deletes its downloads when it closes.
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await expect(first.files.status).toContainText('Not saved to a file');
  await first.context.close();

  const other = await freshMachine(browser, { pickers: false });
  const choosing = other.page.waitForEvent('filechooser');
  await other.files.choose(/^Open project file…/);
  await (await choosing).setFiles(path);
  // This machine has its own example project under that name, so the opened one is numbered.
  await expect(other.app.activeProjectName).toHaveText(`${EXAMPLE} (2)`);
  await expect(other.app.toast(`A project called “${EXAMPLE}” was already here`)).toBeVisible();
  expect(await new SourcesPage(other.page).titles()).toHaveLength(5);
  await other.context.close();
});

test('a damaged file is refused by name and nothing is written', async ({ browser }) => {
  const { context, app, files } = await freshMachine(browser);
  await files.saveAs('Example.caseweave');
  const good = Buffer.from(await files.readFile('Example.caseweave'), 'base64');
  const damaged = Buffer.from(good);
  damaged.fill(0, Math.floor(good.length / 2), Math.floor(good.length / 2) + 64);
  await files.writeFile('Damaged.caseweave', damaged.toString('base64'));
  await files.writeFile('Report.caseweave', Buffer.from('PK\u0003\u0004 this is a Word document really').toString('base64'));

  const before = await files.dumpDatabase();
  await files.open('Damaged.caseweave');
  const refused = files.dialog('Cannot open Damaged.caseweave');
  await expect(refused).toBeVisible();
  await expect(refused).toContainText(/Damaged\.caseweave.*damaged/);
  await expect(refused).toContainText('Nothing was changed.');
  await app.screenshot('project-files-05-refused');
  await refused.getByRole('button', { name: 'Close' }).click();

  await files.open('Report.caseweave');
  await expect(files.dialog('Cannot open Report.caseweave')).toContainText('Report.caseweave');
  await files.dialog('Cannot open Report.caseweave').getByRole('button', { name: 'Close' }).click();
  expect(await files.dumpDatabase()).toEqual(before);
  await expect(app.activeProjectName).toHaveText(EXAMPLE);
  await context.close();
});

test('a second tab opening the same file gets it read-only', async ({ browser }) => {
  const { context, page, files } = await freshMachine(browser);
  await files.saveAs('Shared.caseweave');

  const second = await context.newPage();
  const secondApp = new WorkbenchPage(second);
  await secondApp.open();
  const secondFiles = new ProjectFilesPage(second);
  // The second tab reopens the same project, whose file the first tab holds.
  await expect(secondFiles.banner).toContainText('read-only');
  await expect(secondFiles.status).toContainText('Read-only');
  await expect(secondApp.importButton).toBeDisabled();
  await secondApp.screenshot('project-files-06-read-only');
  await secondApp.goTo('Projects');
  const input = await new ProjectsPage(second).submitRename(EXAMPLE, 'Renamed in the second tab');
  await expect(secondApp.toast(/is open read-only/)).toBeVisible();
  await input.press('Escape');
  await secondFiles.openMenu();
  await expect(secondFiles.menu.getByRole('menuitem', { name: /^Save now/ })).toBeDisabled();
  await second.keyboard.press('Escape');

  // Once the first tab lets the file go, the file opens writable again.
  await page.close();
  await secondFiles.open('Shared.caseweave');
  const existing = secondFiles.dialog(`“${EXAMPLE}” is already here`);
  await existing.getByRole('button', { name: /^Replace the local copy/ }).click();
  await expect(secondFiles.banner).toBeHidden();
  await expect(secondFiles.status).toContainText('Shared.caseweave');
  await context.close();
});

test('opening a file whose project is already here replaces the local copy or opens a copy', async ({ browser }) => {
  const { context, page, app, files } = await freshMachine(browser);
  await files.saveAs('Example.caseweave');
  await app.goTo('Projects');
  const projects = new ProjectsPage(page);

  await files.open('Example.caseweave');
  const existing = files.dialog(`“${EXAMPLE}” is already here`);
  await expect(existing).toBeVisible();
  await app.screenshot('project-files-07-already-here');
  await existing.getByRole('button', { name: /^Open as a copy/ }).click();
  await expect(app.activeProjectName).toHaveText(`${EXAMPLE} (2)`);
  await app.goTo('Projects');
  await expect(projects.projectNames()).toHaveCount(2);
  expect((await projects.projectNames().allInnerTexts()).sort()).toEqual([EXAMPLE, `${EXAMPLE} (2)`]);

  // Change the original, then replace it with the file: the change is gone, a backup of it was written first.
  await projects.open(EXAMPLE);
  await app.goTo('Projects');
  await projects.rename(EXAMPLE, 'Changed after saving');
  await files.open('Example.caseweave');
  await files.dialog('“Changed after saving” is already here').getByRole('button', { name: /^Replace the local copy/ }).click();
  await expect(app.toast(/Replaced “Kendang Jimbe case study \(example\)” with Example\.caseweave/)).toBeVisible();
  await app.goTo('Projects');
  await expect(projects.projectNames()).toHaveCount(2);
  expect((await projects.projectNames().allInnerTexts()).sort()).toEqual([EXAMPLE, `${EXAMPLE} (2)`]);
  // The backup written before the replace holds the local copy as it was: restoring it brings the change back.
  await app.goTo('Settings & about');
  const backups = page.getByRole('table', { name: `Backups of ${EXAMPLE}` });
  await expect(backups.getByRole('button', { name: /^Restore/ })).toHaveCount(1);
  await backups.getByRole('button', { name: /^Restore/ }).click();
  await expect(app.activeProjectName).toHaveText(/^Changed after saving \(restored /);
  await context.close();
});

test('a file that needs repairs opens only when the user agrees', async ({ browser }) => {
  const first = await freshMachine(browser);
  await first.files.saveAs('Example.caseweave');
  const saved = Buffer.from(await first.files.readFile('Example.caseweave'), 'base64');
  await first.context.close();
  // Three codings point at a code that is gone (as a damaged or hand-edited file might). They are codings no memo is
  // about, so the repair list holds exactly their three removals (a memo on one would be a fourth repair).
  const reading = await readProjectFile(new Uint8Array(saved), { fileName: 'Example.caseweave' });
  if (!reading.ok) throw new Error('the saved file does not read');
  const withMemos = new Set(snapshotRows(reading.snapshot, 'memos').flatMap((memo) => (memo.target.kind === 'coding' ? [memo.target.id] : [])));
  const brokenIds = new Set(snapshotRows(reading.snapshot, 'codings').filter((coding) => !withMemos.has(coding.id)).slice(0, 3).map((coding) => coding.id));
  const codings = snapshotRows(reading.snapshot, 'codings').map((coding) => (brokenIds.has(coding.id) ? { ...coding, codeId: 'deleted-code' } : coding));
  const broken = await writeProjectFile({ ...reading.snapshot, tables: { ...reading.snapshot.tables, codings } }, reading.manifest);

  const { context, page, app, files } = await freshMachine(browser);
  await files.writeFile('Needs repair.caseweave', Buffer.from(broken).toString('base64'));
  const before = await files.dumpDatabase();
  await files.open('Needs repair.caseweave');
  let dialog = files.dialog('Needs repair.caseweave needs repairs');
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await expect(dialog.getByRole('listitem').first()).toContainText('points at a code that does not exist');
  await app.screenshot('project-files-08-repairs');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await files.dumpDatabase()).toEqual(before);

  await files.open('Needs repair.caseweave');
  dialog = files.dialog('Needs repair.caseweave needs repairs');
  await dialog.getByRole('button', { name: 'Repair and open' }).click();
  await expect(app.activeProjectName).toHaveText(`${EXAMPLE} (2)`);
  const trail = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('caseweave');
      request.onsuccess = () => resolve(request.result);
    });
    const events = await new Promise<{ action: string; detail: string }[]>((resolve) => {
      const request = db.transaction('auditEvents').objectStore('auditEvents').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return events.filter((event) => event.action === 'repair-on-open').map((event) => event.detail);
  });
  expect(trail).toHaveLength(1);
  expect(trail[0]).toMatch(/^removeCoding( \S+){3}$/);
  await context.close();
});

test('a recent file that is gone says so and leaves the list', async ({ browser }) => {
  const { context, page, app, files } = await freshMachine(browser);
  await files.saveAs('Moved away.caseweave');
  await page.evaluate(async () => (await navigator.storage.getDirectory()).removeEntry('Moved away.caseweave'));
  await app.goTo('Projects');
  const recent = page.getByRole('region', { name: 'Recent files' });
  await recent.getByRole('button', { name: 'Open Moved away.caseweave' }).click();
  await expect(app.toast('Moved away.caseweave can no longer be found')).toBeVisible();
  await expect(recent).toBeHidden();
  await context.close();
});
