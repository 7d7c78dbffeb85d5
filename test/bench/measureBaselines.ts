// Natural baselines, computed in the same Chromium page as the app: a plain indexOf scan over all the project's
// text (search), a naive fuse.js over every turn of every source (fuzzy full-text search), and for the code
// picker a fuse.js index rebuilt on every keystroke and a plain substring filter over the 80 code names.
// fuse.js is loaded into the page through the DevTools protocol, not through the app.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { DEFAULT_DATABASE_NAME } from '../../renderer/data/database.ts';
import { percentile } from './benchStats.ts';

type FuseConstructor = new (items: readonly unknown[], options?: Record<string, unknown>) => { search: (pattern: string) => unknown[] };

declare global {
  var __benchTexts: string[] | undefined;
  var __benchTurns: string[] | undefined;
  var __benchFuse: FuseConstructor | undefined;
}

/** Reads every source text of the project into the page (untimed): lower-cased texts and per-paragraph strings. */
export const loadTextsIntoPage = async (page: Page, projectId: string): Promise<{ texts: number; chars: number }> =>
  page.evaluate(
    async ({ databaseName, id }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(databaseName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<{ text: string }[]>((resolve, reject) => {
        const request = db.transaction('sourceTexts').objectStore('sourceTexts').index('projectId').getAll(id);
        request.onsuccess = () => resolve(request.result as { text: string }[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      window.__benchTexts = rows.map((row) => row.text.toLowerCase());
      window.__benchTurns = rows.flatMap((row) => row.text.split('\n\n'));
      return { texts: rows.length, chars: rows.reduce((sum, row) => sum + row.text.length, 0) };
    },
    { databaseName: DEFAULT_DATABASE_NAME, id: projectId },
  );

/** Per query: every occurrence found by indexOf over all lower-cased text. */
export const indexOfBaseline = async (page: Page, queries: readonly string[]): Promise<{ p95Ms: number; p50Ms: number }> => {
  const timings = await page.evaluate((words) => {
    const texts = window.__benchTexts ?? [];
    return words.map((word) => {
      const needle = word.toLowerCase();
      const started = performance.now();
      let found = 0;
      for (const text of texts) for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found += 1;
      const ms = performance.now() - started;
      return found >= 0 ? ms : -1;
    });
  }, [...queries]);
  return { p95Ms: percentile(timings, 0.95), p50Ms: percentile(timings, 0.5) };
};

const loadFuse = async (page: Page): Promise<void> => {
  const require = createRequire(import.meta.url);
  const source = await readFile(require.resolve('fuse.js'), 'utf8');
  // fuse.js's CommonJS build, wrapped so its module.exports lands on window.
  await page.evaluate(`(() => { const module = { exports: {} }; const exports = module.exports;\n${source}\n;window.__benchFuse = module.exports; })()`);
};

/** A naive fuse.js over every paragraph of the project, a few queries (it is slow by nature). */
export const naiveFuseSearchBaseline = async (page: Page, queries: readonly string[]): Promise<{ p95Ms: number; buildMs: number; queries: number }> => {
  await loadFuse(page);
  const result = await page.evaluate((words) => {
    const Fuse = window.__benchFuse;
    if (Fuse === undefined) throw new Error('fuse.js did not load into the page');
    const buildStarted = performance.now();
    const fuse = new Fuse(window.__benchTurns ?? [], { ignoreLocation: true, threshold: 0.2, minMatchCharLength: 3 });
    const buildMs = performance.now() - buildStarted;
    const timings = words.map((word) => {
      const started = performance.now();
      fuse.search(word);
      return performance.now() - started;
    });
    return { buildMs, timings };
  }, [...queries]);
  return { p95Ms: percentile(result.timings, 0.95), buildMs: result.buildMs, queries: result.timings.length };
};

/** Code picker baselines over the code names, per keystroke of each query: fuse rebuilt each time, and a substring filter. */
export const codePickerBaselines = async (
  page: Page, codeNames: readonly string[], queries: readonly string[],
): Promise<{ naiveFuseP95Ms: number; linearFilterP95Ms: number }> => {
  await loadFuse(page);
  const result = await page.evaluate(
    ({ names, words }) => {
      const Fuse = window.__benchFuse;
      if (Fuse === undefined) throw new Error('fuse.js did not load into the page');
      const fuseTimings: number[] = [];
      const filterTimings: number[] = [];
      for (const word of words) {
        for (let length = 1; length <= word.length; length += 1) {
          const typed = word.slice(0, length);
          let started = performance.now();
          new Fuse(names.map((name) => ({ name })), { keys: ['name'], threshold: 0.4 }).search(typed);
          fuseTimings.push(performance.now() - started);
          started = performance.now();
          const lowered = typed.toLowerCase();
          names.filter((name) => name.toLowerCase().includes(lowered));
          filterTimings.push(performance.now() - started);
        }
      }
      return { fuseTimings, filterTimings };
    },
    { names: [...codeNames], words: [...queries] },
  );
  return { naiveFuseP95Ms: percentile(result.fuseTimings, 0.95), linearFilterP95Ms: percentile(result.filterTimings, 0.95) };
};
