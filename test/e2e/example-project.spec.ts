// A new user's first start: the example project is seeded and opened, with real sources, informants and speakers.
import { expect, test } from '@playwright/test';
import { InformantsPage } from './pages/InformantsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('a new user sees the example project with its sources and informants', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();

  await expect(app.activeProjectName).toHaveText('Kendang Jimbe case study (example)');
  const sources = new SourcesPage(page);
  await expect(sources.table.locator('tbody tr')).toHaveCount(5);
  await expect(sources.table).toContainText('Interview with Pak Harjo (owner)');
  await expect(sources.table).toContainText('Observation: a morning at Pak Harjo’s workshop');
  await app.screenshot('01-first-start-sources');

  const view = await sources.open('Interview with Pak Harjo (owner)');
  await expect(view.speakerChips().first()).toBeVisible();
  await expect(view.speakerChips().filter({ hasText: 'Pak Harjo' }).first()).toBeVisible();
  await expect(view.transcript).toContainText('How did your drums first reach buyers outside Indonesia?');
  await expect(view.speakers).toContainText('Interviewer');
  await expect(view.details).toContainText('owner-interview-harjo.txt');
  await expect(view.details).toContainText('Harjo');
  await app.screenshot('02-source-view');

  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  for (const pseudonym of ['Harjo', 'Dedi', 'Wulan', 'Rina', 'Ketut']) await expect(informants.row(pseudonym)).toBeVisible();
  await expect(informants.cell('Role of Wulan')).toHaveText('association representative');
  await expect(informants.row('Harjo')).toContainText(/\d+ sources?/);
  await app.screenshot('03-informants');

  await app.goTo('Settings & about');
  await expect(page.getByTestId('data-location')).toContainText("this browser’s storage for http://127.0.0.1:4173; persistent:");
  await app.screenshot('04-settings');

  // The last opened project reopens at start, and the example is not seeded twice.
  await page.reload();
  await expect(app.activeProjectName).toHaveText('Kendang Jimbe case study (example)');
  await app.goTo('Projects');
  await expect(page.getByRole('table', { name: 'Projects' }).locator('tbody tr')).toHaveCount(1);
  expect(pageErrors).toEqual([]);
});
