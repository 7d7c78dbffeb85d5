// Summary sheets: fill every field of a contact summary (contact type, date, main themes, a theme code picked by
// keyboard, one answer per research question, salient points, next questions), find it after a reload by words of
// any field, filter by kind, print it cleanly; write a document summary form; delete a sheet and undo.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SourcesPage } from './pages/SourcesPage.ts';
import { SummariesPage } from './pages/SummariesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

// The example's observation and document (shared/example/exampleProject.ts holds them beside text files that
// Playwright's loader cannot import) and the number of its research questions.
const OBSERVATION = 'Observation: a morning at Pak Harjo’s workshop';
const DOCUMENT = 'Association report: provincial craft expo 2023';
const QUESTIONS = 5;
const answer = (index: number) => `Answer ${index + 1}: what the morning showed on question ${index + 1}.`;

test('fills a contact summary sheet, finds it by any field after a reload, and prints it', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  const sheets = new SummariesPage(page);
  await sheets.open();
  const before = await sheets.items().count();
  await app.screenshot('summaries-01-list');

  await page.getByRole('button', { name: 'New contact summary' }).click();
  // Documents get document summary forms, so only interviews, observations and other sources are offered.
  await expect(sheets.sourceChoice.locator('option', { hasText: DOCUMENT })).toHaveCount(0);
  await sheets.chooseSource(OBSERVATION);
  await app.screenshot('summaries-02-new');
  await page.getByRole('button', { name: 'Create sheet' }).click();
  await expect(page.getByRole('heading', { name: `Contact summary: ${OBSERVATION}` })).toBeVisible();
  await expect(page.getByLabel('Contact type')).toHaveValue('Observation');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-03-13');

  await page.getByLabel('Contact type').fill('Workshop visit');
  await page.getByLabel('Date', { exact: true }).fill('2024-03-15');
  await sheets.write('Main themes', 'Trust between carvers and the exporter; the kiln decides the season.');
  // The theme code picker, by keyboard only.
  await page.getByRole('button', { name: 'Link a theme code' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mentoring');
  await expect(page.getByRole('dialog', { name: 'Link a theme code' })).toBeVisible();
  await app.screenshot('summaries-03a-theme-picker');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Themes linked to codes' })).toContainText('Business associations / Mentoring');
  for (let index = 0; index < QUESTIONS; index += 1) await sheets.write(new RegExp(`^Research question ${index + 1}:`), answer(index));
  await sheets.write('Other salient points', 'Dedi tunes every drum by ear before it is packed.');
  await sheets.write('New or remaining questions for the next contact', 'Ask Wulan who pays for the expo stand.');
  await sheets.waitUntilSaved();
  await expect(sheets.items()).toHaveCount(before + 1);
  await expect(sheets.item(OBSERVATION)).toContainText('Trust between carvers');
  await page.getByRole('heading', { name: `Contact summary: ${OBSERVATION}` }).scrollIntoViewIfNeeded();
  await app.screenshot('summaries-03-filled');

  await page.reload();
  await sheets.open();
  await expect(sheets.items()).toHaveCount(before + 1);
  const item = sheets.item(OBSERVATION);
  await expect(item).toContainText('Contact summary');
  await expect(item).toContainText('Mar 15, 2024');
  // Found by words of any field: the salient points, a research-question answer, the next questions, the theme
  // code's name, the contact type. (The example may ship sheets of its own; these words are in this sheet alone.)
  await sheets.search.fill('tunes every drum by ear');
  await expect(sheets.items()).toHaveCount(1);
  for (const words of ['morning showed on question 4', 'who pays for the expo stand', 'mentoring', 'workshop visit']) {
    await sheets.search.fill(words);
    await expect(sheets.item(OBSERVATION)).toHaveCount(1);
  }
  await sheets.search.fill('nothing like this');
  await expect(sheets.items()).toHaveCount(0);
  await expect(page.getByText('No sheet matches the search or filter.')).toBeVisible();
  await sheets.search.fill('');
  await sheets.kindFilter.selectOption({ label: 'Document summary' });
  await expect(sheets.item(OBSERVATION)).toHaveCount(0);
  await sheets.kindFilter.selectOption({ label: 'All sheets' });

  // Open from the list by keyboard; every field kept its words.
  await sheets.item(OBSERVATION).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Contact type')).toHaveValue('Workshop visit');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-03-15');
  await expect(sheets.field('Main themes')).toHaveText('Trust between carvers and the exporter; the kiln decides the season.');
  for (let index = 0; index < QUESTIONS; index += 1) await expect(sheets.field(new RegExp(`^Research question ${index + 1}:`))).toHaveText(answer(index));
  await expect(sheets.field('Other salient points')).toHaveText('Dedi tunes every drum by ear before it is packed.');
  await expect(sheets.field('New or remaining questions for the next contact')).toHaveText('Ask Wulan who pays for the expo stand.');
  await expect(page.getByRole('list', { name: 'Themes linked to codes' })).toContainText('Business associations / Mentoring');

  // Printed: the sheet alone, without the app's frame, the list or the editors' toolbars.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(sheets.list).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(sheets.field('Other salient points')).toBeVisible();
  await page.screenshot({ path: 'reports/screenshots/summaries-04-print.png', fullPage: true });
  await page.pdf({ path: 'test-results/summary-sheet.pdf', format: 'A4' });
  const pdf = await readFile('test-results/summary-sheet.pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('writes a document summary form and deletes a sheet with undo', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const sheets = new SummariesPage(page);
  await sheets.open();
  const before = await sheets.items().count();

  await page.getByRole('button', { name: 'New document summary' }).click();
  await sheets.chooseSource(DOCUMENT);
  await page.getByRole('button', { name: 'Create sheet' }).click();
  await expect(page.getByRole('heading', { name: `Document summary form: ${DOCUMENT}` })).toBeVisible();
  await expect(page.getByLabel('Contact type')).toHaveCount(0);
  await sheets.write('Significance', 'The only written record of who paid for the stand.');
  await sheets.write('Summary of contents', 'Visitors, orders taken, and the association’s costs.');
  await sheets.waitUntilSaved();
  // One edit, then the session's Undo: the open sheet shows the field as it was.
  await sheets.field('Associated event or contact').click();
  await page.keyboard.insertText('Provincial craft expo, November 2023.');
  await sheets.waitUntilSaved();
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(sheets.field('Associated event or contact')).toHaveText('');
  await page.getByRole('banner').getByRole('button', { name: 'Redo' }).click();
  await expect(sheets.field('Associated event or contact')).toHaveText('Provincial craft expo, November 2023.');
  await expect(sheets.item(DOCUMENT)).toContainText('Document summary');
  await expect(sheets.item(DOCUMENT)).toContainText('Visitors, orders taken');
  await app.screenshot('summaries-05-document');

  // A source has one sheet: the document is no longer offered.
  await page.getByRole('button', { name: 'New document summary' }).click();
  await expect(sheets.sourceChoice).toHaveCount(0);
  await expect(page.getByText('Every document already has a document summary form')).toBeVisible();
  await app.screenshot('summaries-06-no-document-left');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await sheets.item(DOCUMENT).click();
  await page.getByRole('button', { name: `Delete the summary sheet of ${DOCUMENT}` }).click();
  await expect(sheets.items()).toHaveCount(before);
  await app.toast(`Deleted the summary sheet of “${DOCUMENT}”.`).getByRole('button', { name: 'Undo' }).click();
  await expect(sheets.items()).toHaveCount(before + 1);
  await sheets.item(DOCUMENT).click();
  await expect(sheets.field('Significance')).toHaveText('The only written record of who paid for the stand.');
});

test('a source’s header writes its contact summary, then opens it', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Sources');
  await new SourcesPage(page).open(OBSERVATION);
  await page.getByRole('button', { name: 'Write contact summary' }).click();
  const sheets = new SummariesPage(page);
  await expect(page.getByRole('heading', { name: `Contact summary: ${OBSERVATION}` })).toBeVisible();
  await expect(sheets.item(OBSERVATION)).toHaveAttribute('aria-current', 'true');
  await sheets.write('Main themes', 'Started from the source.');
  await sheets.waitUntilSaved();

  await page.getByRole('button', { name: 'Open source' }).click();
  await expect(page.getByRole('heading', { name: OBSERVATION, level: 1 })).toBeVisible();
  await app.screenshot('summaries-07-source-header');
  await page.getByRole('button', { name: 'Open contact summary' }).click();
  await expect(sheets.field('Main themes')).toHaveText('Started from the source.');
});
