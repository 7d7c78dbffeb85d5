// The layer rule for cli/ in eslint.config.js, run through ESLint itself: the CLI reaches shared/ and Node's modules
// (and pdf.js) and the Node helpers of node/, never the renderer, Electron or another npm package.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/runCli.ts';

const restrictedImports = async (source: string): Promise<string[]> => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [result] = await eslint.lintText(`${source}\nexport const used = probe;\n`, { filePath: `${REPO_ROOT}/cli/layerProbe.ts` });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
};

describe('the cli/ layer rule', () => {
  it.each([
    "import { t as probe } from '../shared/i18n/translate.ts';",
    "import { readFile as probe } from 'node:fs/promises';",
    "import { main as probe } from './main.ts';",
    "import { writeFileAtomic as probe } from '../node/atomicWrite.ts';",
    "import { getDocument as probe } from 'pdfjs-dist/legacy/build/pdf.mjs';",
  ])('allows %s', async (source) => {
    expect(await restrictedImports(source)).toEqual([]);
  });

  it.each([
    "import { openDatabase as probe } from '../renderer/data/db.ts';",
    "import { app as probe } from '../electron/main.ts';",
    "import { app as probe } from '../shared/../electron/main.ts';",
    "import probe from 'dexie';",
    "import probe from 'fs';",
  ])('refuses %s', async (source) => {
    expect(await restrictedImports(source)).toEqual([expect.stringContaining('cli/ imports only shared/, node/ and node: modules')]);
  });
});
