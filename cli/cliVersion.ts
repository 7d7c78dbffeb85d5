// The version `caseweave --version` and `--help` print: package.json's, read at run time beside the running file
// (cli/ in the sources, dist-cli/ in the bundle: both one folder below the package root).
import { readFileSync } from 'node:fs';

export const readCliVersion = (): string => {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') return manifest.version;
  throw new Error('package.json declares no version');
};
