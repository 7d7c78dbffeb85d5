// The display figures in the app (issue 9): from setting the route of a saved display to the first painted frame that
// shows its matrix (the grid of every row, the rows in view each with all its cells: a matrix of 80+ rows renders only
// the rows in view) or its network laid out by the worker (every node in place); and from a click on a cell of ~1,000
// excerpts to the first painted excerpt in its panel. Each display is opened from the list, runs times.
import type { Page } from '@playwright/test';
import { round, summarise } from './benchStats.ts';

type Summary = ReturnType<typeof summarise>;

const showList = async (page: Page): Promise<void> => {
  await page.evaluate(async () => {
    location.hash = '#/displays';
    await window.__caseweaveBench.paintedWhen(() => document.querySelector('.matrix-grid, .network-canvas') === null, 30_000);
  });
};

export type DisplayWanted = { rows: number; columns: number } | { nodes: number };

/** Opens a display by its route; resolves with the ms until the frame that paints the matrix or the laid-out nodes. */
const openDisplay = (page: Page, displayId: string, wanted: DisplayWanted): Promise<number> =>
  page.evaluate(
    async ({ id, want }) => {
      const started = performance.now();
      location.hash = `#/displays/${encodeURIComponent(id)}`;
      const at = await window.__caseweaveBench.paintedWhen(() => {
        if ('rows' in want) {
          const grid = document.querySelector('.matrix-grid');
          if (grid === null || Number(grid.getAttribute('aria-rowcount')) < want.rows) return false;
          const shown = grid.querySelectorAll('tbody tr[data-row]');
          const last = shown[shown.length - 1];
          return shown.length >= Math.min(want.rows, 20) && last !== undefined && last.querySelectorAll('[data-cell]').length >= want.columns;
        }
        const nodes = want.nodes;
        // Laid out: the view says so once the worker's positions are on screen (before, nodes wait in a column).
        return document.querySelector('.network-view[data-laid-out="true"]') !== null
          && document.querySelectorAll('.network-canvas .network-node').length >= nodes;
      }, 120_000);
      return at - started;
    },
    { id: displayId, want: wanted },
  );

export const measureDisplayOpen = async (page: Page, displayId: string, wanted: DisplayWanted, runs = 5): Promise<Summary & { first: number }> => {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await showList(page);
    samples.push(await openDisplay(page, displayId, wanted));
  }
  return { ...summarise(samples), first: round(samples[0]) };
};

/** Opens the one-cell display, then times clicks on its first cell until the panel paints an excerpt. */
export const measureCellOpen = async (page: Page, displayId: string, runs = 5): Promise<Summary & { excerpts: number }> => {
  await showList(page);
  await openDisplay(page, displayId, { rows: 1, columns: 1 });
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
