// Opening a source at scale: from the hash change (#/source/<id>) to the first rendered frame that shows the
// transcript's opening words, and to the first frame that also shows its codings (highlights or stripes).
// Each open starts from the sources list, so the transcript mounts fresh.
import type { Page } from '@playwright/test';
import { median } from './benchStats.ts';
import { UI } from './uiProbes.ts';

export type OpenTiming = { textPaintMs: number; codedPaintMs: number | null };

/** Leaves any open source for the sources list and lets the page settle. */
export const leaveSource = async (page: Page): Promise<void> => {
  await page.evaluate(() => {
    location.hash = '#/sources';
  });
  await page.waitForFunction((selector) => document.querySelector(selector) === null, UI.transcriptSelector, { timeout: 30_000 });
  await page.waitForTimeout(400);
  await page.evaluate(() => window.__caseweaveBench.nextPaint());
};

export const openSourceOnce = async (page: Page, sourceId: string, snippet: string, expectCodings: boolean): Promise<OpenTiming> => {
  await leaveSource(page);
  return page.evaluate(
    async ({ id, wanted, expect, ui }) => {
      const bench = window.__caseweaveBench;
      const started = performance.now();
      location.hash = `#/source/${encodeURIComponent(id)}`;
      const textAt = await bench.paintedWhen(() => document.querySelector(ui.transcriptSelector)?.textContent?.includes(wanted) === true, 60_000);
      let codedAt: number | null = null;
      if (expect) {
        codedAt = await bench.paintedWhen(() => bench.codedMarks(ui.codedHighlightPrefix, ui.codingMarkSelector) > 0, 20_000).catch(() => null);
      }
      return { textPaintMs: textAt - started, codedPaintMs: codedAt === null ? null : codedAt - started };
    },
    { id: sourceId, wanted: snippet, expect: expectCodings, ui: UI },
  );
};

/** Opens the same source `times` times; the median of each figure, and the coded paint's worst case. */
export const measureSourceOpen = async (
  page: Page, sourceId: string, snippet: string, expectCodings: boolean, times: number,
): Promise<{ textPaintMs: number; codedPaintMs: number | null; codedPaintMaxMs: number | null; runs: OpenTiming[] }> => {
  const runs: OpenTiming[] = [];
  for (let run = 0; run < times; run += 1) runs.push(await openSourceOnce(page, sourceId, snippet, expectCodings));
  const coded = runs.map((run) => run.codedPaintMs).filter((value): value is number => value !== null);
  return {
    textPaintMs: median(runs.map((run) => run.textPaintMs)),
    codedPaintMs: coded.length === runs.length ? median(coded) : null,
    codedPaintMaxMs: coded.length === runs.length ? Math.max(...coded) : null,
    runs,
  };
};
