// Reading and coding a transcript from the keyboard (issue 7, item 4) and the sticky coding bar that must not hide
// the text it sits over (item 9): paging down keeps the last line read in view below the bar.
import { expect, test } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';
import { buildLongTranscript } from './support/longTranscript.ts';

test.describe('a laptop-sized window', () => {
  test.use({ viewport: { width: 1280, height: 700 } });

  test('paging down a long transcript keeps the last line read in view below the sticky coding bar', async ({ page }) => {
    const app = new WorkbenchPage(page);
    await app.open();
    await app.chooseFiles([{ name: 'paging-interview.txt', mimeType: 'text/plain', buffer: Buffer.from(buildLongTranscript(4000), 'utf8') }]);
    const dialog = new ImportDialogPage(page);
    await dialog.expectReview();
    await dialog.confirm(1);
    await dialog.close();
    await new SourcesPage(page).open('Paging interview');
    const view = new TranscriptPage(page);
    await expect(view.transcript).toContainText('Turn 3.');

    await view.transcript.focus();
    for (let page_ = 0; page_ < 3; page_ += 1) {
      const before = await view.settledScrollTop();
      const lastRead = await view.markLastVisibleLine();
      await page.keyboard.press('PageDown');
      expect(await view.settledScrollTop()).toBeGreaterThan(before);
      const now = await view.markedLineBox();
      // The line moved up by the page, and is neither under the bar nor gone above it.
      expect(now.top).toBeLessThan(lastRead.top);
      expect(now.top).toBeGreaterThanOrEqual(await view.codingBarBottom());
    }
  });
});

test('codes a sentence with the keyboard alone: Tab to the transcript, move, select the sentence, Ctrl+K, type, Enter', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const view = new TranscriptPage(page);
  const title = 'Interview with Pak Harjo (owner)';
  const answer = 'Not by my own effort, honestly. In the beginning I only made drums for a trader from Surabaya.';
  const sentence = 'He came every month with a truck and took forty, fifty pieces.';

  // From the source list to the transcript with Tab and Enter only.
  await view.tabUntil(new SourcesPage(page).table.getByRole('button', { name: title, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#source-heading')).toHaveText(title);
  await view.tabUntil(view.transcript);
  await expect(view.caret).toBeVisible();
  await expect(page.getByText('Arrows move · Shift+arrows select · S sentence')).toBeVisible();
  // What a screen reader announces for the transcript, the stripes and the code tree.
  await expect(view.transcript).toHaveAccessibleName(`Text of ${title}`);
  await expect(view.transcript).toHaveAccessibleDescription(/Arrow keys move the caret.*S selects the sentence, P the paragraph, T the speaker turn/);
  await expect(page.getByRole('toolbar', { name: 'Coding stripes' })).toHaveAccessibleDescription(/arrows move between the stripes/);
  await expect(view.stripe('Exporters and intermediaries').first()).toHaveAccessibleName('Business networks / Exporters and intermediaries: “I only made drums for a trader from Surabaya”');
  await expect(view.codeTree).toHaveAccessibleDescription(/Enter or Space codes the transcript selection/);
  await expect(view.codeInTree('Exporters and intermediaries')).toHaveAccessibleDescription('3 codings on this code');
  await app.screenshot('keys-01-caret');

  // Down the lines to the owner's first answer, word by word into its third sentence, then S selects that sentence.
  await view.pressUntilCaretWithin('ArrowDown', answer.slice(0, 40));
  await view.pressUntilCaretWithin('Control+ArrowRight', sentence.slice(3, 30));
  await page.keyboard.press('s');
  await expect.poll(() => view.selectedText()).toBe(sentence);
  await expect.poll(async () => { const { start, end } = await view.selection(); return end - start; }).toBe(sentence.length);
  await expect(view.selectionStatus).toContainText('He came every month');
  await app.screenshot('keys-02-sentence-selected');

  // The picker codes it exactly as a mouse selection, and the keyboard is back in the transcript.
  await page.keyboard.press('Control+k');
  await expect(view.picker).toBeVisible();
  await page.keyboard.type('exporters');
  await page.keyboard.press('Enter');
  await expect(view.picker).toBeHidden();
  await expect(view.stripe('Exporters and intermediaries').and(page.locator(`[data-coded-text="${sentence}"]`))).toHaveCount(1);
  await expect(view.transcript).toBeFocused();
  await expect.poll(() => view.selectedText()).toBe(sentence);

  // T selects the whole speaker turn; P its paragraph (here the same); Shift+arrows and Shift+Home/End select too.
  await page.keyboard.press('t');
  await expect.poll(() => view.selectedText()).toMatch(/^Not by my own effort, honestly\..*other people's networks\.$/s);
  await page.keyboard.press('ArrowLeft');
  await view.pressUntilCaretWithin('Control+ArrowRight', 'took forty');
  await page.keyboard.press('p');
  await expect.poll(() => view.selectedText()).toMatch(/^Not by my own effort.*networks\.$/s);
  await page.keyboard.press('ArrowLeft');
  await view.pressUntilCaretWithin('Control+ArrowRight', 'with a truck');
  const caret = await view.caretOffset();
  if (caret === null) throw new Error('no caret in the text');
  await page.keyboard.press('Shift+End');
  await expect.poll(async () => (await view.selection()).start).toBeGreaterThanOrEqual(caret);
  const toLineEnd = await view.selection();
  expect(toLineEnd.start - caret).toBeLessThanOrEqual(1);
  expect(toLineEnd.end).toBeGreaterThan(toLineEnd.start);
  await page.keyboard.press('Shift+Home');
  await expect.poll(async () => (await view.selection()).end).toBeLessThanOrEqual(caret);
  expect((await view.selection()).start).toBeLessThan(caret);
  await page.keyboard.press('ArrowRight');

  // In vivo on words selected with Ctrl+Shift+→: a new code named from them, coding them.
  await view.pressUntilCaretWithin('Control+ArrowRight', 'Later I learned');
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => view.selectedText().then((text) => text.trim())).toBe('Later I learned');
  await page.keyboard.press('Control+Shift+i');
  await expect(view.stripe('Later I learned')).toHaveAttribute('data-coded-text', 'Later I learned');
  await app.screenshot('keys-03-coded');
});
