// Applying a code with 40k codings in the project: select a range in the open transcript (a DOM Range, as a
// mouse selection leaves it), click a code in the coding-mode code tree beside it, and time from the pointerdown
// to the first painted frame with one more coded mark (tint range or stripe). Repeated on different ranges
// and codes; p95 reported.
import type { Page } from '@playwright/test';
import { summarise } from './benchStats.ts';
import { UI } from './uiProbes.ts';

export const selectRangeAndSettle = async (page: Page, variant: number): Promise<string> =>
  page.evaluate(
    async ({ ui, index }) => {
      const bench = window.__caseweaveBench;
      const text = bench.selectRange(ui.transcriptSelector, ui.sourceTextSelector, index);
      // selectionchange is async: let the app take the selection over before the timed action.
      await bench.nextPaint();
      await bench.nextPaint();
      return text;
    },
    { ui: UI, index: variant },
  );

/** Arms a watcher for the next frame showing more coded marks than now. */
export const armCodedMarkWatch = async (page: Page): Promise<void> => {
  await page.evaluate((ui) => {
    const bench = window.__caseweaveBench;
    const before = bench.codedMarks(ui.codedHighlightPrefix, ui.codingMarkSelector);
    bench.armed = bench.paintedWhen(() => bench.codedMarks(ui.codedHighlightPrefix, ui.codingMarkSelector) > before, 15_000);
  }, UI);
};

/** Awaits the armed watcher; milliseconds from the latest event of `fromEvent` to that paint. */
export const awaitArmed = async (page: Page, fromEvent: string): Promise<number> =>
  page.evaluate(async (eventType) => {
    const bench = window.__caseweaveBench;
    if (bench.armed === null) throw new Error('nothing armed');
    const paintedAt = await bench.armed;
    bench.armed = null;
    return paintedAt - bench.lastEvent[eventType];
  }, fromEvent);

export const measureApplyCodeByClick = async (
  page: Page, codeIds: readonly string[], repetitions: number, variantOffset = 0,
): Promise<ReturnType<typeof summarise> & { failed: number }> => {
  const samples: number[] = [];
  const failures: string[] = [];
  for (let rep = 0; rep < repetitions; rep += 1) {
    try {
      await selectRangeAndSettle(page, variantOffset + rep);
      const row = page.locator(`${UI.codeTreeSelector} ${UI.codeRowSelector}[data-code-id="${codeIds[rep % codeIds.length]}"]`).first();
      await row.scrollIntoViewIfNeeded();
      await armCodedMarkWatch(page);
      await row.locator('.code-name').first().click();
      samples.push(await awaitArmed(page, 'pointerdown'));
    } catch (error) {
      // One range the app declines (say, an exact duplicate) should not sink the figure; many should.
      failures.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
      if (failures.length > repetitions / 3) throw new Error(`${failures.length} of ${rep + 1} applications showed no new coded mark: ${failures[0]}`);
    }
  }
  return { ...summarise(samples), failed: failures.length };
};
