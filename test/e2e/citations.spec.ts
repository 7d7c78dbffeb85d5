// Attribution and citations (issue 7, items 2 and 3) in the seeded example: the transcript numbers its paragraphs in
// the margin; a passage coded across the interviewer's question and Bu Wulan's answer is credited to Wulan alone, shows
// both turns in its text, cites "¶ 3–4" with the timestamp, and "Copy with citation" (reached by keyboard) puts the
// quote and its citation on the clipboard; the CSV carries the paragraphs and the timestamp beside the offsets.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../support/parseCsv.ts';
import { ExcerptsPage } from './pages/ExcerptsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptMarginPage } from './pages/TranscriptMarginPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SOURCE = 'Interview with Bu Wulan (association)';
const QUESTION = 'Who gives the training?';
const ANSWER = 'Sometimes the district office';

test('numbers paragraphs in the margin, cites excerpts by paragraph and time, and copies them with their citation', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Sources');
  await new SourcesPage(page).open(SOURCE);
  const view = new TranscriptPage(page);
  const margin = new TranscriptMarginPage(page);

  // Every block is numbered from 1, top to bottom, and the number is drawn in the margin.
  await expect(margin.paragraphWith(QUESTION)).toHaveAttribute('data-paragraph-number', '3');
  const numbers = await margin.allNumbers();
  expect(numbers.length).toBeGreaterThan(5);
  expect(numbers).toEqual(numbers.map((_, index) => String(index + 1)));
  const question = await margin.numberBeside(QUESTION);
  expect(question.shown).not.toBe('none');
  expect(question.width).toBeGreaterThan(0);
  expect((await margin.numberBeside(ANSWER)).attribute).toBe('4');
  await app.screenshot('citations-01-transcript-paragraph-numbers');

  // A passage over two turns: the interviewer's question and the start of Bu Wulan's answer.
  await view.selectText(QUESTION, ANSWER);
  await view.applyWithPicker('Mentoring');
  await expect(view.stripe('Mentoring')).toHaveCount(2);

  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await excerpts.pickCode('Business associations / Mentoring');
  const spanning = excerpts.excerpt(QUESTION);
  await expect(spanning.locator('.excerpt-text')).toHaveText(`Interviewer: ${QUESTION} / Bu Wulan: ${ANSWER}`);
  await expect(excerpts.where(spanning)).toHaveText('¶ 3–4, 00:00:45');
  const meta = spanning.locator('.excerpt-meta');
  await expect(meta.locator('dt').first()).toHaveText('Speakers');
  await expect(meta.locator('dd').first()).toHaveText('Interviewer, Bu Wulan');
  await expect(meta.locator('dd').nth(1)).toHaveText('Wulan');
  await expect(meta.locator('dd').nth(2)).toHaveText('association representative');
  // The example's own coding in one paragraph cites that paragraph, the one the margin numbers.
  const seeded = excerpts.excerpt('a drum teacher from Belgium stayed two weeks');
  await expect(excerpts.where(seeded)).toHaveText('¶ 4, 00:00:52');
  await expect(seeded.locator('.excerpt-meta dt').first()).toHaveText('Speaker');
  await app.screenshot('citations-02-excerpt-list');

  // "Copy with citation" is in the tab order of its card, just before "Open in source", and works from the keyboard.
  const copy = excerpts.copyWithCitation(spanning);
  await copy.focus();
  await page.keyboard.press('Tab');
  await expect(spanning.getByRole('button', { name: `Open ${SOURCE} at this excerpt` })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.toast('Copied the excerpt with its citation.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `“Interviewer: ${QUESTION} / Bu Wulan: ${ANSWER}” (Wulan, association representative, ${SOURCE}, ¶ 3–4, 00:00:45)`,
  );

  // The CSV keeps the offsets and adds the paragraphs and the timestamp as the source writes it.
  const rows = parseCsv(new TextDecoder().decode((await readFile(await (await excerpts.exportCsv()).path())).subarray(3)));
  const header = rows[0];
  const row = rows.find((record) => record[header.indexOf('Excerpt')].startsWith('Interviewer: '));
  const cell = (name: string) => row?.[header.indexOf(name)];
  expect([cell('Speaker'), cell('Informant'), cell('First paragraph'), cell('Last paragraph'), cell('Timestamp')]).toEqual(['Interviewer; Bu Wulan', 'Wulan', '3', '4', '00:00:45.000']);
  expect(Number(cell('End')) - Number(cell('Start'))).toBe(`${QUESTION}\n\n${ANSWER}`.length);
  expect(pageErrors).toEqual([]);
});
