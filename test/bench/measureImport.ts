// Import through the real UI (hidden file input → review → "Import N sources" → results), timed in the page from
// the input's change event to the painted review (parsing, in a Worker) and from the confirm click to the painted
// results (storing); a frame monitor records whether the window froze. Baseline: the same source and text rows
// written with raw IndexedDB, one transaction per file like the app, into a scratch database.
import type { Page } from '@playwright/test';
import { SCHEMA_HISTORY } from '../../renderer/data/schemaHistory.ts';
import { DEFAULT_DATABASE_NAME } from '../../renderer/data/database.ts';
import type { GeneratedSource } from './generateLargeProject.ts';
import { UI } from './uiProbes.ts';

export type UiImportTiming = {
  parseMs: number;
  storeMs: number;
  totalMs: number;
  imported: number;
  longestFrameGapMs: number;
  gapsOver200Ms: number;
  /** Longest frame gap from file selection to the painted review (parsing), and from confirm to results (storing). */
  parseLongestFrameGapMs: number;
  storeLongestFrameGapMs: number;
};

const dialogSays = (page: Page, text: string, timeoutMs: number): Promise<number> =>
  page.evaluate(
    ({ wanted, timeout }) =>
      window.__caseweaveBench.paintedWhen(() => {
        for (const heading of document.querySelectorAll('dialog h2, [role="dialog"] h2, .modal-title')) if (heading.textContent?.trim() === wanted) return true;
        return false;
      }, timeout),
    { wanted: text, timeout: timeoutMs },
  );

export const importThroughUi = async (page: Page, files: readonly GeneratedSource[]): Promise<UiImportTiming> => {
  // Frames are watched from the moment the app receives the files (the input's change event), as after a real file
  // dialog: before it, Playwright's setInputFiles spends most of a second building 200 File objects inside the page,
  // which is the harness's stall, not the app's.
  await page.evaluate(() =>
    window.addEventListener('change', () => window.__caseweaveBench.startFrameMonitor(), { capture: true, once: true }),
  );
  await page.getByLabel(UI.importFileInputLabel).setInputFiles(
    files.map((file) => ({ name: file.fileName, mimeType: 'text/plain', buffer: Buffer.from(file.bytes) })),
  );
  const reviewPaintedAt = await dialogSays(page, UI.importReviewHeading, 600_000);
  const changeAt = await page.evaluate(() => window.__caseweaveBench.lastEvent.change);
  const parseFrames = await page.evaluate(() => window.__caseweaveBench.stopFrameMonitor());
  await page.evaluate(() => window.__caseweaveBench.startFrameMonitor());
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: files.length === 1 ? 'Import 1 source' : `Import ${files.length} sources` }).click();
  const finishedPaintedAt = await dialogSays(page, UI.importFinishedHeading, 600_000);
  const clickAt = await page.evaluate(() => window.__caseweaveBench.lastEvent.click);
  const frames = await page.evaluate(() => window.__caseweaveBench.stopFrameMonitor());
  const imported = await dialog.locator('tbody tr[data-status="imported"]').count();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const parseMs = reviewPaintedAt - changeAt;
  const storeMs = finishedPaintedAt - clickAt;
  return {
    parseMs, storeMs, totalMs: parseMs + storeMs, imported,
    longestFrameGapMs: Math.max(parseFrames.longestGapMs, frames.longestGapMs), gapsOver200Ms: parseFrames.gapsOver200Ms + frames.gapsOver200Ms,
    parseLongestFrameGapMs: parseFrames.longestGapMs, storeLongestFrameGapMs: frames.longestGapMs,
  };
};

type IndexSpec = { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean };
type StoreSpec = { name: string; keyPath: string | string[]; autoIncrement: boolean; indexes: IndexSpec[] };

/** Dexie's schema syntax ("id, projectId, [a+b], *tags, &unique", "++id") as IndexedDB store definitions. */
export const storeSpecsFromSchema = (stores: Readonly<Record<string, string>>): StoreSpec[] =>
  Object.entries(stores).map(([name, schema]) => {
    const [primary, ...others] = schema.split(',').map((part) => part.trim()).filter(Boolean);
    const keyPathOf = (raw: string): string | string[] => (raw.startsWith('[') ? raw.slice(1, -1).split('+') : raw);
    const bare = primary.replace(/^(\+\+|&)/, '');
    return {
      name,
      keyPath: keyPathOf(bare),
      autoIncrement: primary.startsWith('++'),
      indexes: others.map((raw) => {
        const indexName = raw.replace(/^[*&]/, '');
        return { name: indexName, keyPath: keyPathOf(indexName), multiEntry: raw.startsWith('*'), unique: raw.startsWith('&') };
      }),
    };
  });

/** Copies the imported sources' rows (read back untimed) into a scratch database; times only the writes. */
export const rawIndexedDbImportBaseline = async (page: Page, projectId: string): Promise<{ ms: number; rows: number }> => {
  // A Dexie version lists only the stores it changes: the latest definition of each store wins.
  const latest: Record<string, string> = {};
  for (const version of SCHEMA_HISTORY) Object.assign(latest, version.stores);
  const specs = storeSpecsFromSchema({ sources: latest.sources, sourceTexts: latest.sourceTexts });
  return page.evaluate(
    async ({ appDatabase, specs: storeSpecs, id }) => {
      const request = <T>(req: IDBRequest<T>): Promise<T> =>
        new Promise((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const app = await request(indexedDB.open(appDatabase));
      const read = app.transaction(['sources', 'sourceTexts']);
      const sources = await request(read.objectStore('sources').index('projectId').getAll(id));
      const texts = await request(read.objectStore('sourceTexts').index('projectId').getAll(id));
      app.close();
      const scratchName = `caseweave-bench-baseline-${Date.now()}`;
      const open = indexedDB.open(scratchName, 1);
      open.onupgradeneeded = () => {
        for (const spec of storeSpecs) {
          const store = open.result.createObjectStore(spec.name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
          for (const index of spec.indexes) store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
        }
      };
      const scratch = await request(open);
      const textById = new Map(texts.map((row: { sourceId: string }) => [row.sourceId, row]));
      const started = performance.now();
      for (const row of sources as { id: string }[]) {
        await new Promise<void>((resolve, reject) => {
          const write = scratch.transaction(['sources', 'sourceTexts'], 'readwrite');
          write.objectStore('sources').add(row);
          write.objectStore('sourceTexts').add(textById.get(row.id));
          write.oncomplete = () => resolve();
          write.onerror = () => reject(write.error);
        });
      }
      const ms = performance.now() - started;
      scratch.close();
      await new Promise((resolve) => {
        const removal = indexedDB.deleteDatabase(scratchName);
        removal.onsuccess = resolve;
        removal.onerror = resolve;
      });
      return { ms, rows: sources.length };
    },
    { appDatabase: DEFAULT_DATABASE_NAME, specs, id: projectId },
  );
};
