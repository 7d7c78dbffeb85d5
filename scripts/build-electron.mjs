// Bundles the Electron main process and the sandboxed preload with esbuild into dist-electron/ (CommonJS, one file
// each: a sandboxed preload cannot require local modules). Run by `npm run build:electron` and by `npm start`.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(repoRoot, 'dist-electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: repoRoot,
};

export const buildElectron = async () => {
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.cjs') }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs') }),
  ]);
  return { main: path.join(outDir, 'main.cjs'), preload: path.join(outDir, 'preload.cjs') };
};

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { main, preload } = await buildElectron();
    console.log(`Built ${path.relative(repoRoot, main)} and ${path.relative(repoRoot, preload)}`);
  } catch (error) {
    console.error(`Electron build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
