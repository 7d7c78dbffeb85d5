// Informants and their attributes imported from a spreadsheet: the handed-over informants.csv with its columns
// mapped and previewed, one Undo for the whole import; an .xlsx workbook read in the renderer; bad rows named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { InformantsPage } from './pages/InformantsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { ACCEPTANCE_FIXTURES } from '../support/acceptanceFixtures.ts';
import { makeXlsx } from '../support/makeXlsx.ts';

const csvFile = () => ({ name: 'informants.csv', mimeType: 'text/csv', buffer: readFileSync(join(ACCEPTANCE_FIXTURES, 'informants.csv')) });

test('import the fixture informants.csv: map the columns, preview, import, undo', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  const dialog = await informants.startImport(csvFile());

  // The guesses: pseudonym and role by their headers, the date column as a date attribute.
  await expect(informants.columnUse(dialog, 'pseudonym')).toHaveValue('pseudonym');
  await expect(informants.columnUse(dialog, 'role')).toHaveValue('role');
  await expect(informants.columnUse(dialog, 'date')).toHaveValue('attribute:date');
  // The file's bookkeeping columns are left out; the language becomes a text attribute.
  for (const column of ['id', 'file', 'source_type']) await informants.columnUse(dialog, column).selectOption('ignore');
  await expect(dialog.getByRole('status')).toHaveText('8 new, 0 updated, 0 refused.');
  const preview = dialog.getByRole('table', { name: 'Informants to import' });
  await expect(preview.getByRole('row').filter({ hasText: 'Bu Ratna' })).toContainText('association representative');
  await expect(preview.getByRole('row').filter({ hasText: 'Bu Ratna' })).toContainText('date: Mar 18, 2024');
  await expect(preview).not.toContainText('interviews/I04-association.srt');
  await app.screenshot('90-informant-import-mapping-preview');

  // Without a pseudonym column nothing can be imported.
  await informants.columnUse(dialog, 'pseudonym').selectOption('ignore');
  await expect(dialog.getByRole('alert')).toHaveText('Choose the column that holds the pseudonym.');
  await expect(dialog.getByRole('button', { name: /^Import \d+ informants?$/ })).toBeDisabled();
  await informants.columnUse(dialog, 'pseudonym').selectOption('pseudonym');

  await dialog.getByRole('button', { name: 'Import 8 informants' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.toast('Informants imported from informants.csv: 8 new, 0 updated.')).toBeVisible();
  await expect(informants.row('Markus Brandl')).toContainText('distributor');
  await expect(informants.row('Markus Brandl')).toContainText('Leipzig, Germany (video call)');
  await expect(informants.table.getByRole('columnheader', { name: /location/ })).toBeVisible();
  await app.screenshot('91-informants-after-import');

  // One Undo takes the whole import back.
  const undo = page.locator('.undo-buttons').getByRole('button', { name: 'Undo' });
  await expect(undo).toHaveAttribute('title', 'Undo: Import informants from informants.csv (Ctrl+Z)');
  await undo.click();
  await expect(informants.row('Markus Brandl')).toHaveCount(0);
  await expect(informants.row('Harjo')).toBeVisible();
});

test('import informants from an .xlsx workbook; bad rows are refused by file, row and reason', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  const workbook = await makeXlsx([
    ['Pseudonym', 'Role', 'Years in business', 'First contact'],
    ['Harjo', 'owner', 19, new Date(Date.UTC(2024, 2, 12))],
    ['Sari', 'craftsman', 'about ten', null],
    ['', 'trader', 4, null],
    ['Yusuf', 'trader', 7, new Date(Date.UTC(2024, 4, 2))],
  ]);
  const dialog = await informants.startImport({ name: 'people.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(workbook) });
  // "Years in business" is the project's "years in business" attribute, a number.
  await expect(informants.columnUse(dialog, 'Years in business')).toHaveValue('attribute:number');
  await expect(dialog.getByRole('status')).toHaveText('1 new, 1 updated, 2 refused.');
  const refusals = dialog.getByRole('region', { name: 'Rows that will not be imported' });
  await expect(refusals).toContainText('people.xlsx, row 3: “about ten” is not a number (column “years in business”).');
  await expect(refusals).toContainText('people.xlsx, row 4: the pseudonym is empty.');
  await app.screenshot('92-informant-import-xlsx-refusals');

  await dialog.getByRole('button', { name: 'Import 2 informants' }).click();
  await expect(dialog).toBeHidden();
  await expect(informants.row('Yusuf')).toContainText('May 2, 2024');
  await expect(informants.cell('years in business of Harjo')).toHaveText('19');
  await expect(informants.table.getByRole('columnheader', { name: /years in business/i })).toHaveCount(1);
});
