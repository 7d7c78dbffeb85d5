// A matrix of many rows (120 informants imported from a spreadsheet × the example's codes) renders only the rows in
// view: scrolling brings the last informants in, and the keyboard reaches the last cell (Ctrl+End) and the first
// (Ctrl+Home) though their rows were not rendered when the key was pressed.
import { expect, test } from '@playwright/test';
import { DisplaysPage } from './pages/DisplaysPage.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const INFORMANTS = 120;

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
