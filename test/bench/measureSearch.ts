// Project-wide search on the Search screen: the index build (screen opened → "N sources indexed" painted), then
// per query the time from the input event to the first painted frame whose keyword-in-context lines show that
// word — and, separately, from the moment the query was posted to the search Worker (so the screen's typing
// pause is visible as the difference).
import type { Page } from '@playwright/test';
import { percentile, progress } from './benchStats.ts';
import { UI } from './uiProbes.ts';

export type SearchFigures = { p95Ms: number; p50Ms: number; maxMs: number; engineP95Ms: number | null; queries: number; renderedHitsMax: number };

/** Opens the Search screen; the time until "N sources indexed" is painted, and the longest frame gap meanwhile. */
export const openSearchAndBuildIndex = async (page: Page, sources: number): Promise<{ ms: number; longestFrameGapMs: number }> =>
  page.evaluate(
    async ({ ui, expected }) => {
      const bench = window.__caseweaveBench;
      bench.startFrameMonitor();
      const started = performance.now();
      location.hash = '#/search';
      const wanted = ui.searchIndexReady.replace('{documents}', new Intl.NumberFormat('en').format(expected));
      const at = await bench.paintedWhen(() => document.querySelector('main')?.textContent?.includes(wanted) === true, 300_000);
      return { ms: at - started, longestFrameGapMs: bench.stopFrameMonitor().longestGapMs };
    },
    { ui: UI, expected: sources },
  );

/**
 * The screen's deliberate pause after typing before it queries: the time from an input event to the Worker request,
 * measured on one more query (it is part of search_p95_ms and explains the gap to search_from_worker_request_p95_ms).
 */
export const searchTypingPause = async (page: Page): Promise<number> =>
  page.evaluate(async (ui) => {
    const bench = window.__caseweaveBench;
    const input = document.querySelector<HTMLInputElement>(`input[aria-label="${ui.searchInputLabel}"]`);
    if (input === null) throw new Error('no search input');
    const before = bench.lastEvent['worker-post'] ?? 0;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'pause');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const typedAt = bench.lastEvent.input;
    await bench.paintedWhen(() => (bench.lastEvent['worker-post'] ?? 0) > before, 10_000);
    return Math.round(bench.lastEvent['worker-post'] - typedAt);
  }, UI);

export const measureSearchQueries = async (page: Page, words: readonly string[]): Promise<SearchFigures> => {
  const latencies: number[] = [];
  const engine: number[] = [];
  const renderedHits: number[] = [];
  for (const word of words) {
    const timing = await page.evaluate(
      async ({ ui, query }) => {
        const bench = window.__caseweaveBench;
        const input = document.querySelector<HTMLInputElement>(`input[aria-label="${ui.searchInputLabel}"]`);
        if (input === null) throw new Error(`no search input labelled "${ui.searchInputLabel}"`);
        const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
        const wanted = fold(query);
        // Set the value the way typing does, so React's onChange sees it.
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setValue?.call(input, query);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const typedAt = bench.lastEvent.input;
        const paintedAt = await bench.paintedWhen(
          () => [...document.querySelectorAll(ui.searchHitSelector)].some((mark) => fold(mark.textContent ?? '') === wanted),
          30_000,
        );
        const postedAt = bench.lastEvent['worker-post'] ?? 0;
        const rendered = document.querySelectorAll(ui.searchHitSelector).length;
        return { latency: paintedAt - typedAt, engine: postedAt > typedAt ? paintedAt - postedAt : null, rendered };
      },
      { ui: UI, query: word },
    );
    latencies.push(timing.latency);
    renderedHits.push(timing.rendered);
    if (process.env.BENCH_VERBOSE) progress(`search "${word}": ${timing.latency.toFixed(1)} ms, ${timing.engine?.toFixed(1)} ms after the request, ${timing.rendered} lines`);
    if (timing.engine !== null) engine.push(timing.engine);
  }
  return {
    p95Ms: percentile(latencies, 0.95),
    p50Ms: percentile(latencies, 0.5),
    maxMs: Math.max(...latencies),
    engineP95Ms: engine.length === latencies.length ? percentile(engine, 0.95) : null,
    queries: latencies.length,
    renderedHitsMax: Math.max(...renderedHits),
  };
};
