// The display figures in the app (issue 9): from setting the route of a saved display to the first painted frame that
// shows its whole matrix (every cell of the grid) or its network laid out by the worker (every node in place); and from a click on a cell of
// ~1,000 excerpts to the first painted excerpt in its panel. Each display is opened from the list, runs times.
import type { Page } from '@playwright/test';
import { summarise } from './benchStats.ts';

type Summary = ReturnType<typeof summarise>;

const showList = async (page: Page): Promise<void> => {
  await page.evaluate(async () => {
    location.hash = '#/displays';
    await window.__caseweaveBench.paintedWhen(() => document.querySelector('.matrix-grid, .network-canvas') === null, 30_000);
  });
};

/** Opens a display by its route; resolves with the ms until the frame that paints `cells` grid cells or `nodes` nodes. */
const openDisplay = (page: Page, displayId: string, wanted: { cells?: number; nodes?: number }): Promise<number> =>
  page.evaluate(
    async ({ id, cells, nodes }) => {
      const started = performance.now();
      location.hash = `#/displays/${encodeURIComponent(id)}`;
      const at = await window.__caseweaveBench.paintedWhen(() => {
        if (cells !== undefined) return document.querySelectorAll('.matrix-grid [data-cell]').length >= cells;
        // Laid out: the view says so once the worker's positions are on screen (before, nodes wait in a column).
        return document.querySelector('.network-view[data-laid-out="true"]') !== null
          && document.querySelectorAll('.network-canvas .network-node').length >= (nodes ?? 1);
      }, 120_000);
      return at - started;
    },
    { id: displayId, cells: wanted.cells, nodes: wanted.nodes },
  );

export const measureDisplayOpen = async (page: Page, displayId: string, wanted: { cells?: number; nodes?: number }, runs = 3): Promise<Summary> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await showList(page);
    samples.push(await openDisplay(page, displayId, wanted));
  }
  return summarise(samples);
};

/** Opens the one-cell display, then times clicks on its first cell until the panel paints an excerpt. */
export const measureCellOpen = async (page: Page, displayId: string, runs = 5): Promise<Summary & { excerpts: number }> => {
  await showList(page);
  await openDisplay(page, displayId, { cells: 1 });
  const samples: number[] = [];
  let excerpts = 0;
  for (let run = 0; run < runs; run += 1) {
    const timing = await page.evaluate(async () => {
      const bench = window.__caseweaveBench;
      const close = document.querySelector<HTMLButtonElement>('.cell-panel button[aria-label="Close the cell"]');
      close?.click();
      await bench.paintedWhen(() => document.querySelector('.cell-panel .cell-excerpt') === null, 30_000);
      const cell = document.querySelector<HTMLElement>('.matrix-grid [data-cell="0:0"]');
      if (cell === null) throw new Error('the one-cell display shows no cell');
      const started = performance.now();
      cell.click();
      const at = await bench.paintedWhen(() => document.querySelector('.cell-panel .cell-excerpt') !== null, 60_000);
      return { ms: at - started, excerpts: document.querySelectorAll('.cell-panel .cell-excerpt').length };
    });
    samples.push(timing.ms);
    excerpts = timing.excerpts;
  }
  return { ...summarise(samples), excerpts };
};
