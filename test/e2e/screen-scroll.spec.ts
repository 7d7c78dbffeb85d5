// Each screen opens at its top: the Codes page no longer opens with its toolbar scrolled out of view because the
// screen before it was scrolled down.
import { expect, test } from '@playwright/test';
import { CodesPage } from './pages/codesPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('the Codes page opens at its top after a long transcript was scrolled down', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await new SourcesPage(page).open('Interview with Pak Harjo (owner)');
  const mainPane = page.locator('main#main');
  await mainPane.evaluate((pane) => pane.scrollTo({ top: pane.scrollHeight }));
  await expect.poll(() => mainPane.evaluate((pane) => pane.scrollTop)).toBeGreaterThan(200);

  const codes = new CodesPage(page);
  await codes.open();
  await expect(codes.toolbar).toBeInViewport();
  expect(await mainPane.evaluate((pane) => pane.scrollTop)).toBe(0);
  await app.screenshot('70-codes-page-opens-at-top');
});
