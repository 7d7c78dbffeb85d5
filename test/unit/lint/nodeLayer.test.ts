// The layer rule for node/ in eslint.config.js, run through ESLint itself: the Node helpers electron/ and cli/ share
// reach shared/ and Node's modules only (no Electron, so the CLI runs them), and neither shared/ nor renderer/ reach them.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/runCli.ts';

const restrictedImports = async (source: string, file: string): Promise<string[]> => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const [result] = await eslint.lintText(`${source}\nexport const used = probe;\n`, { filePath: `${REPO_ROOT}/${file}` });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
};

describe('the node/ layer rule', () => {
  it.each([
    "import { t as probe } from '../shared/i18n/translate.ts';",
    "import { open as probe } from 'node:fs/promises';",
    "import { acquireLock as probe } from './fileLock.ts';",
  ])('allows %s in node/', async (source) => {
    expect(await restrictedImports(source, 'node/layerProbe.ts')).toEqual([]);
  });

  it.each([
    "import { app as probe } from 'electron';",
    "import { buildMenuTemplate as probe } from '../electron/menu.ts';",
    "import { main as probe } from '../cli/main.ts';",
    "import { openDatabase as probe } from '../renderer/data/db.ts';",
    "import probe from 'fflate';",
  ])('refuses %s in node/', async (source) => {
    expect(await restrictedImports(source, 'node/layerProbe.ts')).toEqual([expect.stringContaining('node/ imports only shared/ and node: modules')]);
  });

  it('lets electron/ import node/, but not shared/ or renderer/', async () => {
    const source = "import { writeFileAtomic as probe } from '../node/atomicWrite.ts';";
    expect(await restrictedImports(source, 'electron/layerProbe.ts')).toEqual([]);
    expect(await restrictedImports(source, 'shared/layerProbe.ts')).toHaveLength(1);
    expect(await restrictedImports(source, 'renderer/layerProbe.ts')).toHaveLength(1);
  });
});
