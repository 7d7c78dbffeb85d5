// A code's anchor example in the example project: the code's details offer its first quotes, one is chosen as the
// anchor by keyboard (marked, with "Clear"), Undo takes the choice back, and "Clear" removes it again.
import { expect, test } from '@playwright/test';
import { CodesPage } from './pages/codesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('chooses, undoes and clears the anchor example of a code', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const codes = new CodesPage(page);
  await codes.open();
  await codes.select('Learning');
  const anchors = codes.details.getByRole('region', { name: 'Anchor example' });
  const items = anchors.getByTestId('anchor-item');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThan(1);
  await expect(items.first()).toContainText('First quote (shown while none is chosen)');
  await expect(anchors.locator('[aria-current="true"]')).toHaveCount(0);

  const second = items.nth(1);
  const quote = await second.locator('blockquote').textContent();
  await second.getByRole('button', { name: /^Use the quote from .* as anchor example$/ }).focus();
  await page.keyboard.press('Enter');
  const chosen = anchors.locator('[aria-current="true"]');
  await expect(chosen).toHaveCount(1);
  await expect(chosen.locator('blockquote')).toHaveText(quote ?? '');
  await expect(chosen).toContainText('Anchor');
  await chosen.scrollIntoViewIfNeeded();
  await app.screenshot('codes-10-anchor-example');

  await page.locator('.undo-buttons').getByRole('button', { name: 'Undo' }).click();
  await expect(chosen).toHaveCount(0);
  await page.locator('.undo-buttons').getByRole('button', { name: 'Redo' }).click();
  await expect(chosen).toHaveCount(1);
  await chosen.getByRole('button', { name: 'Clear the anchor example' }).click();
  await expect(chosen).toHaveCount(0);
  expect(errors).toEqual([]);
});
