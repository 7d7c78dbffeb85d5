// Word comments of an imported DOCX become memos on the source (issue 12): anchored to the commented words (underlined
// in the transcript, listed in the margin, opened by keyboard or by clicking the words), with "Word comment by
// {author}, {date}", never in the transcript's text; the Memos screen lists them with their source.
import { expect, test } from '@playwright/test';
import { commentedInterviewDocx } from '../support/commentedDocx.ts';
import { AnchoredMemosPage } from './pages/AnchoredMemosPage.ts';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { MemosPage } from './pages/MemosPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const COMMENT = { author: 'Dewi Lestari', date: '2024-03-05T10:15:00Z', text: 'Check which trader: the association keeps a list' };
const TITLE = 'Check which trader: the association keeps a list';
const WORDS = 'A trader from Bali';

test('a Word comment becomes a memo anchored to its words, with its author and date', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Projects');
  await new ProjectsPage(page).create('Comments study');
  await app.goTo('Sources');
  const docx = await commentedInterviewDocx(
    { question: 'Interviewer: How did you start exporting?', before: 'Harjo: ', commented: WORDS, after: ' took twenty drums to Osaka.' },
    COMMENT,
  );
  await app.chooseFiles([{ name: 'harjo-comments.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await dialog.confirm(1);
  await dialog.close();
  const view = await new SourcesPage(page).open('Harjo comments');
  await expect(view.transcript).toContainText('took twenty drums to Osaka.');
  await expect(view.transcript).not.toContainText('Check which trader');

  const anchored = new AnchoredMemosPage(page);
  await expect(anchored.memoButton(TITLE)).toContainText(`“${WORDS}”`);
  await expect.poll(() => anchored.underlinedWords()).toEqual([WORDS]);
  // Keyboard: the memo's button is reached and opened like any other.
  await anchored.memoButton(TITLE).focus();
  await page.keyboard.press('Enter');
  await expect(anchored.memoButton(TITLE)).toHaveAttribute('aria-expanded', 'true');
  await expect(anchored.facts()).toContainText(/Word comment by Dewi Lestari, .*2024/);
  await expect(anchored.facts().locator('blockquote')).toHaveText(WORDS);
  await app.screenshot('word-comments-01-source');

  // Clicking the underlined words opens the memo too.
  await page.keyboard.press('Enter');
  await expect(anchored.memoButton(TITLE)).toHaveAttribute('aria-expanded', 'false');
  await anchored.clickUnderlinedWords();
  await expect(anchored.memoButton(TITLE)).toHaveAttribute('aria-expanded', 'true');

  const memos = new MemosPage(page);
  await memos.open();
  await expect(memos.item(TITLE)).toContainText('Harjo comments');
  await expect(memos.item(TITLE)).toContainText(/Word comment by Dewi Lestari, .*2024/);
  await memos.item(TITLE).click();
  await expect(page.locator('.memo-pane .memo-anchor-facts blockquote')).toHaveText(WORDS);
  await expect(memos.title).toHaveValue(TITLE);
  await app.screenshot('word-comments-02-memos');
  expect(pageErrors).toEqual([]);
});
