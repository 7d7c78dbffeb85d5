// Every matrix type in the example project: "New display" with its type chooser, each type's own builder options
// (clusters, checklist code, rating scale and the rating with its justifying quote, periods of the user's own,
// triangulation split, co-occurrence proximity), a count matrix with heat shading and totals, sorting from the headers,
// the display memo and "Include in report", and the CSV, TSV and PNG exports.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../support/parseCsv.ts';
import { DisplaysPage } from './pages/DisplaysPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('each matrix type offers its own builder options; counts shade, total and sort; CSV, TSV and PNG export', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const displays = new DisplaysPage(page);
  await displays.open();

  await page.getByRole('button', { name: 'New display' }).click();
  const dialog = page.getByRole('dialog', { name: 'New display' });
  await expect(dialog.getByRole('radio')).toHaveCount(10);
  await expect(dialog.getByLabel('Name')).toHaveAttribute('placeholder', 'Case-by-code matrix');
  await dialog.getByRole('radio', { name: /^Triangulation matrix/ }).check();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('placeholder', 'Triangulation matrix');
  await app.screenshot('displays-10-new-display-dialog');
  await dialog.getByRole('radio', { name: /^Case-by-code matrix/ }).check();
  await dialog.getByRole('button', { name: 'Create display' }).click();

  // Case-by-code: counts with heat shading and totals; the totals sort the rows.
  const counts = displays.grid('Case-by-code matrix');
  await expect(counts).toBeVisible();
  await displays.pick('Codes', ['Business networks', 'Global collaboration', 'Diaspora', 'Business associations']);
  await displays.builder.getByLabel('Count sub-codes with their code').check();
  await expect(counts.locator('thead th.matrix-column')).toHaveCount(4);
  const harjo = await displays.cell(counts, 'Harjo', 'Global collaboration');
  await expect(harjo).toHaveAttribute('style', /background: rgba\(47, 93, 138/);
  const rowTotals = await counts.locator('tbody tr:not(.matrix-totals) td.matrix-total').allInnerTexts();
  const grand = Number(await counts.locator('td.matrix-total.grand').innerText());
  expect(grand).toBeGreaterThan(0);
  expect(rowTotals.map(Number).every((value) => value <= grand)).toBe(true);
  await counts.getByRole('button', { name: 'Sort rows by total' }).click();
  await expect(counts.getByRole('button', { name: 'Sort rows by total' })).toHaveAttribute('aria-pressed', 'true');
  await expect(counts.getByRole('button', { name: 'Sort rows by total' })).toContainText('↓');
  await page.getByLabel('Include in report').check();
  await page.getByRole('button', { name: 'Write a memo' }).click();
  await page.getByRole('textbox', { name: 'Memo text' }).fill('Harjo carries the collaboration column.');
  await app.screenshot('displays-11-case-by-code-counts');

  // CSV: the header block names the display, then the matrix with its totals.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV' }).click();
  const csv = parseCsv(new TextDecoder().decode(await readFile(await (await csvDownload).path())).replace(/^\uFEFF/, ''));
  expect(csv[0]).toEqual(['Display', 'Case-by-code matrix']);
  const tableStart = csv.findIndex((row) => row[0] === '' && row[1] === 'Business networks');
  expect(csv[tableStart]).toEqual(['', 'Business networks', 'Global collaboration', 'Diaspora', 'Business associations', 'Total']);
  const totalsRow = csv.slice(tableStart).find((row) => row[0] === 'Total');
  expect(totalsRow?.at(-1)).toBe(String(grand));

  // TSV on the clipboard: the same matrix, tab-separated.
  await page.getByRole('button', { name: 'Copy as TSV' }).click();
  await expect(app.toast('Copied the matrix as tab-separated text.')).toBeVisible();
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  expect(tsv.split(/\r?\n/)[0]).toBe(['', 'Business networks', 'Global collaboration', 'Diaspora', 'Business associations', 'Total'].join('\t'));

  // PNG: a real picture of the matrix.
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PNG' }).click();
  const png = await readFile(await (await pngDownload).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBeGreaterThan(400);

  const make = async (type: string) => {
    await page.getByRole('link', { name: '← All displays' }).click();
    await displays.create(type, type);
  };

  await make('Conceptually clustered matrix');
  await expect(displays.builder.getByLabel('Under their model roles')).toBeChecked();
  await displays.builder.getByLabel('Under parent codes').check();
  await expect(displays.builder.getByLabel('Parent codes', { exact: true })).toBeVisible();
  await displays.pick('Parent codes', ['Diaspora', 'Business associations']);
  const clustered = displays.grid('Conceptually clustered matrix');
  await expect(clustered.locator('.column-groups th')).toHaveText(['Diaspora', 'Business associations']);
  await app.screenshot('displays-12-clustered');

  await make('Checklist matrix');
  await displays.builder.getByLabel('Rows: the sub-codes of').selectOption({ label: 'Business associations' });
  await expect(displays.builder.getByLabel('Ratings, separated by commas (empty: the default scale)')).toHaveAttribute('placeholder', 'Strong, Present, Sketchy, Absent');
  const checklist = displays.grid('Checklist matrix');
  await expect(checklist).toBeVisible();
  const filled = checklist.locator('[role="gridcell"]:not(.empty)').first();
  await filled.click();
  await displays.cellPanel.getByRole('combobox', { name: 'Rating', exact: true }).selectOption({ label: 'Strong' });
  const quoteOptions = displays.cellPanel.getByLabel('Justifying quote').locator('option');
  expect(await quoteOptions.count()).toBeGreaterThan(1);
  await displays.cellPanel.getByLabel('Justifying quote').selectOption({ index: 1 });
  await expect(displays.cellPanel.locator('blockquote.justifying')).toBeVisible();
  await expect(filled.locator('.rating-chip')).toHaveText('Strong');
  await app.screenshot('displays-13-checklist-rating');

  await make('Time-ordered matrix');
  await displays.builder.getByLabel('Periods of').selectOption('custom');
  await displays.builder.getByRole('button', { name: 'Add a period' }).click();
  await displays.builder.getByLabel('Name of period 1').fill('Before the fair');
  await displays.builder.getByLabel('First day of period 1').fill('2020-01-01');
  await displays.builder.getByLabel('Last day of period 1').fill('2023-12-31');
  await expect(displays.builder.getByLabel('Name of period 1')).toHaveValue('Before the fair');
  await app.screenshot('displays-14-time-ordered-periods');

  await make('Triangulation matrix');
  await displays.builder.getByLabel('Split each source kind by informant role').check();
  await app.screenshot('displays-15-triangulation');

  await make('Code co-occurrence');
  await displays.builder.getByLabel('Two segments count together when they').selectOption('proximity');
  await displays.builder.getByLabel('N (characters)').fill('300');
  await page.getByRole('button', { name: 'Hide builder' }).click();
  await expect(displays.builder).toBeHidden();
  await app.screenshot('displays-16-cooccurrence-builder-hidden');
  await page.getByRole('button', { name: 'Show builder' }).click();
  await expect(displays.builder.getByLabel('N (characters)')).toHaveValue('300');

  // The list names every type, and the report mark.
  await page.getByRole('link', { name: '← All displays' }).click();
  // Six new displays beside the example project's own four.
  await expect(displays.list.locator('tbody tr')).toHaveCount(6 + 4);
  await expect(displays.list.locator('tbody tr').filter({ hasText: 'Case-by-code matrix' })).toContainText('Included');
  await app.screenshot('displays-17-list');
  expect(pageErrors).toEqual([]);
});
