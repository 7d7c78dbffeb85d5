// The Report screen on the example project: options set with the keyboard alone (a section left out, one renamed,
// one moved, the quotes changed), remembered after a reload; Generate runs with its progress to the end and the
// outline shows the chosen sections; Save… downloads the HTML and Markdown (a ZIP with the figures). The last test
// reads the report itself: the findings' four role headings in the outline and a network figure in the preview.
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { ReportPage } from './pages/ReportPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('set the report options by keyboard, keep them, generate with progress and save the report', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const report = new ReportPage(page);
  await report.open();

  // Before a build the outline lists the chosen sections, and nothing can be saved yet.
  await expect(report.outline.getByText('Trustworthiness', { exact: true })).toBeVisible();
  await expect(report.saveButton).toBeDisabled();
  await report.screenshot('report-options');

  // Leave the appendices out.
  await report.include('Appendices').focus();
  await page.keyboard.press('Space');
  await expect(report.include('Appendices')).not.toBeChecked();
  await expect(report.outline.getByText('Appendices', { exact: true })).toHaveCount(0);

  // Rename the limitations in place.
  await report.title('Limitations').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('What this study cannot say');
  await expect(report.outline.getByText('What this study cannot say', { exact: true })).toBeVisible();

  // Move it above the trustworthiness section, from its button, by keyboard; the focus stays on the moved section.
  const before = await report.sectionTitles();
  await page.keyboard.press('Tab');
  await expect(report.moveUp('What this study cannot say')).toBeFocused();
  await page.keyboard.press('Enter');
  const after = await report.sectionTitles();
  expect(after.indexOf('What this study cannot say')).toBe(before.indexOf('What this study cannot say') - 1);
  expect(after.indexOf('What this study cannot say')).toBeLessThan(after.indexOf('Trustworthiness'));
  await expect(report.moveUp('What this study cannot say')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '“What this study cannot say” is now section' })).toBeAttached();
  expect(await report.outlineSections()).toEqual(after.filter((title) => title !== 'Appendices'));

  // Four quotes per conclusion, by the arrow key on the focused list.
  await report.quotes.focus();
  await page.keyboard.press('ArrowDown');
  await expect(report.quotes).toHaveValue('4');

  // The choices are the project's: they are there after a reload.
  await page.waitForTimeout(600);
  await page.reload();
  await report.open();
  await expect(report.include('Appendices')).not.toBeChecked();
  await expect(report.title('Limitations')).toHaveValue('What this study cannot say');
  await expect(report.quotes).toHaveValue('4');
  expect(await report.sectionTitles()).toEqual(after);

  // Generate: the progress runs to the last section and says the report is ready.
  await report.generateButton.focus();
  await page.keyboard.press('Enter');
  // (The title page may be the document's own title rather than a section: the count is the built document's.)
  await expect(report.progressStatus).toHaveText(/^The report is ready: (9|10) sections\.$/);
  const sectionCount = (await report.progressStatus.textContent())?.match(/(\d+) sections/)?.[1];
  await expect(report.progress).toHaveAttribute('value', sectionCount ?? '');
  await expect(report.progress).toHaveAttribute('max', sectionCount ?? '');
  await expect(report.outline.getByText('What this study cannot say', { exact: true })).toBeVisible();
  await expect(page.locator('iframe[title="Report preview"]')).toHaveAttribute('sandbox', '');
  await expect(report.saveButton).toBeEnabled();
  await report.screenshot('report-generated');

  // Open, in the browser, shows the report in a new tab.
  const popup = page.waitForEvent('popup');
  await report.openButton.click();
  const tab = await popup;
  await expect(tab.locator('body')).toContainText('What this study cannot say');
  await tab.close();

  // Save the HTML: a download of the report as generated.
  const htmlDownload = page.waitForEvent('download');
  await report.saveButton.click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toMatch(/Report\.html$/);
  const htmlText = await readFile(await html.path(), 'utf8');
  expect(htmlText).toContain('What this study cannot say');

  // Changing an option after the build says so; Markdown is saved as one ZIP with the .md inside.
  await report.format.selectOption('md');
  await report.excerpts.uncheck();
  await expect(page.getByText('The options have changed since this report was generated.')).toBeVisible();
  const mdDownload = page.waitForEvent('download');
  await report.saveButton.click();
  const md = await mdDownload;
  const saved = new Uint8Array(await readFile(await md.path()));
  const name = md.suggestedFilename();
  if (name.endsWith('.zip')) {
    const entries = unzipSync(saved);
    expect(Object.keys(entries).some((entry) => entry.endsWith('.md'))).toBe(true);
  } else {
    expect(name).toMatch(/\.md$/);
  }
});

test('the example study\'s report outlines the findings by role and shows its network figure', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const report = new ReportPage(page);
  await report.open();
  await report.generateButton.click();
  await expect(report.progressStatus).toHaveText(/^The report is ready/);
  // The findings follow the template's four ecosystem functions (the conclusions' model roles).
  for (const role of [/^Entry point$/, /^Value creator$/, /^Market connector$/, /^Capacity builder$/]) {
    await expect(report.outline.getByRole('listitem').filter({ hasText: role }).first()).toBeVisible();
  }
  await expect(report.preview.locator('svg').first()).toBeVisible();
  await report.page.locator('iframe[title="Report preview"]').scrollIntoViewIfNeeded();
  await report.screenshot('report-example-preview');
});
