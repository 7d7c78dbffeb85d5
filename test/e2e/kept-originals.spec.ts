// Kept originals in the browser: the project's setting turned on by keyboard in Settings, an imported .docx kept and
// saved back out byte for byte from the source's details, the project saved to a file (stubbed picker) whose
// originals/ entry holds the same bytes with the source's SHA-256 and opens on another machine with them; turning the
// setting off drops what was kept only when asked, and Undo brings it back.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Browser } from '@playwright/test';
import { makeDocx } from '../support/makeDocx.ts';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { KeptOriginalsPage } from './pages/KeptOriginalsPage.ts';
import { ProjectFilesPage, usePickerStubs } from './pages/ProjectFilesPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const DOCX = 'harjo-interview.docx';
const docx = makeDocx({
  body: [
    'Interview with Pak Harjo, drum workshop, Sentul',
    'Interviewer: How did your drums first reach buyers abroad?',
    'Pak Harjo: A trader from Bali came in 2012 and bought forty drums for a shop in Rotterdam.',
  ],
});
const NOTE = 'Field note: two boys sanded drums in the yard.\n';
const FILE = 'Drum study.caseweave';

const freshMachine = async (browser: Browser) => {
  const context = await browser.newContext();
  await usePickerStubs(context);
  const page = await context.newPage();
  const app = new WorkbenchPage(page);
  await app.open();
  return { context, page, app, files: new ProjectFilesPage(page), originals: new KeptOriginalsPage(page) };
};

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

test('a project that keeps originals keeps an imported file byte for byte, in the app and in its project file', async ({ browser }) => {
  const first = await freshMachine(browser);
  const { page, app, files, originals } = first;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await test.step('turn the setting on by keyboard in Settings: it says what it costs', async () => {
    await app.goTo('Projects');
    await new ProjectsPage(page).create('Drum study');
    await app.goTo('Settings & about');
    await expect(originals.setting).not.toBeChecked();
    await originals.toggleByKeyboard();
    await expect(originals.setting).toBeChecked();
    await expect(page.getByText(/The project file, its autosaves and its backups grow by the size of those files/)).toBeVisible();
    await originals.expectKept('No imported files kept.');
    await originals.setting.scrollIntoViewIfNeeded();
    await app.screenshot('kept-originals-01-setting');
  });

  await test.step('import a .docx and a text file: both are kept', async () => {
    await app.goTo('Sources');
    await app.chooseFiles([
      { name: DOCX, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) },
      { name: 'yard.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTE, 'utf8') },
    ]);
    const dialog = new ImportDialogPage(page);
    await dialog.expectReview();
    await dialog.confirm(2);
    await dialog.close();
    await app.goTo('Settings & about');
    await originals.expectKept(/^2 imported files kept \(\d+(\.\d)? kB\)\.$/);
  });

  await test.step('the source\'s details say the original is kept, and save it back out unchanged', async () => {
    await app.goTo('Sources');
    const view = await new SourcesPage(page).open('Harjo interview');
    const line = originals.inDetails(view.details);
    await expect(line).toContainText(/^Original kept \(\d+(\.\d)? kB\)/);
    await line.scrollIntoViewIfNeeded();
    await app.screenshot('kept-originals-02-source-details');
    const downloading = page.waitForEvent('download');
    await line.getByRole('button', { name: 'Save original…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(DOCX);
    expect(new Uint8Array(await readFile(await download.path()))).toEqual(docx);
  });

  let fileBase64 = '';
  await test.step('save to a file: its originals/ entry holds the bytes, with the source\'s SHA-256', async () => {
    await files.saveAs(FILE);
    fileBase64 = await files.readFile(FILE);
    const entries = unzipSync(new Uint8Array(Buffer.from(fileBase64, 'base64')));
    const sources = JSON.parse(strFromU8(entries['tables/sources.json'])) as { id: string; originalFileName: string; sha256: string }[];
    const harjo = sources.find((source) => source.originalFileName === DOCX);
    if (harjo === undefined) throw new Error('no source of the .docx in the file');
    const kept = entries[`originals/${harjo.id}/${DOCX}`];
    expect(kept).toEqual(docx);
    expect(sha256(kept)).toBe(harjo.sha256);
    expect(Object.keys(entries).filter((name) => name.startsWith('originals/'))).toHaveLength(2);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'])) as { entries: Record<string, { sha256: string }> };
    expect(manifest.entries[`originals/${harjo.id}/${DOCX}`].sha256).toBe(harjo.sha256);
  });

  await test.step('turning the setting off asks; dropping the originals is undone by Undo', async () => {
    await app.goTo('Settings & about');
    await originals.toggleByKeyboard();
    await expect(originals.turnOffDialog).toBeVisible();
    await expect(originals.turnOffDialog).toContainText(/This project keeps 2 imported files/);
    await app.screenshot('kept-originals-03-turn-off');
    await originals.turnOffDialog.getByRole('button', { name: 'Drop them' }).click();
    await expect(originals.setting).not.toBeChecked();
    await originals.expectKept('No imported files kept.');
    const toast = app.toast(/Dropped 2 imported files/);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await originals.expectKept(/^2 imported files kept/);
    await expect(originals.setting).toBeChecked();
  });

  expect(errors).toEqual([]);
  await first.context.close();

  await test.step('on another machine the file opens with its originals', async () => {
    const other = await freshMachine(browser);
    await other.files.writeFile(FILE, fileBase64);
    await other.files.open(FILE);
    await expect(other.app.activeProjectName).toHaveText('Drum study');
    const view = await new SourcesPage(other.page).open('Harjo interview');
    await expect(other.originals.inDetails(view.details)).toContainText(/^Original kept/);
    await other.app.goTo('Settings & about');
    await expect(other.originals.setting).toBeChecked();
    await other.originals.expectKept(/^2 imported files kept/);
    await other.context.close();
  });
});
