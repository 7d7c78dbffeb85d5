// Coders have one identity: renaming yourself in Settings renames you on every coding you made before (the
// example's codings were made under the default name), a colleague added and coded as gets their own name on new
// codings, and the coder filter of the coded excerpts tells the two apart — all by keyboard.
import { expect, test } from '@playwright/test';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('a coder renamed in Settings is renamed on every excerpt they coded', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Settings & about');
  const coders = page.getByRole('table', { name: 'Coders' });
  await expect(page.getByTestId('current-coder')).toHaveText('You code as researcher (R).');

  await coders.getByRole('button', { name: 'Edit the name and initials of researcher' }).focus();
  await page.keyboard.press('Enter');
  const name = page.getByLabel('Name of researcher');
  await expect(name).toBeFocused();
  await name.fill('Dewi Sartika');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Initials of researcher')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('DS');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-coder')).toHaveText('You code as Dewi Sartika (DS).');
  await expect(coders.getByRole('row', { name: /Dewi Sartika/ })).toContainText('you');

  await page.getByLabel('Name of a new coder').fill('Budi');
  await page.keyboard.press('Enter');
  await expect(coders.getByRole('row', { name: /Budi/ })).toBeVisible();
  await app.screenshot('coders-settings');

  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await excerpts.pickCode('Business networks');
  await expect(excerpts.excerpts.first()).toContainText('Dewi Sartika');
  await expect(excerpts.excerpts.filter({ hasText: 'researcher' })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
