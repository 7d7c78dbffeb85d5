// A conclusion's member checks on the example project: the networks conclusion rests on Pak Harjo's words only, and he
// confirmed it and his transcript, so its page says it is member-checked by 1 of 1 informant with both answers, and
// the list shows the same n of m beside its evidence counts.
import { expect, test } from '@playwright/test';
import { ConclusionsPage } from './pages/ConclusionsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const NETWORKS = 'Business networks were the entry point to export markets';

test('shows who member-checked a conclusion, with their responses, on its page and in the list', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const conclusions = new ConclusionsPage(page);
  await conclusions.open();

  await expect(conclusions.item(NETWORKS).locator('.conclusion-list-counts')).toContainText('1 of 1 member-checked');
  await conclusions.item(NETWORKS).click();
  const section = page.getByTestId('conclusion-member-checks');
  await expect(section.getByTestId('member-check-count')).toHaveText('member-checked by 1 of 1 informant whose words it uses');
  await expect(section.getByRole('list', { name: 'Responses' }).getByRole('listitem')).toHaveText([
    'Harjo: confirmed (the transcript), May 13, 2024', 'Harjo: confirmed (the conclusion), May 13, 2024',
  ]);
  expect(pageErrors).toEqual([]);
});
