// Coding stripes that can be told apart (issue 7, item 5): sibling codes show different colours, each stripe is
// labelled with its code name where there is room and otherwise on hover and on keyboard focus, and the stripes are
// one Tab stop whose arrow keys move between them.
import { expect, test } from '@playwright/test';
import { SourcesPage } from './pages/SourcesPage.ts';
import { TranscriptPage } from './pages/transcriptPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test('stripes carry their code names where there is room, otherwise on hover and focus', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await new SourcesPage(page).open('Interview with Pak Harjo (owner)');
  const view = new TranscriptPage(page);

  // Sibling sub-codes of the example's codebook no longer share one colour.
  await expect(view.stripe('Exporters and intermediaries').first()).toBeVisible();
  await expect(view.stripe('Overseas customers').first()).toBeVisible();
  expect(await view.stripeColor('Exporters and intermediaries')).not.toBe(await view.stripeColor('Overseas customers'));

  // Labels beside stripes with room.
  await expect(view.stripeLabel('Exporters and intermediaries').first()).toBeVisible();
  await expect(view.stripeLabel('Exporters and intermediaries').first()).toHaveText('Exporters and intermediaries');

  // Three codes on one single-line question: the first label fits beside its stripe, the others have no room.
  const question = 'And the art shops in Bali?';
  for (const code of ['arts communities', 'overseas customers', 'market information']) {
    await view.selectText(question);
    await view.applyWithPicker(code);
  }
  const onQuestion = (name: string) => view.stripe(name).and(page.locator(`[data-coded-text="${question}"]`));
  await expect(onQuestion('Market information')).toHaveCount(1);
  const labelOf = (name: string) => view.stripeLabel(name).and(page.locator('[data-placed="false"]'));
  const hidden = ['Arts communities', 'Overseas customers', 'Market information'].map(labelOf);
  const unplaced: number[] = [];
  for (const [index, label] of hidden.entries()) if ((await label.count()) > 0) unplaced.push(index);
  expect(unplaced.length).toBeGreaterThanOrEqual(2);
  const name = ['Arts communities', 'Overseas customers', 'Market information'][unplaced[0]];
  await expect(labelOf(name)).toBeHidden();
  await app.screenshot('stripes-01-labels');

  // Hovering its stripe shows the whole name; moving away hides it again.
  await onQuestion(name).hover();
  await expect(labelOf(name)).toBeVisible();
  await expect(labelOf(name)).toHaveText(name);
  await app.screenshot('stripes-02-hover');
  await page.mouse.move(5, 5);
  await expect(labelOf(name)).toBeHidden();

  // From the transcript, Shift+Tab reaches the stripes (one stop); arrows move between them and show each name.
  await view.transcript.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('toolbar', { name: 'Coding stripes' }).locator(':focus')).toHaveCount(1);
  for (let moves = 0; moves < 20 && !(await onQuestion(name).evaluate((element) => element === document.activeElement)); moves += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(onQuestion(name)).toBeFocused();
  await expect(labelOf(name)).toBeVisible();
  await app.screenshot('stripes-03-focus');

  // Enter opens its codings with the keyboard inside; Escape closes them and gives the focus back; Escape again
  // returns to the text.
  await page.keyboard.press('Enter');
  await expect(view.popover).toBeVisible();
  await expect(view.popover.getByRole('button', { name: 'Change code' }).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(view.popover).toBeHidden();
  await expect(onQuestion(name)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(view.transcript).toBeFocused();
});
