// The save dialog: asks the user where an export goes and writes the bytes there all-or-nothing.
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../../shared/platform/bridge.ts';
import { t } from '../../shared/i18n/translate.ts';

export type SaveFileDeps = {
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  writeFile: (target: string, bytes: Uint8Array) => Promise<void>;
  /** Where the dialog opens, e.g. the user's Documents folder. */
  defaultDirectory: string;
};

export const saveDialogOptions = (request: SaveFileRequest, defaultDirectory: string): SaveDialogOptions => ({
  title: t('electron.dialog.saveTitle'),
  defaultPath: path.join(defaultDirectory, request.suggestedName),
  filters: request.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
  properties: ['createDirectory', 'showOverwriteConfirmation'],
});

/** `request` must already be validated (parseSaveFileRequest). */
export const saveFile = async (request: SaveFileRequest, deps: SaveFileDeps): Promise<SaveFileResult> => {
  const choice = await deps.showSaveDialog(saveDialogOptions(request, deps.defaultDirectory));
  if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return { saved: false };
  await deps.writeFile(choice.filePath, request.bytes);
  return { saved: true, path: choice.filePath };
};
