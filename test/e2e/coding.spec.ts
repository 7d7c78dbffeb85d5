// Coding in the transcript, end to end: a project from the default template, an imported interview; selections map
// to exact offsets (also across paragraphs and from a speaker label); code by click, drag, picker, "/"-created code,
// in vivo and recent codes; stripes in code colours with names on hover; the coding popover (change code,
// remove, memo); undo/redo; corrections inside and at the edge of codings keep every coding on its words;
// a reload keeps everything.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ImportDialogPage } from './pages/ImportDialogPage.ts';
import { ProjectsPage } from './pages/ProjectsPage.ts';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

const INTERVIEW = [
  'Interview with Pak Harjo, drum workshop owner, Sentul',
  '',
  'INT: How did your drums first reach buyers abroad?',
  '',
  'HARJO: A trader from Bali came to the workshop in 2009. He bought forty drums and sold them to a shop in Amsterdam.',
  'Later the Dinas invited us to an exibition in Jakarta, where we met a buyer from Japan.',
  '',
  'INT: What did the association do for you?',
  '',
  'HARJO: They ran a trainng on finishing and varnish. After that our product quality improved and the buyers asked for more designs.',
  '',
].join('\n');

const openInterview = async (page: Page): Promise<{ app: WorkbenchPage; view: TranscriptPage }> => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Projects');
  await new ProjectsPage(page).create('Coding study');
  await app.goTo('Sources');
  await app.chooseFiles([{ name: 'harjo-interview.txt', mimeType: 'text/plain', buffer: Buffer.from(INTERVIEW, 'utf8') }]);
  const dialog = new ImportDialogPage(page);
  await dialog.expectReview();
  await dialog.confirm(1);
  await dialog.close();
  await new SourcesPage(page).open('Harjo interview');
  const view = new TranscriptPage(page);
  await expect(view.codeInTree('Exporters and intermediaries')).toBeVisible();
  return { app, view };
};

test('selections map to exact offsets of the canonical text', async ({ page }) => {
  const { view } = await openInterview(page);
  const text = await view.canonicalText();
  expect(text).not.toContain('HARJO:');

  const phrase = 'A trader from Bali came to the workshop in 2009';
  expect(await view.selectText(phrase)).toEqual({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

  // Across a line break inside a turn, and across paragraphs (speaker chips in between add nothing).
  const lineStart = text.indexOf('Amsterdam.');
  const lineEnd = text.indexOf('Later the Dinas') + 'Later the Dinas'.length;
  expect(await view.selectText('Amsterdam.', 'Later the Dinas')).toEqual({ start: lineStart, end: lineEnd });
  const across = { start: text.indexOf('a buyer from Japan'), end: text.indexOf('What did the association') + 'What did the association'.length };
  expect(await view.selectText('a buyer from Japan', 'What did the association')).toEqual(across);

  // A range that starts inside a speaker label snaps forward to the spoken words.
  const afterLabel = text.indexOf('They ran a trainng');
  expect(await view.selectText('They ran a trainng', 'They ran a trainng', { startInLabel: 'HARJO' })).toEqual({
    start: afterLabel, end: afterLabel + 'They ran a trainng'.length,
  });

  // A triple-click selects the paragraph: the browser ends the range at the next paragraph's start (an element
  // boundary), which maps back to the end of this turn's words.
  const paragraph = await view.tripleClickText('What did the association do for you?');
  expect(text.slice(paragraph.start, paragraph.end)).toBe('What did the association do for you?');

  // A real mouse drag across a line break.
  const dragged = await view.dragSelect('He bought', 'Later the');
  expect(text.slice(dragged.start, dragged.end)).toBe('He bought forty drums and sold them to a shop in Amsterdam.\nLater the');

  // A real double-click selects one word.
  const word = await view.doubleClickWord('forty');
  expect(text.slice(word.start, word.end)).toBe('forty');
});

test('code by click, drag, picker and in vivo; stripes, popover, memo, undo, corrections and reload', async ({ page }) => {
  const { app, view } = await openInterview(page);

  // 1. Click a code in the side tree.
  const trader = 'A trader from Bali came to the workshop in 2009';
  await view.selectText(trader);
  await view.codeInTree('Exporters and intermediaries').click();
  const traderStripe = view.stripe('Exporters and intermediaries');
  await expect(traderStripe).toHaveCount(1);
  await expect(traderStripe).toHaveAttribute('data-coded-text', trader);
  await expect(traderStripe).toHaveAttribute('title', 'Business networks / Exporters and intermediaries');
  const swatchColor = await view.codeInTree('Exporters and intermediaries').locator('.code-swatch').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await view.stripeColor('Exporters and intermediaries')).toBe(swatchColor);

  // 2. The keyboard picker: Ctrl+K, a few letters, Enter.
  await view.selectText('we met a buyer from Japan');
  await page.keyboard.press('Control+k');
  await view.picker.getByRole('combobox').fill('overs');
  await expect(view.picker.getByRole('option').first()).toContainText('Overseas customers');
  await app.screenshot('30-code-picker');
  await view.picker.getByRole('combobox').press('Enter');
  await expect(view.picker).toBeHidden();
  await expect(view.stripe('Overseas customers')).toHaveAttribute('data-coded-text', 'we met a buyer from Japan');

  // 3. "/" opens it too; "Create code “…”" is the last option.
  await view.selectText('sold them to a shop in Amsterdam');
  await page.keyboard.press('/');
  await view.picker.getByRole('combobox').fill('Amsterdam shop');
  await expect(view.picker.getByRole('option').last()).toHaveText('Create code “Amsterdam shop”');
  await view.picker.getByRole('option').last().click();
  await expect(view.stripe('Amsterdam shop')).toHaveAttribute('data-coded-text', 'sold them to a shop in Amsterdam');
  await expect(view.codeInTree('Amsterdam shop')).toBeVisible();

  // 4. In vivo: a code named from the selected words.
  await view.selectText('asked for more designs');
  await page.keyboard.press('Control+Shift+I');
  await expect(view.codeInTree('asked for more designs')).toBeVisible();
  await expect(view.stripe('asked for more designs')).toHaveAttribute('data-coded-text', 'asked for more designs');

  // 5. Drag a code row onto the selection; then two overlapping codings get their own lanes.
  const exhibition = 'the Dinas invited us to an exibition in Jakarta';
  await view.selectText(exhibition);
  await view.codeInTree('Exhibitions').dragTo(view.transcript);
  await expect(view.stripe('Exhibitions')).toHaveAttribute('data-coded-text', exhibition);
  const training = 'trainng on finishing and varnish';
  await view.selectText(training);
  await view.codeInTree('Training').click();
  await view.selectText('They ran a trainng on finishing');
  await view.codeInTree('Mentoring').click();
  const lanes = await Promise.all(['Training', 'Mentoring'].map((name) => view.stripe(name).evaluate((element) => element.getBoundingClientRect().left)));
  expect(lanes[0]).not.toBe(lanes[1]);

  // 6. Recent codes: newest first, one click codes the selection.
  await expect(view.recentCodes.getByRole('button')).toHaveText(['Mentoring', 'Training', 'Exhibitions', 'asked for more designs', 'Amsterdam shop', 'Overseas customers', 'Exporters and intermediaries']);
  await view.selectText('our product quality improved');
  await view.recentCodes.getByRole('button', { name: 'Exhibitions' }).click();
  await expect(view.stripe('Exhibitions')).toHaveCount(2);
  await app.screenshot('31-coding-stripes');

  // 7. Undo and redo the last coding with the keyboard (focus outside any text field).
  await page.locator('#source-heading').click();
  await page.keyboard.press('Control+z');
  await expect(view.stripe('Exhibitions')).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(view.stripe('Exhibitions')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(view.stripe('Exhibitions')).toHaveCount(1);

  // 8. Hover a stripe: it names its code.
  await view.stripe('Overseas customers').hover();
  await expect(view.stripe('Overseas customers')).toHaveAttribute('title', 'Business networks / Overseas customers');

  // 9. Click a coding: change its code, then remove it.
  await view.clickText('Amsterdam');
  await expect(view.popover).toBeVisible();
  await expect(view.popover.getByTestId('popover-coding')).toHaveCount(1);
  await expect(view.popover).toContainText('Amsterdam shop');
  await app.screenshot('32-coding-popover');
  await view.popover.getByRole('button', { name: 'Change code' }).click();
  await expect(view.picker).toHaveAccessibleName('Change code');
  await view.picker.getByRole('combobox').fill('distribution');
  await view.picker.getByRole('combobox').press('Enter');
  await expect(view.stripe('Distribution efficiency')).toHaveAttribute('data-coded-text', 'sold them to a shop in Amsterdam');
  await expect(view.stripe('Amsterdam shop')).toHaveCount(0);
  await view.stripe('Distribution efficiency').click();
  await view.popover.getByRole('button', { name: 'Remove' }).click();
  await expect(view.stripe('Distribution efficiency')).toHaveCount(0);

  // Coded text covered by two codings lists both.
  await view.clickText('finishing');
  await expect(view.popover.getByTestId('popover-coding')).toHaveCount(2);
  await expect(view.popover).toContainText('Training');
  await expect(view.popover).toContainText('Mentoring');
  await page.keyboard.press('Escape');

  // 10. A memo on a coding.
  await view.stripe('Exhibitions').click();
  await view.popover.getByRole('button', { name: 'Memo' }).click();
  const memoDialog = page.getByRole('dialog', { name: /^Memo on “Exhibitions”/ });
  await expect(memoDialog).toBeVisible();
  const codingMemo = 'First contact with the Japanese buyer came through the provincial fair.';
  await expect(memoDialog.getByRole('textbox', { name: 'Memo text' })).toBeFocused();
  await page.keyboard.type(codingMemo);
  // A coding has one memo: the dialog edits it, with no "New memo" and no memo chooser.
  await expect(memoDialog.getByRole('button', { name: 'New memo' })).toHaveCount(0);
  await expect(memoDialog.getByTestId('memo-save-status')).toHaveText('Saved');
  await app.screenshot('33-coding-memo');
  await memoDialog.getByRole('button', { name: 'Done' }).click();
  await expect(memoDialog).toBeHidden();
  await view.stripe('Exhibitions').click();
  await expect(view.popover.getByRole('button', { name: 'Edit memo' })).toBeVisible();
  await expect(view.popover.getByLabel('Has a memo')).toBeVisible();
  // Opened again, the dialog shows that same memo.
  await view.popover.getByRole('button', { name: 'Edit memo' }).click();
  await expect(memoDialog.getByRole('textbox', { name: 'Memo text' })).toHaveText(codingMemo);
  await expect(memoDialog.getByRole('button', { name: 'New memo' })).toHaveCount(0);
  await expect(memoDialog.getByRole('combobox')).toHaveCount(0);
  await memoDialog.getByRole('button', { name: 'Done' }).click();
  await expect(memoDialog).toBeHidden();
  await view.stripe('Exhibitions').click();
  await page.keyboard.press('Escape');
  await expect(view.popover).toBeHidden();

  // 11. Correct a typo inside one coding and one at the edge of another.
  const area = await view.startCorrecting();
  const before = await area.inputValue();
  // Who speaks shows above the text (for the turn under the caret), never inside the editable text.
  expect(before).not.toContain('HARJO:');
  await view.placeCaretBefore(area, 'How did your drums');
  await expect(view.correctionSpeaker).toHaveText('Speaker: INT');
  await view.placeCaretBefore(area, 'exibition');
  await expect(view.correctionSpeaker).toHaveText('Speaker: HARJO');
  await view.placeCaretBefore(area, 'Interview with Pak Harjo');
  await expect(view.correctionSpeaker).toHaveText('No speaker');
  await area.fill(before.replace('exibition', 'exhibition').replace('trainng', 'training'));
  // The turns follow the edits: the caret still finds the right speaker around the corrected words.
  await view.placeCaretBefore(area, 'They ran a training');
  await expect(view.correctionSpeaker).toHaveText('Speaker: HARJO');
  await view.placeCaretBefore(area, 'What did the association');
  await expect(view.correctionSpeaker).toHaveText('Speaker: INT');
  await app.screenshot('34-correction-mode');
  await page.getByRole('button', { name: 'Save corrections' }).click();
  await expect(area).toBeHidden();
  await expect(view.transcript).toContainText('an exhibition in Jakarta');
  await expect(view.stripe('Exhibitions')).toHaveAttribute('data-coded-text', 'the Dinas invited us to an exhibition in Jakarta');
  await expect(view.stripe('Training')).toHaveAttribute('data-coded-text', 'training on finishing and varnish');
  await expect(view.stripe('Mentoring')).toHaveAttribute('data-coded-text', 'They ran a training on finishing');
  await expect(view.stripe('asked for more designs')).toHaveAttribute('data-coded-text', 'asked for more designs');
  await expect(view.stripe('Exporters and intermediaries')).toHaveAttribute('data-coded-text', trader);
  await app.screenshot('35-after-correction');

  // 12. Reload: every coding, colour, memo and the corrected text are still there.
  await page.reload();
  await expect(view.transcript).toContainText('an exhibition in Jakarta');
  await expect(view.stripes).toHaveCount(6);
  await expect(view.stripe('Exhibitions')).toHaveAttribute('data-coded-text', 'the Dinas invited us to an exhibition in Jakarta');
  await expect(view.stripe('Overseas customers')).toHaveAttribute('data-coded-text', 'we met a buyer from Japan');
  expect(await view.stripeColor('Exporters and intermediaries')).toBe(swatchColor);
  await view.stripe('Exhibitions').click();
  await expect(view.popover.getByLabel('Has a memo')).toBeVisible();
  await app.screenshot('36-after-reload');
});

test('correction mode names the speaker and timestamp of the turn under the caret as it moves', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.goTo('Sources');
  await new SourcesPage(page).open('Interview with Bu Wulan (association)');
  const view = new TranscriptPage(page);
  const area = await view.startCorrecting();
  const text = await area.inputValue();
  expect(text).not.toContain('Bu Wulan>');
  expect(text).not.toContain('-->');

  await view.placeCaretBefore(area, 'what does the association actually do');
  await expect(view.correctionSpeaker).toHaveText(/^Speaker: Interviewer · 00:00:04/);
  // Real caret moves: End then Right steps past the turn's end into the next turn.
  await page.keyboard.press('End');
  await expect(view.correctionSpeaker).toHaveText(/^Speaker: Interviewer · 00:00:04/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(view.correctionSpeaker).toHaveText(/^Speaker: Bu Wulan · 00:00:12/);
  // Typing keeps the text exact and the bar on the right turn.
  await view.placeCaretBefore(area, 'nineteen members');
  await page.keyboard.type('only ');
  await expect(view.correctionSpeaker).toHaveText(/^Speaker: Bu Wulan · 00:00:12/);
  expect(await area.inputValue()).toBe(text.replace('nineteen members', 'only nineteen members'));
  await view.placeCaretBefore(area, 'Who gives the training?');
  await expect(view.correctionSpeaker).toHaveText(/^Speaker: Interviewer · 00:00:45/);
  await app.screenshot('37-correction-speaker-bar');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(area).toBeHidden();
});
