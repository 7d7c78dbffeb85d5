// The member-check packet made from the app on the example project, read back as its reader would: the PDF through
// pdftotext, the DOCX through its document.xml. Harjo's packet holds his own coded words and none of another
// informant's (Wulan's and Rina's quotes, which support the same conclusions, stay out); Rina's packet, asked for in
// Bahasa Indonesia, speaks Indonesian.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { docxText, pdfText } from '../support/packetText.ts';
import { InformantsPage } from './pages/InformantsPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const HARJO_WORDS = ['So my first export was through other people\'s networks.', 'Since then we dry the mahogany for at least three months.'];
const OTHERS_WORDS = [
  'One member alone cannot pay for a booth, but ten members together can.', 'Some think the association only helps the big owners',
  'Saya jadi jembatan.', 'Pembeli di sini ingin ada orang yang bisa ditelepon',
];

/** Opens the packet dialog of `pseudonym`, picks the format and language, saves, and returns the packet's text. */
const makePacket = async (page: Page, pseudonym: string, format: 'PDF' | 'Word document (DOCX)', language: 'English' | 'Bahasa Indonesia'): Promise<string> => {
  await page.getByRole('button', { name: `Member-check packet for ${pseudonym}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Member-check packet for ${pseudonym}` });
  await dialog.getByLabel(format, { exact: true }).check();
  await dialog.getByLabel(language, { exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save packet' }).click();
  const download = await downloading;
  await expect(dialog).toHaveCount(0);
  const bytes = new Uint8Array(await readFile(await download.path()));
  expect(download.suggestedFilename()).toMatch(format === 'PDF' ? /\.pdf$/ : /\.docx$/);
  return format === 'PDF' ? pdfText(bytes) : docxText(bytes);
};

test('make member-check packets from the informants table and read them back', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Informants');
  const informants = new InformantsPage(page);
  await informants.addInformant('Sari', 'craftswoman');

  // An informant with no member check yet is offered the app's language; a PDF is offered first.
  await page.getByRole('button', { name: 'Member-check packet for Sari', exact: true }).click();
  const fresh = page.getByRole('dialog', { name: 'Member-check packet for Sari' });
  await expect(fresh.getByLabel('English', { exact: true })).toBeChecked();
  await expect(fresh.getByLabel('PDF', { exact: true })).toBeChecked();
  await fresh.getByRole('button', { name: 'Cancel' }).click();
  await expect(fresh).toHaveCount(0);

  await page.getByRole('button', { name: 'Member-check packet for Harjo', exact: true }).click();
  await app.screenshot('member-check-packet-dialog');
  await page.getByRole('dialog', { name: 'Member-check packet for Harjo' }).getByRole('button', { name: 'Cancel' }).click();

  for (const format of ['PDF', 'Word document (DOCX)'] as const) {
    const text = await makePacket(page, 'Harjo', format, 'English');
    expect(text).toContain('Checking what you told us');
    expect(text).toContain('Conclusions that use your words');
    for (const words of HARJO_WORDS) expect(text).toContain(words);
    for (const words of OTHERS_WORDS) expect(text).not.toContain(words);
    const extension = format === 'PDF' ? 'pdf' : 'docx';
    await expect(app.toast(`Member-check packet downloaded as Member check Harjo.${extension}.`)).toBeVisible();
  }
  // The files were written by the packet worker, off the UI thread (its fonts fetched there as the app's assets).
  expect(page.workers().map((worker) => worker.url()).some((url) => url.includes('packetWriterWorker'))).toBe(true);

  const indonesian = await makePacket(page, 'Rina', 'PDF', 'Bahasa Indonesia');
  expect(indonesian).toContain('Konfirmasi atas keterangan Anda');
  expect(indonesian).toContain('Kata-kata Anda');
  expect(indonesian).toContain('Saya jadi jembatan.');
  for (const words of HARJO_WORDS) expect(indonesian).not.toContain(words);
});
