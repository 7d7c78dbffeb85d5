// The renderer's only door to the platform: Electron's preload bridge when present, plain browser APIs otherwise.
// The same build runs in both; callers never touch window.caseweave or navigator.storage directly.
import { IMPORT_FILE_EXTENSIONS, MAX_CHOSEN_FILE_BYTES, type AppInfo, type CaseweaveBridge, type MenuCommand, type SaveFileRequest, type SaveFileResult } from '../../shared/platform/bridge.ts';
import type { ImportInput } from '../../shared/import/importTypes.ts';

/** File extensions the import dialog offers; the importers decide what they really accept. */
export const IMPORT_ACCEPT = IMPORT_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

const isBridge = (candidate: unknown): candidate is CaseweaveBridge =>
  typeof candidate === 'object' &&
  candidate !== null &&
  'chooseImportFiles' in candidate &&
  'appInfo' in candidate &&
  'onMenuCommand' in candidate;

/** The preload bridge inside the Electron window; null in the browser. Only renderer/platform/ calls it. */
export const readBridge = (): CaseweaveBridge | null => {
  const candidate: unknown = Reflect.get(globalThis, 'caseweave');
  return isBridge(candidate) ? candidate : null;
};

/** True inside the Electron window, where files come through the native dialog. */
export const hasNativeFileDialog = (): boolean => readBridge() !== null;

/** Native open dialog (Electron only); resolves to [] when the user cancels. */
export const chooseImportFilesNatively = async (): Promise<ImportInput[]> => {
  const bridge = readBridge();
  if (bridge === null) return [];
  const chosen = await bridge.chooseImportFiles();
  return chosen.map((file) => {
    if (file.tooLargeBytes !== undefined) return { fileName: file.fileName, bytes: file.bytes, notRead: { tooLargeBytes: file.tooLargeBytes } };
    if (file.unreadable !== undefined) return { fileName: file.fileName, bytes: file.bytes, notRead: { unreadable: file.unreadable } };
    return { fileName: file.fileName, bytes: file.bytes };
  });
};

/**
 * Reads files from a file input or a drop, one after another so a big batch does not spike memory at once.
 * A file over the import limit is not read at all (it is refused as too large), so memory stays bounded.
 */
export const readBrowserFiles = async (files: Iterable<File>): Promise<ImportInput[]> => {
  const inputs: ImportInput[] = [];
  for (const file of files) {
    if (file.size > MAX_CHOSEN_FILE_BYTES) {
      inputs.push({ fileName: file.name, bytes: new Uint8Array(0), notRead: { tooLargeBytes: file.size } });
      continue;
    }
    try {
      inputs.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      inputs.push({ fileName: file.name, bytes: new Uint8Array(0), notRead: { unreadable: error instanceof Error ? error.message : String(error) } });
    }
  }
  return inputs;
};

/** Asks the browser not to evict our IndexedDB; Electron's storage is persistent anyway. */
export const requestPersistentStorage = async (): Promise<boolean> => {
  if (readBridge() !== null) return true;
  if (typeof navigator === 'undefined' || navigator.storage?.persist === undefined) return false;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
};

export type StorageLocation =
  | { kind: 'electron'; info: AppInfo }
  | { kind: 'browser'; origin: string; persistent: boolean; usageBytes: number | null };

/** Where the user's data lives, for the Settings/About panel. */
export const describeStorageLocation = async (): Promise<StorageLocation> => {
  const bridge = readBridge();
  if (bridge !== null) return { kind: 'electron', info: await bridge.appInfo() };
  let persistent = false;
  let usageBytes: number | null = null;
  try {
    persistent = (await navigator.storage?.persisted?.()) ?? false;
    usageBytes = (await navigator.storage?.estimate?.())?.usage ?? null;
  } catch {
    // Some browsers refuse storage queries in private windows; we then report "not persistent, size unknown".
  }
  return { kind: 'browser', origin: globalThis.location.origin, persistent, usageBytes };
};

/** Native menu commands (Electron); a no-op subscription in the browser. */
export const onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
  const bridge = readBridge();
  return bridge === null ? () => undefined : bridge.onMenuCommand(listener);
};

/** How long a browser download's object URL stays valid (the download starts long before). */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/**
 * Saves bytes the user exports: Electron's native save dialog, or in the browser a download through an
 * <a download> link (the browser decides where it goes; `path` is then the file name).
 */
export const saveBytes = async (
  suggestedName: string,
  bytes: Uint8Array,
  filters: SaveFileRequest['filters'],
): Promise<SaveFileResult> => {
  const bridge = readBridge();
  if (bridge !== null) return bridge.saveFile({ suggestedName, bytes, filters });
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  return { saved: true, path: suggestedName };
};
