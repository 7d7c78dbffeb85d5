// Saving and opening the large project as a `.caseweave` file through the UI (File → Save as…, File → Open project
// file… → Open as a copy), the file's size, and the longest frame gap while an autosave runs as the user types in a
// memo. The browser's file pickers are answered with handles of the origin-private file system (the e2e page model's
// stubs), so the bytes really go through the File System Access API. The baseline is the least any save must do:
// read the project's rows with raw IndexedDB and JSON.stringify them, in the same page.
import { writeFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { NEXT_OPEN, NEXT_SAVE } from '../e2e/pages/ProjectFilesPage.ts';
import { UI } from './uiProbes.ts';

export const BENCH_FILE_NAME = 'bench-large-project.caseweave';

const fileMenuItem = async (page: Page, item: RegExp): Promise<void> => {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
};

const status = (page: Page) => page.getByRole('status', { name: 'Project file' });

const answerPicker = (page: Page, picker: typeof NEXT_OPEN | typeof NEXT_SAVE, fileName: string): Promise<unknown> =>
  page.evaluate(({ property, name }) => Reflect.set(window, property, name), { property: picker, name: fileName });

export type SaveFigures = { saveMs: number; longestFrameGapMs: number; fileBytes: number };

/** File → Save as… to a new file; timed from the menu click to the status saying "Saved". */
export const measureSaveAs = async (page: Page): Promise<SaveFigures> => {
  await answerPicker(page, NEXT_SAVE, BENCH_FILE_NAME);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.evaluate(() => window.__caseweaveBench.startFrameMonitor());
  const started = Date.now();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: /^Save as…/ }).click();
  await expect(status(page)).toContainText(BENCH_FILE_NAME, { timeout: 120_000 });
  await expect(status(page)).toContainText(/Saved/, { timeout: 120_000 });
  const saveMs = Date.now() - started;
  const frames = await page.evaluate(() => window.__caseweaveBench.stopFrameMonitor());
  const fileBytes = await page.evaluate(async (name) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(name);
    return (await handle.getFile()).size;
  }, BENCH_FILE_NAME);
  return { saveMs, longestFrameGapMs: frames.longestGapMs, fileBytes };
};

/** BENCH_PROFILE_OPEN=file.cpuprofile records the main thread's CPU profile of loading the copy (DevTools opens it). */
const startProfiling = async (page: Page, file: string | undefined): Promise<{ stop(): Promise<void> }> => {
  if (file === undefined || file === '') return { stop: async () => undefined };
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.send('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      await session.detach();
    },
  };
};

export type OpenFigures = { readMs: number; loadMs: number };

/**
 * File → Open project file… on the file just saved: its project is here already, so the app asks, and the copy is
 * opened. Read (pick → the question shown: parse, hashes, schema, integrity) and load (answer → the copy open) are
 * timed apart; the user's think time between them is not counted.
 */
export const measureOpenAsCopy = async (page: Page, projectName: string): Promise<OpenFigures> => {
  await answerPicker(page, NEXT_OPEN, BENCH_FILE_NAME);
  const readStarted = Date.now();
  await fileMenuItem(page, /^Open project file…/);
  const copy = page.getByRole('button', { name: /^Open as a copy/ });
  await expect(copy).toBeVisible({ timeout: 120_000 });
  const readMs = Date.now() - readStarted;
  const profile = await startProfiling(page, process.env.BENCH_PROFILE_OPEN);
  const loadStarted = Date.now();
  await copy.click();
  await expect(page.getByTestId(UI.activeProjectTestId)).not.toHaveText(projectName, { timeout: 120_000 });
  const loadMs = Date.now() - loadStarted;
  await profile.stop();
  return { readMs, loadMs };
};

/** A pause after a word long enough for the memo editor to store the memo (its own autosave waits 600 ms). */
const MEMO_STORE_PAUSE_MS = 700;

export type AutosaveFigures = { longestFrameGapMs: number; saves: number; keystrokes: number; frames: number };

/**
 * Types into a project memo, a letter every 40 ms and a short pause after each word, until an autosave of the
 * project file has started and finished while typing went on;
 * the longest gap between frames rendered while the status said "Saving…" is the stall the user could feel.
 */
export const measureAutosaveWhileTyping = async (page: Page, letters: string): Promise<AutosaveFigures> => {
  await page.getByRole('navigation', { name: UI.navigationLabel }).getByRole('button', { name: /^Memos/ }).click();
  await page.getByRole('button', { name: 'New project memo' }).click();
  const body = page.getByRole('textbox', { name: 'Memo text' });
  await expect(body).toBeFocused();
  await page.evaluate(() => {
    const probe = { longest: 0, frames: 0, saves: 0, last: 0, saving: false, done: false };
    Reflect.set(window, '__caseweaveAutosaveProbe', probe);
    const statusText = (): string => document.querySelector('[role="status"][aria-label="Project file"]')?.textContent ?? '';
    const tick = (now: number): void => {
      const saving = statusText().includes('Saving');
      if (saving && probe.last > 0) {
        probe.longest = Math.max(probe.longest, now - probe.last);
        probe.frames += 1;
      }
      if (probe.saving && !saving) {
        probe.saves += 1;
        probe.done = true;
      }
      probe.saving = saving;
      probe.last = now;
      if (!probe.done) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  let keystrokes = 0;
  const readProbe = () =>
    page.evaluate(() => Reflect.get(window, '__caseweaveAutosaveProbe') as { longest: number; frames: number; saves: number; done: boolean });
  // Word by word, with the pause after each word that lets the memo editor store the memo (a change autosave sees).
  const words = letters.split(' ');
  for (let round = 0; round < 10; round += 1) {
    for (const word of words) {
      for (const letter of `${word} `) {
        await page.keyboard.press(letter === ' ' ? 'Space' : letter);
        keystrokes += 1;
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(MEMO_STORE_PAUSE_MS);
    }
    if ((await readProbe()).done) break;
  }
  const probe = await readProbe();
  if (!probe.done) throw new Error(`no autosave ran during ${keystrokes} keystrokes`);
  return { longestFrameGapMs: probe.longest, saves: probe.saves, keystrokes, frames: probe.frames };
};

/** Baseline: every row of the project read with raw IndexedDB and JSON.stringify'd, in the page. */
export const rawReadAndStringifyBaseline = (page: Page, projectId: string): Promise<{ ms: number; jsonBytes: number }> =>
  page.evaluate(async (id) => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('caseweave');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables = ['informants', 'sources', 'sourceTexts', 'codes', 'codings', 'memos', 'auditEvents'];
    const rows: Record<string, unknown[]> = {};
    const transaction = db.transaction([...tables, 'projects'], 'readonly');
    const all = (request: IDBRequest<unknown[]>) =>
      new Promise<unknown[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    rows.projects = await all(transaction.objectStore('projects').getAll(id));
    for (const table of tables) rows[table] = await all(transaction.objectStore(table).index('projectId').getAll(id));
    db.close();
    let jsonBytes = 0;
    for (const table of Object.keys(rows)) jsonBytes += JSON.stringify(rows[table]).length;
    return { ms: performance.now() - started, jsonBytes };
  }, projectId);
