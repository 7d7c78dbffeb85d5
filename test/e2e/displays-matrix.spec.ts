// A role-ordered matrix built from scratch in the example project: codes and role order in the builder (live preview),
// a cell opened by keyboard and by click with its excerpts, a written cell summary, a coding added in the source screen
// that flags the cell "evidence changed since this summary" (and "Mark as reviewed" clears it), the XLSX export read
// back with exceljs, and the display's rename, duplicate and undoable delete from the list.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { DisplaysPage } from './pages/DisplaysPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const NAME = 'Functions by role';
const ROLE = 'association representative';
const CODE = 'Business associations';
const SUMMARY = 'The association trains its members and shares a fair booth.';

/** A worksheet's rows as text, without exceljs's empty first column. */
const sheetRows = (sheet: ExcelJS.Worksheet): string[][] => {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(Array.isArray(row.values) ? row.values.slice(1).map((value) => (value == null ? '' : String(value))) : []);
  });
  return rows;
};

test('builds a role-ordered matrix, writes a cell summary, sees the evidence flag after a new coding and exports XLSX', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const displays = new DisplaysPage(page);
  await displays.open();
  await app.screenshot('displays-01-list');

  await displays.create(NAME, 'Role-ordered matrix');
  const grid = displays.grid(NAME);
  await expect(grid).toBeVisible();
  // The matrix is computed off the UI thread.
  expect(page.workers().some((worker) => worker.url().includes('displayWorker'))).toBe(true);
  await app.screenshot('displays-02-new-role-ordered');

  // The builder previews at once: two codes with their sub-codes, association representatives moved to the top.
  await displays.pick('Codes', [CODE, 'Diaspora']);
  await displays.builder.getByLabel('Count sub-codes with their code').check();
  await expect(grid.locator('thead th.matrix-column')).toHaveText([CODE, 'Diaspora']);
  const rolesBefore = await grid.locator('tbody th[scope="row"]').allInnerTexts();
  expect(rolesBefore).toContain(ROLE);
  const rolePosition = rolesBefore.indexOf(ROLE);
  for (let step = 0; step < rolePosition; step += 1) await displays.builder.getByRole('button', { name: `Move “${ROLE}” up` }).click();
  await expect(grid.locator('tbody th[scope="row"]').first()).toHaveText(ROLE);

  // Keyboard: the first cell takes focus, arrow keys move, Enter opens the cell.
  const first = await displays.cell(grid, ROLE, CODE);
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(displays.cellPanel.getByRole('heading', { name: `${ROLE} × Diaspora` })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(displays.cellPanel.getByRole('heading', { name: `${ROLE} × ${CODE}` })).toBeVisible();
  const excerpts = displays.cellPanel.getByTestId('cell-excerpt');
  await expect(excerpts.first()).toBeVisible();
  const excerptCount = await excerpts.count();
  await expect(excerpts.first()).toContainText('Informant: Wulan (association representative)');
  await expect(excerpts.first().getByRole('button', { name: /^Open in source/ })).toBeVisible();

  await displays.summaryEditor.click();
  await page.keyboard.type(SUMMARY);
  await expect(displays.cellPanel.getByText('Saved')).toBeVisible();
  await expect(first).toContainText(SUMMARY);
  await expect(first).not.toHaveClass(/flagged/);
  await app.screenshot('displays-03-cell-summary');

  // A new coding of the code in Bu Wulan's interview changes the cell's evidence.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Sources/ }).click();
  const source = await new SourcesPage(page).open('Interview with Bu Wulan (association)');
  await expect(source.transcript).toContainText('We started in 2012 with nineteen members.');
  const transcript = new TranscriptPage(page);
  await transcript.selectText('We started in 2012 with nineteen members.');
  await transcript.applyWithPicker(CODE);
  await page.goBack();
  await page.goBack();
  await expect(grid).toBeVisible();
  const flagged = await displays.cell(grid, ROLE, CODE);
  await expect(flagged).toHaveClass(/flagged/);
  await expect(flagged).toContainText(SUMMARY);
  await flagged.click();
  await expect(displays.evidenceNotice).toContainText('1 excerpt added, 0 removed.');
  await expect(displays.evidenceNotice.getByTestId('cell-excerpt')).toContainText('We started in 2012 with nineteen members.');
  await expect(excerpts).toHaveCount(excerptCount + 1 + 1);
  await app.screenshot('displays-04-evidence-changed');

  // The XLSX export: a header naming the display, the matrix with the summary in its cell, and the excerpts behind it.
  const download = await displays.exportXlsx();
  expect(download.suggestedFilename()).toBe('functions-by-role.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
  const matrix = workbook.getWorksheet('Matrix');
  const excerptSheet = workbook.getWorksheet('Excerpts');
  if (matrix === undefined || excerptSheet === undefined) throw new Error(`sheets: ${workbook.worksheets.map((sheet) => sheet.name).join(', ')}`);
  const rows = sheetRows(matrix);
  expect(rows[0]).toEqual(['Display', NAME]);
  expect(rows[1]).toEqual(['Type', 'Role-ordered matrix']);
  const header = rows.find((row) => row[0] === '' && row[1] === CODE);
  expect(header).toEqual(['', CODE, 'Diaspora']);
  const roleRow = rows.find((row) => row[0] === ROLE);
  expect(roleRow?.[1]).toBe(`${SUMMARY} (1 informant / ${excerptCount + 1} excerpts)`);
  const excerptRows = sheetRows(excerptSheet);
  expect(excerptRows[0]).toEqual(['Row', 'Column', 'Source', 'Speaker', 'Informant', 'Role', 'Code', 'Excerpt']);
  const cellExcerpts = excerptRows.filter((row) => row[0] === ROLE && row[1] === CODE);
  expect(cellExcerpts).toHaveLength(excerptCount + 1);
  expect(cellExcerpts.map((row) => row[7])).toContain('We started in 2012 with nineteen members.');

  await displays.evidenceNotice.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expect(displays.evidenceNotice).toBeHidden();
  await expect(flagged).not.toHaveClass(/flagged/);
  await app.screenshot('displays-05-reviewed');
  // Escape leaves the cell panel and puts the focus back on the cell.
  await displays.cellPanel.getByRole('button', { name: 'Close the cell' }).focus();
  await page.keyboard.press('Escape');
  await expect(displays.cellPanel).toBeHidden();
  await expect(flagged).toBeFocused();

  // "Open in source" opens the transcript at the excerpt; Back returns to the display.
  await page.keyboard.press('Enter');
  await displays.cellPanel.getByTestId('cell-excerpt').first().getByRole('button', { name: /^Open in source/ }).click();
  await expect(page.getByRole('heading', { name: 'Interview with Bu Wulan (association)', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(grid).toBeVisible();

  // Back in the list: duplicate, rename the copy, delete it and undo from the toast.
  await page.getByRole('link', { name: '← All displays' }).click();
  await expect(displays.list.getByRole('link', { name: NAME })).toBeVisible();
  await displays.list.getByRole('button', { name: `Duplicate display “${NAME}”` }).click();
  await expect(displays.list.getByRole('link', { name: `${NAME} (copy)` })).toBeVisible();
  await displays.list.getByRole('button', { name: `Rename display “${NAME} (copy)”` }).click();
  await displays.list.getByLabel(`New name for “${NAME} (copy)”`).fill('Second look');
  await displays.list.getByLabel('New name for “Functions by role (copy)”').press('Enter');
  await expect(displays.list.getByRole('link', { name: 'Second look' })).toBeVisible();
  await displays.list.getByRole('button', { name: 'Delete display “Second look”' }).click();
  await expect(displays.list.getByRole('link', { name: 'Second look' })).toHaveCount(0);
  await app.screenshot('displays-06-list-after-delete');
  await app.toast('Deleted display “Second look”').getByRole('button', { name: 'Undo' }).click();
  await expect(displays.list.getByRole('link', { name: 'Second look' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
