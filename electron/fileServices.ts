// The bridge's file handlers, assembled over real folders: imports, exports, project files (with their locks and the
// recent list) and rolling backups. Electron's dialogs and the asking window come in as functions, so tests run the
// very assembly main uses on a temporary folder with scripted dialogs.
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { writeFileAtomic } from '../node/atomicWrite.ts';
import { acquireLock, releaseLock } from '../node/fileLock.ts';
import { BRIDGE_CHANNELS, type RecentProjectFile } from '../shared/platform/bridge.ts';
import { listBackups, readBackup, writeBackup, type BackupsDeps } from './ipc/backups.ts';
import { chooseImportFiles } from './ipc/chooseImportFiles.ts';
import { createProjectFileLocks, type LockOwner } from './ipc/projectFileLocks.ts';
import { createProjectFiles } from './ipc/projectFiles.ts';
import { createRecentProjectFiles } from './ipc/recentProjectFiles.ts';
import type { BridgeHandlers } from './ipc/registerBridgeHandlers.ts';
import { saveFile } from './ipc/saveFile.ts';
import { createSavedFiles } from './ipc/savedFiles.ts';

export type FileServicesOptions = {
  userDataDirectory: string;
  /** Where save and open dialogs start. */
  documentsDirectory: string;
  /** This app run's id, written into the lock files it takes. */
  instanceId: string;
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  /** The window asking. */
  owner: () => LockOwner;
  /** The recent list changed: rebuild File → Open recent. */
  recentChanged: (files: RecentProjectFile[]) => void;
  /** Opens a file with the system's default application (Electron's shell.openPath: '' or the reason it failed). */
  openPath: (file: string) => Promise<string>;
  now?: () => Date;
};

export type FileHandlers = Omit<BridgeHandlers, 'setWindowTitle' | 'readyToClose' | 'appInfo' | 'printReportPdf' | 'setUiLocale'>;

const isFile = async (file: string): Promise<boolean> => {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
};

export const RECENT_LIST_FILE = 'recent-project-files.json';
export const BACKUPS_FOLDER = 'backups';

export const createFileServices = (options: FileServicesOptions) => {
  const now = options.now ?? (() => new Date());
  const locks = createProjectFileLocks({ instanceId: options.instanceId, acquireLock: (file, id) => acquireLock(file, id), releaseLock: (file, id) => releaseLock(file, id) });
  const recent = createRecentProjectFiles({
    listFile: path.join(options.userDataDirectory, RECENT_LIST_FILE),
    readFile: (file) => readFile(file, 'utf8'),
    writeFile: async (file, text) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, new TextEncoder().encode(text));
    },
    isFile,
    now,
    changed: options.recentChanged,
  });
  const projectFiles = createProjectFiles({
    showOpenDialog: options.showOpenDialog,
    showSaveDialog: options.showSaveDialog,
    defaultDirectory: options.documentsDirectory,
    stat,
    readFile: (file) => readFile(file),
    writeProjectFile: (file, bytes) => writeFileAtomic(file, bytes, { keepBackup: true }),
    isFile,
    locks,
    recent,
    owner: options.owner,
    now,
  });
  const backups: BackupsDeps = {
    backupsDirectory: path.join(options.userDataDirectory, BACKUPS_FOLDER),
    now,
    stat,
    readFile: (file) => readFile(file),
    writeFile: (file, bytes) => writeFileAtomic(file, bytes),
  };

  const savedFiles = createSavedFiles({ openPath: options.openPath });

  const handlers: FileHandlers = {
    chooseImportFiles: () => chooseImportFiles({ showOpenDialog: options.showOpenDialog, stat, readFile: (file) => readFile(file) }),
    saveFile: async (request) =>
      savedFiles.remember(await saveFile(request, {
        showSaveDialog: options.showSaveDialog,
        writeFile: (file, bytes) => writeFileAtomic(file, bytes),
        defaultDirectory: options.documentsDirectory,
      })),
    openSavedFile: (file) => savedFiles.open(BRIDGE_CHANNELS.openSavedFile, file),
    chooseProjectFileToOpen: () => projectFiles.chooseProjectFileToOpen(),
    openRecentProjectFile: (file) => projectFiles.openRecentProjectFile(BRIDGE_CHANNELS.openRecentProjectFile, file),
    chooseProjectFileToSave: (suggestedName) => projectFiles.chooseProjectFileToSave(suggestedName),
    writeProjectFile: (request) => projectFiles.writeProjectFile(BRIDGE_CHANNELS.writeProjectFile, request),
    releaseProjectFile: (file) => projectFiles.releaseProjectFile(BRIDGE_CHANNELS.releaseProjectFile, file),
    recentProjectFiles: () => projectFiles.recentProjectFiles(),
    writeBackup: (request) => writeBackup(request, backups),
    listBackups: () => listBackups(backups),
    readBackup: (fileName) => readBackup(BRIDGE_CHANNELS.readBackup, fileName, backups),
  };
  return { handlers, locks, recent };
};
