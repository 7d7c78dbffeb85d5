// The informants table: typed attributes are edited with typed fields, new roles become presets, delete asks first and undoes.
import { expect, test } from '@playwright/test';
import { InformantsPage } from './pages/InformantsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('edit typed attributes, extend the role presets, delete an informant and undo', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  const informants = new InformantsPage(page);

  // A number attribute is edited with a number field and shown formatted.
  await informants.editCell('years in business of Dedi', '1200');
  await expect(informants.cell('years in business of Dedi')).toHaveText('1,200');

  // A role typed for one informant is offered to the others.
  await informants.editCell('Role of Dedi', 'drum tuner');
  await informants.cell('Role of Harjo').click();
  await expect(page.locator('#informant-role-presets option[value="drum tuner"]')).toHaveCount(1);
  await informants.table.getByLabel('Role of Harjo', { exact: true }).press('Escape');

  await informants.addAttribute('member since', 'date');
  await informants.editCell('member since of Wulan', '2015-06-01');
  await expect(informants.cell('member since of Wulan')).toHaveText('Jun 1, 2015');
  // A declared column is kept even before any informant has a value in it.
  await informants.addAttribute('export markets', 'text');
  const exportMarkets = informants.table.getByRole('columnheader', { name: /export markets/ });
  await expect(exportMarkets).toBeVisible();
  await page.reload();
  await expect(exportMarkets).toBeVisible();

  await page.getByRole('button', { name: 'Delete informant Ketut', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete informant?' });
  await dialog.getByRole('button', { name: 'Delete informant' }).click();
  await expect(informants.row('Ketut')).toHaveCount(0);
  await app.toast('Informant “Ketut” deleted.').getByRole('button', { name: 'Undo' }).click();
  await expect(informants.row('Ketut')).toBeVisible();
  await expect(informants.row('Ketut')).toContainText('1 source');
  await app.screenshot('50-informants-after-edits');

  // Each informant shows its sources: the link opens the source list filtered to them.
  await informants.row('Ketut').getByRole('button', { name: /Show the 1 sources of Ketut/ }).click();
  expect(await new SourcesPage(page).titles()).toEqual(['Association report: provincial craft expo 2023']);
});
