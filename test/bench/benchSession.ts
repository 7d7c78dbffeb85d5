// The environment a bench run drives: builds the renderer (vite, into .cache/bench-renderer so a bench never swaps
// dist/renderer under a running e2e suite), serves it with the app's CSP (scripts/serve-renderer.mjs on a free
// port), launches Debian's Chromium with the team's flags, and opens the app.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startRendererServer, type RendererServer } from '../../scripts/serve-renderer.mjs';
import { progress } from './benchStats.ts';
import { installPageHelpers } from './pageHelpers.ts';
import { usePickerStubs } from '../e2e/pages/ProjectFilesPage.ts';
import { UI } from './uiProbes.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
  // Precise memory figures and an explicit GC for the heap measurement.
  '--enable-precise-memory-info', '--js-flags=--expose-gc',
];

/** Where the bench builds the renderer; --no-build serves what is there. */
export const BENCH_RENDERER_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '.cache', 'bench-renderer');

export type BenchSession = { server: RendererServer; browser: Browser; context: BrowserContext; page: Page; close: () => Promise<void> };

export const buildRenderer = (): void => {
  progress(`building the renderer (npx vite build) into ${BENCH_RENDERER_ROOT}…`);
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', BENCH_RENDERER_ROOT, '--emptyOutDir'], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`vite build failed with exit code ${String(result.status)}`);
};

export const openBenchSession = async (): Promise<BenchSession> => {
  const server = await startRendererServer({ root: BENCH_RENDERER_ROOT, port: 0 });
  progress(`serving ${BENCH_RENDERER_ROOT} at ${server.url}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  await installPageHelpers(context);
  // The File System Access pickers answer with private-file-system handles (the project-file measurements).
  await usePickerStubs(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => progress(`page error: ${error.message.split('\n')[0]}`));
  await page.goto(server.url);
  await expect(page.getByRole('navigation', { name: UI.navigationLabel })).toBeVisible({ timeout: 60_000 });
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  };
  return { server, browser, context, page, close };
};

/** Reloads and waits until the app shows `projectName` as the open project. */
export const reloadApp = async (page: Page, projectName: string): Promise<void> => {
  await page.reload();
  await expect(page.getByTestId(UI.activeProjectTestId)).toHaveText(projectName, { timeout: 120_000 });
};
