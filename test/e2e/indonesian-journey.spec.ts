// Issue 12: the whole journey in Bahasa Indonesia. The language is switched in Settings (with the keyboard), then an
// Indonesian interview is imported, a passage coded, the sources searched and the coded excerpts opened; each screen
// is photographed and must show no English UI text; a reload keeps the language.
import { expect, test } from '@playwright/test';
import { LocalizedWorkbenchPage } from './pages/LocalizedWorkbenchPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';

const FILE = 'wawancara-bu-ratna.txt';
const TITLE = 'Wawancara bu ratna';
const INTERVIEW = [
  'Wawancara dengan Bu Ratna, perajin tenun ikat, Sumba Timur',
  '',
  'P: Bagaimana kain Ibu pertama kali sampai ke pembeli di luar negeri?',
  '',
  'R1: Seorang pedagang dari Bali datang ke sanggar kami pada tahun 2014. Dia membeli dua puluh lembar kain.',
  '',
  'P: Siapa yang membantu Ibu belajar mengekspor?',
  '',
  'R1: Koperasi mengadakan pelatihan pewarna alami. Sesudah itu warnanya tahan lama dan pembeli kembali lagi.',
  '',
].join('\n');
const PASSAGE = 'Koperasi mengadakan pelatihan pewarna alami';
const CODE = 'Business networks';

test('the journey in Bahasa Indonesia shows no English and the language survives a reload', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new LocalizedWorkbenchPage(page, 'id');
  const view = new TranscriptPage(page);
  const checkScreen = async (name: string): Promise<void> => {
    await app.screenshot(`indonesian-${name}`);
    expect.soft(await app.englishOnScreen(), `English left on the ${name} screen`).toEqual([]);
  };

  await test.step('switch the language in Settings', async () => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('nav.sidebar').getByRole('button', { name: /^Settings & about/ }).click();
    await app.switchLanguage('id');
    await expect(page.locator('#settings-heading')).toHaveText(app.text('settings.title'));
    await expect(page.locator('nav.sidebar')).toHaveAttribute('aria-label', app.text('app.nav.label'));
    await checkScreen('01-settings');
  });

  await test.step('import a generated Indonesian transcript', async () => {
    await app.goTo('app.nav.sources');
    await page.getByLabel(app.text('app.import.fileInput')).setInputFiles([{ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(INTERVIEW, 'utf8') }]);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: app.text('importUi.title.review') })).toBeVisible();
    await app.screenshot('indonesian-02-import-review');
    expect.soft(await app.englishOnScreen(), "English left in the import review").toEqual([]);
    await dialog.getByRole('button', { name: app.text('importUi.confirm.one', { count: 1 }) }).click();
    await expect(dialog.getByRole('heading', { name: app.text('importUi.title.results') })).toBeVisible();
    await checkScreen('03-import-results');
    await dialog.getByRole('button', { name: app.text('app.action.close'), exact: true }).click();
    await expect(dialog).toBeHidden();
    await checkScreen('04-sources');
  });

  await test.step('code a passage', async () => {
    await page.getByRole('table', { name: app.text('sources.table') }).getByRole('button', { name: TITLE, exact: true }).click();
    await expect(page.locator('#source-heading')).toHaveText(TITLE);
    await view.selectText(PASSAGE);
    // The example project's first code, "Business networks" (project data: its name stays as the project has it).
    await page.locator('.source-side').getByRole('treeitem', { name: CODE, exact: true }).click();
    await expect(page.locator(`[data-testid="coding-stripe"][data-code-name="${CODE}"]`)).toHaveAttribute('data-coded-text', PASSAGE);
    await checkScreen('05-source-coded');
  });

  await test.step('search the sources', async () => {
    await app.goTo('app.nav.search');
    const input = page.getByRole('searchbox', { name: app.text('search.inputLabel') });
    await input.fill('pewarna');
    const summary = page.getByTestId('search-summary');
    await expect(summary).toHaveAttribute('data-query', 'pewarna');
    await expect(summary).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByTestId('search-hit').first()).toContainText('pewarna alami');
    await checkScreen('06-search');
  });

  await test.step('open the coded excerpts', async () => {
    await app.goTo('app.nav.retrieval');
    await expect(page.locator('#excerpts-heading')).toHaveText(app.text('retrieval.title'));
    await page.getByRole('checkbox', { name: app.text('retrieval.codes.pick', { path: CODE }), exact: true }).check();
    await expect(page.getByTestId('excerpt').filter({ hasText: PASSAGE })).toHaveCount(1);
    await checkScreen('07-excerpts');
  });

  await test.step('the language is remembered after a reload', async () => {
    await page.reload();
    await expect(page.locator('nav.sidebar')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('#excerpts-heading')).toHaveText(app.text('retrieval.title'));
    await expect(page.locator('nav.sidebar').getByRole('button', { name: new RegExp(`^${app.text('app.nav.settings')}`) })).toBeVisible();
    await checkScreen('08-after-reload');
  });

  expect(pageErrors).toEqual([]);
});
