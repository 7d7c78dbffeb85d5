// The import dialog: lets the user pick source files and reads them in main, never more than the size limit
// per file, so one huge or unreadable file is reported on its own instead of failing the whole batch.
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { IMPORT_FILE_EXTENSIONS, MAX_CHOSEN_FILE_BYTES, type ChosenFile } from '../../shared/platform/bridge.ts';
import { t } from '../../shared/i18n/translate.ts';
import { systemErrorCode } from '../../node/systemError.ts';

export type ChooseImportFilesDeps = {
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  stat: (file: string) => Promise<{ size: number; isFile(): boolean }>;
  readFile: (file: string) => Promise<Uint8Array>;
};

export const importDialogOptions = (): OpenDialogOptions => ({
  title: t('electron.dialog.importTitle'),
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: t('electron.dialog.importFilterSources'), extensions: [...IMPORT_FILE_EXTENSIONS] },
    { name: t('electron.dialog.importFilterAll'), extensions: ['*'] },
  ],
});

/** All files of one dialog travel to the renderer in one message; past this total, further files are held back. */
export const MAX_CHOSEN_BATCH_BYTES = 512 * 1024 * 1024;

/** What the user is told when a file cannot be read or written. */
export const systemReason = (error: unknown): string => {
  const code = systemErrorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return t('electron.file.permissionDenied');
  if (code === 'ENOENT') return t('electron.file.missing');
  if (code === 'EISDIR') return t('electron.file.folder');
  return error instanceof Error ? error.message : String(error);
};

/**
 * Reads one chosen file, stat first so a file over `limit` is never loaded into memory. Project files and backups
 * are read the same way, with their own limit.
 */
export const readChosenFile = async (
  file: string,
  deps: Pick<ChooseImportFilesDeps, 'stat' | 'readFile'>,
  limit: number = MAX_CHOSEN_FILE_BYTES,
): Promise<ChosenFile> => {
  const fileName = path.basename(file);
  try {
    const info = await deps.stat(file);
    if (!info.isFile()) return { fileName, bytes: new Uint8Array(0), unreadable: systemReason({ code: 'EISDIR' }) };
    if (info.size > limit) return { fileName, bytes: new Uint8Array(0), tooLargeBytes: info.size };
    const bytes = await deps.readFile(file);
    // The file may have grown between stat and read.
    if (bytes.byteLength > limit) return { fileName, bytes: new Uint8Array(0), tooLargeBytes: bytes.byteLength };
    return { fileName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    return { fileName, bytes: new Uint8Array(0), unreadable: systemReason(error) };
  }
};

export const chooseImportFiles = async (deps: ChooseImportFilesDeps): Promise<ChosenFile[]> => {
  const choice = await deps.showOpenDialog(importDialogOptions());
  if (choice.canceled) return [];
  const files: ChosenFile[] = [];
  let batchBytes = 0;
  // One at a time, counting the total, so a batch of many large files cannot exhaust main's memory.
  for (const file of choice.filePaths) {
    if (batchBytes >= MAX_CHOSEN_BATCH_BYTES) {
      files.push({ fileName: path.basename(file), bytes: new Uint8Array(0), unreadable: t('electron.file.batchFull') });
      continue;
    }
    const chosen = await readChosenFile(file, deps);
    batchBytes += chosen.bytes.byteLength;
    files.push(chosen);
  }
  return files;
};
