// The exports this window saved in this session, and opening one of them with the system's default application
// ("Open" after saving a report). Main opens only paths its own save dialog returned: a path the renderer made up
// (an executable, a folder) is refused, since opening a file can run it.
import path from 'node:path';
import type { SaveFileResult } from '../../shared/platform/bridge.ts';
import { t } from '../../shared/i18n/translate.ts';
import { IpcArgumentError } from './validateArguments.ts';

export type SavedFilesDeps = {
  /** Electron's shell.openPath: resolves to '' when opened, else the reason it failed. */
  openPath: (file: string) => Promise<string>;
};

export const createSavedFiles = (deps: SavedFilesDeps) => {
  const saved = new Set<string>();
  return {
    /** Notes a save's path and hands its result on. */
    remember: (result: SaveFileResult): SaveFileResult => {
      if (result.saved) saved.add(path.resolve(result.path));
      return result;
    },
    open: async (channel: string, file: string): Promise<void> => {
      if (!path.isAbsolute(file) || !saved.has(path.resolve(file))) {
        throw new IpcArgumentError(t('electron.projectFile.notGranted', { channel, path: file }));
      }
      const problem = await deps.openPath(path.resolve(file));
      if (problem !== '') throw new Error(problem);
    },
  };
};
