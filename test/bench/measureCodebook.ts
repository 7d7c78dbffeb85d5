// codebook_docx_s (issue 11, point 2): the codebook of the large project exported as Word from the Codes screen — from
// the click on Export to the file's download — with the longest gap between frames meanwhile (the document is built
// on the UI thread, laid out by the codebook worker).
import { expect, type Page } from '@playwright/test';

export type CodebookFigures = { exportMs: number; bytes: number; longestFrameGapMs: number };

export const measureCodebookDocx = async (page: Page): Promise<CodebookFigures> => {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: /^Codes/ }).click();
  await page.getByRole('button', { name: 'Export codebook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export codebook' });
  await dialog.getByLabel('Word (.docx)', { exact: true }).check();
  await dialog.getByLabel('Include each code’s change history from the audit trail').check();
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await page.evaluate(() => window.__caseweaveBench.startFrameMonitor());
  const started = Date.now();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const exportMs = Date.now() - started;
  const frames = await page.evaluate(() => window.__caseweaveBench.stopFrameMonitor());
  await expect(dialog).toHaveCount(0);
  const stream = await download.createReadStream();
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).byteLength;
  return { exportMs, bytes, longestFrameGapMs: frames.longestGapMs };
};
