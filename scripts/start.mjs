// `npm start`: builds what is missing or stale (renderer with Vite, main and preload with esbuild), then opens
// Caseweave in Electron — or, where the Electron binary is not installed, serves the same app to a browser.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { DEFAULT_PORT, DEFAULT_RENDERER_ROOT, startRendererServer } from './serve-renderer.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererIndex = path.join(DEFAULT_RENDERER_ROOT, 'index.html');
const RENDERER_INPUTS = ['renderer', 'shared', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** Newest modification time (ms) under `entry`, skipping dependency and build folders. */
const newestChange = (entry) => {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child === 'dist' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
};

export const isRendererStale = () => {
  if (!existsSync(rendererIndex)) return true;
  const built = statSync(rendererIndex).mtimeMs;
  return RENDERER_INPUTS.some((input) => newestChange(path.join(repoRoot, input)) > built);
};

const run = (command, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });

/** The Electron executable, or null: the electron package throws when its binary was never downloaded. */
export const findElectronBinary = () => {
  try {
    const executable = createRequire(import.meta.url)('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
};

const main = async () => {
  if (isRendererStale()) {
    console.log('Building Caseweave (only when its sources changed)…');
    const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    const status = await run(process.execPath, [vite, 'build', '--logLevel', 'error']);
    if (status !== 0) {
      console.error('Caseweave: building the renderer failed (see the messages above).');
      return status;
    }
  }
  await buildElectron();

  const electron = findElectronBinary();
  if (electron !== null) {
    const env = { ...process.env };
    // Set in some shells and CI images; it would make Electron behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(electron, ['.'], { cwd: repoRoot, stdio: 'inherit', env });
    return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  }

  const requested = Number(process.env.PORT);
  const port = Number.isInteger(requested) && requested > 0 ? requested : DEFAULT_PORT;
  const server = await startRendererServer({ port, fallbackToFreePort: true });
  console.log(`Electron is not installed on this machine; serving Caseweave for your browser at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
};

try {
  const status = await main();
  if (status !== null) process.exit(status);
} catch (error) {
  console.error(`Caseweave could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
