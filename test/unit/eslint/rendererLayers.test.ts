// The renderer's layer rule bites: the project's own ESLint config, run through ESLint's Node API on snippets placed
// (by file path) in each layer, reports imports that run the wrong way and lets the right-way ones through.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: repositoryRoot, overrideConfigFile: path.join(repositoryRoot, 'eslint.config.js') });

/** The layer rule's messages for `code` as if it were the file at `filePath` (repository-relative). */
const layerErrors = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(repositoryRoot, filePath) });
  return result.messages.filter((message) => message.ruleId === 'caseweave/renderer-layers').map((message) => message.message);
};

describe('renderer layer rule', () => {
  it("refuses a screen importing another screen's folder or the shell", async () => {
    const errors = await layerErrors(
      'renderer/screens/source/Example.tsx',
      [
        "import { CodesScreen } from '../codes/CodesScreen.tsx';",
        "import type { Route } from '../../shell/useRoute.ts';",
        'export const parts: unknown[] = [CodesScreen];',
        'export type Local = Route;',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/another screen's folder \(renderer\/screens\/codes\/CodesScreen\.tsx\)/);
    expect(errors[1]).toMatch(/screens never import the shell \(renderer\/shell\/useRoute\.ts\)/);
  });

  it('lets a screen import its own folder, the services level, the data level and shared/', async () => {
    const errors = await layerErrors(
      'renderer/screens/source/Example.tsx',
      [
        "import { SourceScreen } from './SourceScreen.tsx';",
        "import { CodeTreePanel } from '../../codeTree/CodeTreePanel.tsx';",
        "import { useToasts } from '../../services/Toasts.tsx';",
        "import { countWords } from '../../data/sources.ts';",
        "import { t } from '../../../shared/i18n/translate.ts';",
        'export const parts: unknown[] = [SourceScreen, CodeTreePanel, useToasts, countWords, t];',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('refuses React, the services level and screens in the data level, including worker URLs', async () => {
    const errors = await layerErrors(
      'renderer/data/example.ts',
      [
        "import { useState } from 'react';",
        "import { useToasts } from '../services/Toasts.tsx';",
        "import { UndoManager } from '../undo/undoManager.ts';",
        "export const start = () => new Worker(new URL('../screens/import/parse.ts', import.meta.url));",
        'export const parts: unknown[] = [useState, useToasts, UndoManager];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/data level has no React \('react'\)/);
    expect(errors[1]).toMatch(/never services \(renderer\/services\/Toasts\.tsx\)/);
    expect(errors[2]).toMatch(/never screens \(renderer\/screens\/import\/parse\.ts\)/);
  });

  it('refuses a screen or the shell in the services level, and lets only the shell import screens', async () => {
    const services = await layerErrors(
      'renderer/transcript/Example.tsx',
      "import { SourceScreen } from '../screens/source/SourceScreen.tsx';\nimport { Workbench } from '../shell/Workbench.tsx';\nexport const parts: unknown[] = [SourceScreen, Workbench];",
    );
    expect(services).toHaveLength(2);
    expect(services.every((message) => message.includes('the services level'))).toBe(true);
    const shell = await layerErrors('renderer/shell/Example.tsx', "import { SourceScreen } from '../screens/source/SourceScreen.tsx';\nexport const parts: unknown[] = [SourceScreen];");
    expect(shell).toEqual([]);
  });

  it('asks for a new renderer folder to be placed on the layer map', async () => {
    const errors = await layerErrors('renderer/helpers/example.ts', 'export const answer = 42;');
    expect(errors).toEqual([expect.stringMatching(/renderer\/helpers is not on the layer map/)]);
  });
});
