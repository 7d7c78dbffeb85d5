// Full-text search over the example project: accent- and case-insensitive words, phrases and prefixes as
// keyword-in-context lines; "Code all hits" codes two ticked hits (retrieval shows them) and Ctrl+Z undoes it.
import { expect, test } from '@playwright/test';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

test('finds words regardless of case and accents, phrases and prefixes', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const search = new SearchPage(page);
  await search.open();
  await expect(page.getByText('Type a word to search all sources.')).toBeVisible();
  await expect(page.getByText(/^5 sources indexed$/)).toBeVisible();

  // "KOLN" finds "Köln" in the Indonesian interview.
  await search.search('KOLN');
  await expect(search.summary).toHaveText(/^1 hit in 1 source/);
  expect(await search.hitWords()).toEqual(['Köln']);
  await expect(search.hits.first()).toContainText('mengajak dua toko di');
  await expect(page.getByRole('region', { name: 'Hits in Wawancara dengan Mbak Rina (diaspora)' })).toBeVisible();

  // A phrase matches the words side by side only.
  await search.search('"drying shed"');
  await expect(search.summary).toHaveText(/^1 hit in 1 source/);
  expect((await search.hitWords()).map(fold)).toEqual(['drying shed']);

  // A prefix finds every word starting with it, across sources, grouped by source with counts.
  await search.search('train*');
  await expect(search.summary).toHaveText(/^\d+ hits in [2-9] sources/);
  const words = (await search.hitWords()).map(fold);
  expect(words.length).toBeGreaterThan(2);
  for (const word of words) expect(word.startsWith('train')).toBe(true);
  expect(new Set(words).size).toBeGreaterThan(1);
  await app.screenshot('search-01-prefix');

  // Nothing found is said plainly.
  await search.search('xylophone');
  await expect(search.summary).toHaveText('No source contains these words.');
  expect(pageErrors).toEqual([]);
});

test('codes two ticked hits with a code; retrieval shows them; undo from the toast and with Ctrl+Z, redo with Ctrl+Shift+Z', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const search = new SearchPage(page);
  await search.open();
  await search.search('mahogany');
  await expect(search.summary).toHaveText(/^2 hits in/);
  await search.tick(0);
  await search.tick(1);
  await expect(page.getByText('2 selected')).toBeVisible();
  const hitWords = await search.hitWords();
  // The fuzzy picker finds "Distribution efficiency" (no codings in the example) from a few letters.
  await search.codeTickedHits('distrib effic', 2);
  const toast = app.toast('Coded 2 hits with Global collaboration / Distribution efficiency.');
  await expect(toast).toBeVisible();
  await expect(page.getByText('0 selected')).toBeVisible();
  await app.screenshot('search-02-coded-hits');

  const excerptsScreen = new ExcerptsPage(page);
  await excerptsScreen.open();
  await excerptsScreen.pickCode('Global collaboration / Distribution efficiency');
  await expect(excerptsScreen.excerpts).toHaveCount(2);
  expect(await excerptsScreen.excerpts.locator('.excerpt-text').allInnerTexts()).toEqual(hitWords);

  // Undo from the toast removes both codings in one step.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No coded excerpt matches the selected codes and filters.')).toBeVisible();

  // The session-wide keys redo and undo it again (focus outside any text field).
  await excerptsScreen.heading.click();
  await page.keyboard.press('Control+Shift+Z');
  await expect(excerptsScreen.excerpts).toHaveCount(2);
  await page.keyboard.press('Control+Z');
  await expect(page.getByText('No coded excerpt matches the selected codes and filters.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('codes a single ticked hit, and says so in the singular when it is coded already', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const search = new SearchPage(page);
  await search.open();
  await search.search('KOLN');
  await expect(search.summary).toHaveText(/^1 hit in 1 source/);
  await search.tick(0);
  await expect(page.getByRole('button', { name: 'Code 1 hit', exact: true })).toBeVisible();
  await search.codeTickedHits('distrib effic', 1);
  await expect(app.toast('Coded 1 hit with Global collaboration / Distribution efficiency.')).toBeVisible();

  // The same hit again with the same code: nothing new, and the message says so in the singular.
  await search.tick(0);
  await page.getByRole('button', { name: 'Code 1 hit', exact: true }).click();
  await expect(app.toast('The hit was already coded with Global collaboration / Distribution efficiency; nothing changed.')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('an unquoted two-word search lists one line per place, not one per word (issue 7, item 9)', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const search = new SearchPage(page);
  await search.open();
  // Bu Wulan says "drying" twice, once in "a shared drying shed": two places, the second with both words marked.
  await search.search('drying shed');
  await expect(search.summary).toHaveText(/^2 hits in 1 source/);
  expect(await search.hitWords()).toEqual(['drying', 'drying shed']);
  await expect(search.hits.nth(1)).toContainText('and a shared drying shed so that small makers');
  await app.screenshot('search-04-two-words-one-line');
});
