// Typing latency in correction mode on the open (100k-word) source: switch to "Correct transcript", put the caret
// in the middle of the text, type letters one by one, and time keydown → the frame rendered after the app handled
// the input event. The draft is discarded afterwards (Cancel), so the source stays unchanged.
import type { Page } from '@playwright/test';
import { summarise } from './benchStats.ts';
import { awaitArmed } from './measureApplyCode.ts';
import { UI } from './uiProbes.ts';

export type TypingFigures = { keystroke: ReturnType<typeof summarise>; openCorrectionMs: number };

export const measureCorrectionTyping = async (page: Page, letters: string): Promise<TypingFigures> => {
  await page.evaluate((ui) => {
    const bench = window.__caseweaveBench;
    bench.armed = bench.paintedWhen(() => document.querySelector(ui.correctionTextSelector) !== null, 60_000);
  }, UI);
  await page.getByRole('button', { name: UI.correctButton }).click();
  const openCorrectionMs = await awaitArmed(page, 'pointerdown');
  await page.evaluate((ui) => {
    const area = document.querySelector<HTMLTextAreaElement>(ui.correctionTextSelector);
    if (area === null) throw new Error('no correction textarea');
    const middle = Math.floor(area.value.length / 2);
    area.focus();
    area.setSelectionRange(middle, middle);
  }, UI);
  const samples: number[] = [];
  for (const letter of letters) {
    await page.evaluate(() => window.__caseweaveBench.armPaintAfterEvent('input', 10_000));
    await page.keyboard.press(letter === ' ' ? 'Space' : letter);
    samples.push(await awaitArmed(page, 'keydown'));
  }
  await page.getByRole('button', { name: UI.correctCancelButton, exact: true }).click();
  await page.waitForFunction((selector) => document.querySelector(selector) === null, UI.correctionTextSelector, { timeout: 30_000 });
  return { keystroke: summarise(samples), openCorrectionMs };
};
