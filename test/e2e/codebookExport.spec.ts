// "Export codebook…" on the Codes screen of the example project: opened and closed from the keyboard, then the codebook
// saved as Markdown and, in Bahasa Indonesia, as HTML — written by the codebook worker off the UI thread — and read back.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { CodesPage } from './pages/codesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const PROJECT = 'Kendang Jimbe case study (example)';

/** Saves the codebook in `format` and `language` from the open dialog and returns the file's text and suggested name. */
const exportCodebook = async (page: Page, format: string, language: string): Promise<{ text: string; name: string }> => {
  await page.getByRole('button', { name: 'Export codebook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export codebook' });
  await dialog.getByLabel(format, { exact: true }).check();
  await dialog.getByLabel(language, { exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog).toHaveCount(0);
  return { text: await readFile(await download.path(), 'utf8'), name: download.suggestedFilename() };
};

test('export the codebook from the Codes screen', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await new CodesPage(page).open();

  // From the keyboard: the button opens the dialog, Escape closes it.
  const open = page.getByRole('button', { name: 'Export codebook…' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export codebook' });
  await expect(dialog.getByLabel('Word (.docx)', { exact: true })).toBeChecked();
  await expect(dialog.getByLabel('English', { exact: true })).toBeChecked();
  await expect(dialog.getByLabel('Replace informants’ real names with pseudonyms')).toBeChecked();
  await expect(dialog.getByLabel('Include each code’s change history from the audit trail')).not.toBeChecked();
  await dialog.getByLabel('Include each code’s change history from the audit trail').check();
  await app.screenshot('codebook-export-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const markdown = await exportCodebook(page, 'Markdown (.md)', 'English');
  expect(markdown.name).toBe(`${PROJECT} – codebook.md`);
  expect(markdown.text).toContain(PROJECT);
  expect(markdown.text).toContain('Codes');
  await expect(app.toast(`Codebook downloaded as ${PROJECT} – codebook.md.`)).toBeVisible();
  expect(page.workers().map((worker) => worker.url()).some((url) => url.includes('codebookWriterWorker'))).toBe(true);

  const html = await exportCodebook(page, 'Web page (.html)', 'Bahasa Indonesia');
  expect(html.name).toBe(`${PROJECT} – buku kode.html`);
  expect(html.text).toContain('Ringkasan');
});
