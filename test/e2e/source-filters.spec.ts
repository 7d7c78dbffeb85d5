// The source list of the example project: filter by kind, informant and role; sort by title or date.
import { expect, test } from '@playwright/test';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('filter the source list by kind, informant and role, and sort it by title or date', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const sources = new SourcesPage(page);
  await expect(sources.table.locator('tbody tr')).toHaveCount(5);

  const byTitle = await sources.titles();
  expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b)));

  await sources.sort.selectOption({ label: 'Date' });
  expect(await sources.titles()).toEqual([
    'Association report: provincial craft expo 2023',
    'Interview with Pak Harjo (owner)',
    'Observation: a morning at Pak Harjo’s workshop',
    'Interview with Bu Wulan (association)',
    'Wawancara dengan Mbak Rina (diaspora)',
  ]);

  await sources.kindFilter.selectOption({ label: 'Observation' });
  expect(await sources.titles()).toEqual(['Observation: a morning at Pak Harjo’s workshop']);

  await sources.kindFilter.selectOption({ label: 'Interview' });
  await expect(sources.table.locator('tbody tr')).toHaveCount(3);

  await sources.informantFilter.selectOption({ label: 'Wulan' });
  expect(await sources.titles()).toEqual(['Interview with Bu Wulan (association)']);

  await sources.kindFilter.selectOption({ label: 'All' });
  await sources.informantFilter.selectOption({ label: 'All' });
  await sources.roleFilter.selectOption({ label: 'diaspora actor' });
  expect(await sources.titles()).toEqual(['Wawancara dengan Mbak Rina (diaspora)']);
  await app.screenshot('30-filtered-by-role');

  await sources.roleFilter.selectOption({ label: 'partner/distributor' });
  expect(await sources.titles()).toEqual(['Association report: provincial craft expo 2023']);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(sources.table.locator('tbody tr')).toHaveCount(5);
});
