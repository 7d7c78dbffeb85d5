// A matrix of many rows (120 informants imported from a spreadsheet × the example's codes) renders only the rows in
// view: scrolling brings the last informants in, and the keyboard reaches the last cell (Ctrl+End) and the first
// (Ctrl+Home) though their rows were not rendered when the key was pressed. A cell of 130 excerpts (every search hit
// of "kiln" in an imported transcript, coded at once) opens with the first page of them and shows all on request.
import { expect, test } from '@playwright/test';
import { DisplaysPage } from './pages/DisplaysPage.ts';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const INFORMANTS = 120;
/** Excerpts a cell's panel shows before "Show all" (CellExcerptList.tsx). */
const FIRST_PAGE = 100;

test('a matrix of 120 informants renders the rows in view; scrolling and Ctrl+End reach the last one', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  const lines = ['pseudonym,role', ...Array.from({ length: INFORMANTS }, (_, index) => `Respondent ${String(index + 1).padStart(3, '0')},craftsman`)];
  const informants = new InformantsPage(page);
  const dialog = await informants.startImport({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await dialog.getByRole('button', { name: `Import ${INFORMANTS} informants` }).click();
  await expect(dialog).toBeHidden();

  const displays = new DisplaysPage(page);
  await displays.open();
  await displays.create('Everyone by code', 'Case-by-code matrix');
  const grid = displays.grid('Everyone by code');
  await expect(grid.locator('tbody tr[data-row]').first()).toBeVisible();
  const rowCount = Number(await grid.getAttribute('aria-rowcount'));
  expect(rowCount).toBeGreaterThan(INFORMANTS);
  const rendered = await grid.locator('tbody tr[data-row]').count();
  expect(rendered).toBeLessThan(INFORMANTS);
  await expect(grid.getByRole('rowheader', { name: 'Respondent 120', exact: true })).toHaveCount(0);
  await app.screenshot('displays-20-large-top');

  // Scrolling to the end renders the last informants.
  await page.locator('.matrix-scroll').evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(grid.getByRole('rowheader', { name: 'Respondent 120', exact: true })).toBeVisible();
  await expect(grid.getByRole('rowheader', { name: 'Respondent 001', exact: true })).toHaveCount(0);
  await app.screenshot('displays-21-large-bottom');

  // Back at the top, the keyboard walks to the last cell and back.
  await page.locator('.matrix-scroll').evaluate((element) => {
    element.scrollTop = 0;
  });
  const first = grid.locator('[data-cell="0:0"]');
  await first.focus();
  await page.keyboard.press('Control+End');
  // The grid's rows: one header row, the data rows, the totals row.
  const lastRow = rowCount - 3;
  await expect(page.locator(':focus')).toHaveAttribute('data-cell', new RegExp(`^${lastRow}:\\d+$`));
  await expect(grid.locator(`tr[data-row="${lastRow}"] th[scope="row"]`)).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-cell', '0:0');
  await page.keyboard.press('Enter');
  await expect(displays.cellPanel).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a cell of more than 100 excerpts shows the first 100, then all of them on request', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  // One transcript that names the kiln in each of its 130 answers.
  const turns = Array.from({ length: 130 }, (_, index) => `INT: What happened in week ${index + 1}?\nHARJO: The kiln was fired again in week ${index + 1}.`);
  await app.chooseFiles([{ name: 'kiln-diary.txt', mimeType: 'text/plain', buffer: Buffer.from(turns.join('\n'), 'utf8') }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await dialog.confirm(1);
  await dialog.close();
  const search = new SearchPage(page);
  await search.open();
  await search.search('kiln');
  const total = Number((await search.summary.innerText()).match(/^([\d,]+) hits/)?.[1].replace(/,/g, ''));
  expect(total).toBeGreaterThan(FIRST_PAGE);
  await search.chooseScope('The hit only');
  await search.selectAll.check();
  await search.codeTickedHits('distrib effic', total);
  await expect(app.toast(/^Coded [\d,]+ .*with Global collaboration \/ Distribution efficiency/)).toBeVisible();

  const displays = new DisplaysPage(page);
  await displays.open();
  await displays.create('Distribution by source', 'Case-by-code matrix');
  await displays.builder.getByRole('combobox', { name: 'Rows', exact: true }).selectOption({ label: 'Sources' });
  await displays.pick('Codes', ['Global collaboration / Distribution efficiency']);
  const grid = displays.grid('Distribution by source');
  await expect(grid.locator('tbody tr[data-row]')).not.toHaveCount(0);
  // The busiest cell: the row whose count is the largest.
  const counts = (await grid.locator('tbody tr[data-row] [data-cell]').allInnerTexts()).map((text) => Number(text.replace(/[^\d]/g, '')) || 0);
  const busiest = counts.indexOf(Math.max(...counts));
  expect(counts[busiest]).toBeGreaterThan(FIRST_PAGE);
  await grid.locator(`[data-cell="${busiest}:0"]`).click();
  await expect(displays.cellPanel.getByTestId('cell-excerpt')).toHaveCount(FIRST_PAGE);
  await displays.cellPanel.getByRole('button', { name: `Show all ${counts[busiest].toLocaleString('en')} excerpts` }).click();
  await expect(displays.cellPanel.getByTestId('cell-excerpt')).toHaveCount(counts[busiest]);
  await app.screenshot('displays-22-many-excerpts');
});
