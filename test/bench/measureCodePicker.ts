// The keyboard code picker on the source screen: with a range selected, Ctrl+K opens it (keydown → painted
// dialog), each typed letter updates the fuzzy list (keydown → the frame after the app handled the input event;
// React renders a controlled input's change synchronously), and Enter applies the top match (keydown → painted
// coded mark). Several rounds on different ranges; p95 of each.
import type { Page } from '@playwright/test';
import { summarise } from './benchStats.ts';
import { armCodedMarkWatch, awaitArmed, selectRangeAndSettle } from './measureApplyCode.ts';
import { UI } from './uiProbes.ts';

export type PickerFigures = {
  keystroke: ReturnType<typeof summarise>;
  open: ReturnType<typeof summarise>;
  applyByEnter: ReturnType<typeof summarise>;
};

export const measureCodePicker = async (page: Page, queries: readonly string[], variantOffset = 0): Promise<PickerFigures> => {
  const keystrokes: number[] = [];
  const opens: number[] = [];
  const applies: number[] = [];
  for (const [round, query] of queries.entries()) {
    await selectRangeAndSettle(page, variantOffset + round);
    await page.evaluate((ui) => {
      const bench = window.__caseweaveBench;
      bench.armed = bench.paintedWhen(() => document.querySelector(ui.pickerInputSelector) !== null, 10_000);
    }, UI);
    await page.keyboard.press(UI.pickerShortcut);
    opens.push(await awaitArmed(page, 'keydown'));
    for (const letter of query) {
      await page.evaluate(() => window.__caseweaveBench.armPaintAfterEvent('input', 10_000));
      await page.keyboard.press(letter);
      keystrokes.push(await awaitArmed(page, 'keydown'));
    }
    const options = await page.locator(UI.pickerOptionSelector).count();
    if (options === 0) throw new Error(`the picker lists no code for "${query}"`);
    await armCodedMarkWatch(page);
    await page.keyboard.press('Enter');
    applies.push(await awaitArmed(page, 'keydown'));
  }
  return { keystroke: summarise(keystrokes), open: summarise(opens), applyByEnter: summarise(applies) };
};
