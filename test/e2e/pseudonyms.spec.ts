// The project's pseudonym list in Settings: an informant imported with a real name shows as a seeded line; a line for
// a place is added by keyboard, the sample sentence shows both replaced before anything is saved; saving is one
// commit that Undo takes back (the panel follows); an override of the seed wins in the preview.
import { expect, test } from '@playwright/test';
import { InformantsPage } from './pages/InformantsPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const CSV = 'pseudonym,role,real name\nOwner A,owner,Harjo Wiyono\n';

test('the pseudonym list: seeded from informants, a line added, previewed, saved and undone', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Projects');
  await new ProjectsPage(page).create('Drum study');

  await test.step('an informant imported with a real name', async () => {
    await app.goTo('Informants');
    const informants = new InformantsPage(page);
    const dialog = await informants.startImport({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await informants.columnUse(dialog, 'real name').selectOption('realName');
    await dialog.getByRole('button', { name: 'Import 1 informant' }).click();
    await expect(informants.row('Owner A')).toBeVisible();
  });

  const panel = page.getByTestId('pseudonyms-panel');
  const preview = panel.getByTestId('pseudonym-preview');
  await test.step('Settings shows the informant as a seeded line, and the preview uses it', async () => {
    await app.goTo('Settings & about');
    await expect(panel.getByRole('heading', { name: 'Pseudonyms of "Drum study"' })).toBeVisible();
    await expect(panel.getByTestId('pseudonym-seed')).toHaveText(/Harjo Wiyono\s*Owner A\s*Informant/);
    await panel.getByLabel('Try a sentence').fill('Pak Harjo Wiyono sells drums in Sentul.');
    await expect(preview).toHaveText('Pak Owner A sells drums in Sentul.');
  });

  await test.step('a line for the village, added by keyboard, shows in the preview before it is saved', async () => {
    await panel.getByRole('button', { name: 'Add line' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByLabel('Real name, line 1')).toBeFocused();
    await page.keyboard.type('Sentul');
    await page.keyboard.press('Tab');
    await page.keyboard.type('the village');
    await expect(preview).toHaveText('Pak Owner A sells drums in the village.');
    await expect(panel.getByText('Unsaved changes')).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await app.screenshot('pseudonyms-01-panel');
    await panel.getByRole('button', { name: 'Save list' }).click();
    await expect(panel.getByText('Unsaved changes')).toHaveCount(0);
    await expect(panel.getByTestId('pseudonym-line')).toHaveCount(1);
  });

  await test.step('overriding the seed wins in the preview', async () => {
    await panel.getByRole('button', { name: 'Write a line of this list for Harjo Wiyono' }).click();
    await expect(panel.getByTestId('pseudonym-seed')).toHaveCount(0);
    await panel.getByLabel('Replaced by, line 2').fill('the drum maker');
    await expect(preview).toHaveText('Pak the drum maker sells drums in the village.');
    await panel.getByRole('button', { name: 'Discard changes' }).click();
    await expect(panel.getByTestId('pseudonym-seed')).toHaveCount(1);
  });

  await test.step('Undo takes the saved line back', async () => {
    await page.locator('.undo-buttons').getByRole('button', { name: 'Undo' }).click();
    await expect(panel.getByTestId('pseudonym-line')).toHaveCount(0);
    await expect(preview).toHaveText('Pak Owner A sells drums in Sentul.');
  });
  expect(errors).toEqual([]);
});
