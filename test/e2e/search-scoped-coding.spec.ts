// Scoped auto-coding of search hits (issue 7, item 1): "select all hits" ticks every hit of the query, shown or
// not; "Its sentence" codes whole sentences around the hits, one coding per speaker turn, in one undo step; the
// scope is remembered by the project after a reload.
import { expect, test } from '@playwright/test';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const CODE = 'Global collaboration / Distribution efficiency';

test('codes the sentences around every hit, and remembers the scope after a reload', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const search = new SearchPage(page);
  await search.open();
  await search.search('drying');
  await expect(search.summary).toHaveText(/^3 hits in 2 sources/);
  await expect(search.scope).toHaveValue('hit');

  // One ticked hit leaves "select all" mixed; ticking it selects all three.
  await search.tick(0);
  await expect(search.selectAll).toBeChecked({ indeterminate: true });
  await search.selectAll.check();
  await expect(search.selectedCount).toHaveText('3 selected');
  await expect(search.hits.getByRole('checkbox', { name: 'Select this hit' })).toHaveCount(3);
  for (const box of await search.hits.getByRole('checkbox', { name: 'Select this hit' }).all()) await expect(box).toBeChecked();

  await search.chooseScope('Its sentence');
  await app.screenshot('search-03-scope-and-select-all');
  await search.codeTickedHits('distrib effic', 3);
  const toast = app.toast(`Coded 3 passages of whole sentences with ${CODE} (3 hits).`);
  await expect(toast).toBeVisible();
  await expect(search.selectedCount).toHaveText('0 selected');

  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await excerpts.pickCode(CODE);
  await expect(excerpts.excerpts).toHaveCount(3);
  const texts = (await excerpts.excerpts.locator('.excerpt-text').allInnerTexts()).map((text) => text.trim()).sort();
  expect(texts).toEqual([
    'I want shorter trainings in the evening, in the village, and a shared drying shed so that small makers can also meet the quality that foreign buyers expect.',
    'Repeat the tuning and drying training before the next expo, in the evening so that craftsmen can join.',
    'We organise sessions on drying and finishing the wood, on tuning, on costing and pricing, and on export documents such as the certificate of origin and the legality papers for timber.',
  ]);

  // The project remembers the scope: after a reload it is still "Its sentence".
  await page.reload();
  await expect(app.navigation).toBeVisible();
  await search.open();
  await search.search('drying');
  await expect(search.scope).toHaveValue('sentence');
  expect(pageErrors).toEqual([]);
});

test('"select all hits" ticks hits beyond the page shown, and clears them again', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const search = new SearchPage(page);
  await search.open();
  await search.search('t*');
  const total = Number((await search.summary.innerText()).match(/^([\d,]+) hits/)?.[1].replace(/,/g, ''));
  // The example holds more words starting with "t" than one page of hits shows.
  await expect(search.hits.first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Show \d+ more hits?$/ })).toBeVisible();
  expect(total).toBeGreaterThan(200);
  await search.selectAll.check();
  await expect(search.selectedCount).toHaveText(`${total.toLocaleString('en')} selected`);
  await expect(page.getByRole('button', { name: `Code ${total.toLocaleString('en')} hits`, exact: true })).toBeVisible();
  await search.selectAll.uncheck();
  await expect(search.selectedCount).toHaveText('0 selected');
});
