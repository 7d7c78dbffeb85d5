// Bundles the headless CLI (cli/main.ts and the shared/ code it runs) with esbuild into dist-cli/caseweave.mjs, the
// file bin/caseweave.mjs starts. Run by `npm install` (the `prepare` script), `npm run build` and vitest's global
// setup, so the command and the tests that drive it always run today's sources. npm packages stay external: they are
// installed beside it as dependencies, and pdf.js must load its worker file from its own folder.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = path.join(repoRoot, 'dist-cli', 'caseweave.mjs');

// `import text from './file.txt?raw'` (Vite's form, used by the shared example project's files) bundles the file's
// text as a string, as Vite does in the app.
const rawTextImports = {
  name: 'raw-text-imports',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

export const buildCli = async () => {
  await build({
    entryPoints: ['cli/main.ts'],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
    plugins: [rawTextImports],
  });
  return CLI_BUNDLE;
};

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Built ${path.relative(repoRoot, await buildCli())}`);
  } catch (error) {
    console.error(`CLI build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
