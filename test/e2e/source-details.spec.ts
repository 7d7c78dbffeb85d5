// A source's details can be corrected after import; deleting it says what goes with it, and Undo brings it back.
import { expect, test } from '@playwright/test';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('edit a source’s details, then delete it and undo', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const sources = new SourcesPage(page);
  const view = await sources.open('Observation: a morning at Pak Harjo’s workshop');

  await view.details.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit source details' });
  await form.getByLabel('Kind').selectOption({ label: 'Other' });
  await form.getByLabel('Date').fill('2024-03-15');
  await form.getByLabel('Informants of this source').click();
  await form.getByRole('checkbox', { name: 'Rina' }).check();
  await app.screenshot('40-edit-source-details');
  await page.keyboard.press('Escape');
  await expect(form.getByRole('checkbox', { name: 'Rina' })).toBeHidden();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(view.details).toContainText('Other');
  await expect(view.details).toContainText('Mar 15, 2024');
  await expect(view.details).toContainText('Rina');

  await page.getByRole('button', { name: 'Delete source' }).click();
  const confirmation = page.getByRole('dialog', { name: 'Delete source?' });
  // The confirmation counts what goes with the source: the example codes this observation six times.
  await expect(confirmation).toContainText('with its 6 codings?');
  await confirmation.getByRole('button', { name: 'Delete source' }).click();
  await expect(sources.table.locator('tbody tr')).toHaveCount(4);
  await app.toast(/deleted/).getByRole('button', { name: 'Undo' }).click();
  await expect(sources.table.locator('tbody tr')).toHaveCount(5);
  await sources.informantFilter.selectOption({ label: 'Rina' });
  await expect(sources.table).toContainText('Observation: a morning at Pak Harjo’s workshop');
});
