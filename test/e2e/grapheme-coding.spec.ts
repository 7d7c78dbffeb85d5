// Coding never splits a grapheme cluster, end to end in Chromium: a text file with an emoji ZWJ family, a flag and a
// decomposed "é" (e + U+0301) is imported as it is; DOM selections that end inside the family or between the "e" and
// its accent are published, coded and retrieved with the whole cluster; the CSV export carries the exact code points.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseCsvRecords } from '../support/parseCsv.ts';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const FAMILY = '👩\u200d👩\u200d👧';
const CAFE = 'cafe\u0301';
const NOTES = [
  'Catatan lapangan di Sentul',
  '',
  `Bu Lastri datang bersama keluarga ${FAMILY} dan kami minum ${CAFE} di bengkel.`,
  '',
  'Bendera 🇮🇩 dipasang, semua melambai 👋🏽.',
  '',
].join('\n');

/**
 * Selects with a DOM range from `startAt` code units into the first occurrence of `phrase` to `endAt` code units into
 * it (one text node), offsets a mouse cannot reach: inside a surrogate pair or between a letter and its accent.
 */
const selectCodeUnits = async (page: Page, phrase: string, startAt: number, endAt: number): Promise<void> => {
  await page.evaluate(({ phrase, startAt, endAt }) => {
    const root = document.querySelector('.transcript');
    if (root === null) throw new Error('no transcript');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (!(node instanceof Text)) continue;
      const index = node.data.indexOf(phrase);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index + startAt);
      range.setEnd(node, index + endAt);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${phrase}" is not in the transcript`);
  }, { phrase, startAt, endAt });
};

test('a code applied to a selection that ends inside a cluster covers the whole cluster', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Projects');
  await new ProjectsPage(page).create('Kluster grafem');
  await app.goTo('Sources');
  await app.chooseFiles([{ name: 'catatan-sentul.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTES, 'utf8') }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await dialog.confirm(1);
  await dialog.close();
  await new SourcesPage(page).open('Catatan sentul');
  const view = new TranscriptPage(page);
  await expect(view.codeInTree('Exporters and intermediaries')).toBeVisible();

  // The stored text is the file's, decomposed accent and all (no NFC on import).
  const text = await view.canonicalText();
  expect(text).toContain(CAFE);
  expect(text).toContain(FAMILY);
  expect(text).not.toBe(text.normalize('NFC'));

  // 1. A range ending after the first woman and the joiner (3 code units into the family) takes the whole family.
  const family = `keluarga ${FAMILY}`;
  await selectCodeUnits(page, family, 0, 'keluarga '.length + 3);
  await expect.poll(async () => {
    const { start, end } = await view.selection();
    return text.slice(start, end);
  }).toBe(family);
  await view.codeInTree('Exporters and intermediaries').click();
  await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('data-coded-text', family);

  // 2. A range ending between the "e" and its combining accent takes the accent too.
  const cafe = `minum ${CAFE}`;
  await selectCodeUnits(page, cafe, 0, 'minum cafe'.length);
  await expect.poll(async () => {
    const { start, end } = await view.selection();
    return text.slice(start, end);
  }).toBe(cafe);
  await view.applyWithPicker('Training');
  await expect(view.stripe('Training')).toHaveAttribute('data-coded-text', cafe);

  // 3. A range starting between the flag's two regional indicators starts at the flag.
  await selectCodeUnits(page, 'Bendera 🇮🇩 dipasang', 'Bendera '.length + 2, 'Bendera 🇮🇩 dipasang'.length);
  await expect.poll(async () => {
    const { start, end } = await view.selection();
    return text.slice(start, end);
  }).toBe('🇮🇩 dipasang');
  await app.screenshot('60-grapheme-coding-transcript');

  // The Coded excerpts screen shows the whole clusters, code point for code point.
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await excerpts.pickCode('Business networks / Exporters and intermediaries');
  await excerpts.pickCode('Business associations / Training');
  await expect(excerpts.excerpts).toHaveCount(2);
  const shown = await excerpts.excerpts.allTextContents();
  expect(shown.some((card) => card.includes(family))).toBe(true);
  expect(shown.some((card) => card.includes(cafe))).toBe(true);
  await app.screenshot('61-grapheme-coding-excerpts');

  // The CSV carries the exact slices of the text.
  const download = await excerpts.exportCsv();
  const records = parseCsvRecords(new TextDecoder().decode(await readFile(await download.path())).replace(/^\uFEFF/, ''));
  expect(records.map((record) => record.Excerpt).sort()).toEqual([cafe, family].sort());
  for (const record of records) expect(text.slice(Number(record.Start), Number(record.End))).toBe(record.Excerpt);
  expect(pageErrors).toEqual([]);
});
