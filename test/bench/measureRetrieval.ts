// Retrieval of one code's excerpts on the Coded excerpts screen: from the click on the code's checkbox to the first
// painted frame showing the total ("1,000 excerpts") and the first excerpt cards; then "Show all" until every
// card is in the DOM. The code is unticked between runs so each retrieval starts from nothing.
import type { Page } from '@playwright/test';
import { median } from './benchStats.ts';
import { UI } from './uiProbes.ts';

export type RetrievalFigures = { firstPageMs: number; firstPageMaxMs: number; showAllMs: number | null; excerpts: number };

export const measureRetrieval = async (page: Page, codeName: string, expected: number, runs = 3): Promise<RetrievalFigures> => {
  await page.evaluate(() => {
    location.hash = '#/excerpts';
  });
  const checkbox = page.locator(`input[type="checkbox"][aria-label*="${codeName.replace(/"/g, '\\"')}"]`).first();
  await checkbox.waitFor({ state: 'visible', timeout: 60_000 });
  if (await checkbox.isChecked()) await checkbox.click();
  const firstPage: number[] = [];
  let showAll: number | null = null;
  let shown = 0;
  for (let run = 0; run < runs; run += 1) {
    const timing = await page.evaluate(
      async ({ ui, name, count, last }) => {
        const bench = window.__caseweaveBench;
        const box = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) => input.getAttribute('aria-label')?.includes(name));
        if (box === undefined) throw new Error(`no checkbox for code "${name}"`);
        const totalText = ui.retrievalTotal.replace('{count}', new Intl.NumberFormat('en').format(count));
        const cards = (): number => document.querySelectorAll(ui.excerptSelector).length;
        const started = performance.now();
        box.click();
        const firstAt = await bench.paintedWhen(
          () => document.querySelector(ui.retrievalTotalSelector)?.textContent?.trim() === totalText && cards() > 0,
          60_000,
        );
        let allMs: number | null = null;
        if (last) {
          const showAllButton = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim().startsWith(ui.retrievalShowAll));
          if (showAllButton !== undefined) {
            const clicked = performance.now();
            showAllButton.click();
            allMs = (await bench.paintedWhen(() => cards() >= count, 60_000)) - clicked;
          }
        }
        const rendered = cards();
        box.click();
        await bench.paintedWhen(() => cards() === 0, 30_000);
        return { firstMs: firstAt - started, allMs, rendered };
      },
      { ui: UI, name: codeName, count: expected, last: run === runs - 1 },
    );
    firstPage.push(timing.firstMs);
    if (timing.allMs !== null) showAll = timing.allMs;
    shown = timing.rendered;
  }
  return { firstPageMs: median(firstPage), firstPageMaxMs: Math.max(...firstPage), showAllMs: showAll, excerpts: shown };
};
