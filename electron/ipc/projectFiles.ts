// The `.caseweave` files of a window: open (dialog or recent list), choose where to save, write, release. Main hands
// the renderer a path only from its own dialogs or its recent list and accepts back only those paths, so a compromised
// renderer cannot read or overwrite any other file. Opening takes the file's lock, or opens it read-only and says who
// holds it; writes are atomic and keep the previous version as NAME.caseweave.bak.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  PROJECT_FILE_EXTENSION,
  type OpenedProjectFile,
  type ProjectFileWrite,
  type ProjectFileWritten,
  type RecentProjectFile,
} from '../../shared/platform/bridge.ts';
import { t } from '../../shared/i18n/translate.ts';
import { systemErrorCode } from '../../node/systemError.ts';
import { readChosenFile, systemReason, type ChooseImportFilesDeps } from './chooseImportFiles.ts';
import type { LockOutcome, LockOwner, ProjectFileLocks } from './projectFileLocks.ts';
import type { RecentProjectFiles } from './recentProjectFiles.ts';
import { IpcArgumentError, MAX_WRITE_BYTES } from './validateArguments.ts';

/** Whatever Caseweave can write it can open again. */
export const MAX_PROJECT_FILE_BYTES = MAX_WRITE_BYTES;

export type ProjectFilesDeps = Pick<ChooseImportFilesDeps, 'stat' | 'readFile'> & {
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  /** Where the dialogs open, e.g. the user's Documents folder. */
  defaultDirectory: string;
  /** Atomic, keeping the previous version as `<file>.bak` (node/atomicWrite.ts). */
  writeProjectFile: (file: string, bytes: Uint8Array) => Promise<void>;
  isFile: (file: string) => Promise<boolean>;
  locks: ProjectFileLocks;
  recent: RecentProjectFiles;
  /** The window asking (main serves one window today; the locks are kept per window all the same). */
  owner: () => LockOwner;
  now: () => Date;
};

export class ProjectFileRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectFileRefusal';
  }
}

const PROJECT_FILTERS = (): { name: string; extensions: string[] }[] => [
  { name: t('electron.dialog.projectFilter'), extensions: [PROJECT_FILE_EXTENSION] },
];

/** "Kendang" and "Kendang.CASEWEAVE" stay recognisable; anything else gets `.caseweave` appended. */
export const withProjectExtension = (file: string): string =>
  path.extname(file).toLowerCase() === `.${PROJECT_FILE_EXTENSION}` ? file : `${file}.${PROJECT_FILE_EXTENSION}`;

const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));

/** A write that finds nothing at its path lost the folder (a renamed folder, an unplugged drive), not the file. */
const writeFailureReason = (error: unknown): string =>
  systemErrorCode(error) === 'ENOENT' ? t('electron.file.folderMissing') : systemReason(error);

export const createProjectFiles = (deps: ProjectFilesDeps) => {
  const granted = new Set<string>();
  const grant = (file: string): void => {
    granted.add(path.resolve(file));
  };
  const expectGranted = (channel: string, file: string): string => {
    if (!path.isAbsolute(file) || !granted.has(path.resolve(file))) {
      throw new IpcArgumentError(t('electron.projectFile.notGranted', { channel, path: file }));
    }
    return file;
  };

  // The recent list is a convenience: failing to store it must not fail the open or the save (it stays in memory).
  const listAsRecent = async (file: string): Promise<void> => {
    await deps.recent.add(file).catch(() => undefined);
  };

  const readProjectFile = async (file: string): Promise<Uint8Array> => {
    const chosen = await readChosenFile(file, deps, MAX_PROJECT_FILE_BYTES);
    const fileName = path.basename(file);
    if (chosen.tooLargeBytes !== undefined) {
      throw new ProjectFileRefusal(
        t('electron.projectFile.tooLarge', { fileName, size: megabytes(chosen.tooLargeBytes), limit: megabytes(MAX_PROJECT_FILE_BYTES) }),
      );
    }
    if (chosen.unreadable !== undefined) throw new ProjectFileRefusal(t('electron.projectFile.unreadable', { fileName, reason: chosen.unreadable }));
    return chosen.bytes;
  };

  /** Locks (or finds the holder), reads, grants and lists a file the user chose. */
  const open = async (file: string): Promise<OpenedProjectFile> => {
    const owner = deps.owner();
    const wasHeld = deps.locks.isHeldBy(file, owner);
    // A lock that cannot be taken for an unforeseen reason (a full disk) still lets the user read the file.
    const lock: LockOutcome = await deps.locks.take(file, owner).catch(() => ({ locked: false }));
    let bytes: Uint8Array;
    try {
      bytes = await readProjectFile(file);
    } catch (error) {
      if (lock.locked && !wasHeld) await deps.locks.release(file, owner);
      throw error;
    }
    grant(file);
    await listAsRecent(file);
    const opened: OpenedProjectFile = { path: file, fileName: path.basename(file), bytes, readOnly: !lock.locked };
    return !lock.locked && lock.lockedBy !== undefined ? { ...opened, lockedBy: lock.lockedBy } : opened;
  };

  return {
    chooseProjectFileToOpen: async (): Promise<OpenedProjectFile | null> => {
      const choice = await deps.showOpenDialog({
        title: t('electron.dialog.openProjectTitle'),
        defaultPath: deps.defaultDirectory,
        properties: ['openFile'],
        filters: PROJECT_FILTERS(),
      });
      const [file] = choice.filePaths;
      if (choice.canceled || file === undefined) return null;
      return open(file);
    },

    openRecentProjectFile: async (channel: string, file: string): Promise<OpenedProjectFile> => {
      if (!(await deps.recent.includes(file))) throw new IpcArgumentError(t('electron.projectFile.notRecent', { channel, path: file }));
      if (!(await deps.isFile(file))) {
        await deps.recent.remove(file);
        throw new ProjectFileRefusal(t('electron.projectFile.gone', { fileName: path.basename(file), path: file }));
      }
      return open(file);
    },

    chooseProjectFileToSave: async (suggestedName: string): Promise<string | null> => {
      const choice = await deps.showSaveDialog({
        title: t('electron.dialog.saveProjectTitle'),
        defaultPath: path.join(deps.defaultDirectory, withProjectExtension(suggestedName)),
        filters: PROJECT_FILTERS(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') return null;
      const file = withProjectExtension(choice.filePath);
      grant(file);
      return file;
    },

    /**
     * Writes a granted file. The window must hold (or be able to take) the file's lock: a linked write keeps it,
     * a copy holds it only while writing, so nobody else's open file is ever overwritten.
     */
    writeProjectFile: async (channel: string, request: ProjectFileWrite): Promise<ProjectFileWritten> => {
      const file = expectGranted(channel, request.path);
      const fileName = path.basename(file);
      const owner = deps.owner();
      const wasHeld = deps.locks.isHeldBy(file, owner);
      const notSaved = (error: unknown): ProjectFileRefusal =>
        new ProjectFileRefusal(t('electron.projectFile.notSaved', { fileName, reason: writeFailureReason(error) }));
      const lock = await deps.locks.take(file, owner).catch((error: unknown) => {
        throw notSaved(error);
      });
      if (!lock.locked && lock.lockedBy !== undefined) {
        throw new ProjectFileRefusal(t('electron.projectFile.locked', { fileName, holder: lock.lockedBy }));
      }
      try {
        await deps.writeProjectFile(file, request.bytes);
      } catch (error) {
        throw notSaved(error);
      } finally {
        if (lock.locked && !wasHeld && !request.link) await deps.locks.release(file, owner);
      }
      if (request.link) await listAsRecent(file);
      return { path: file, fileName, savedAt: deps.now().toISOString(), sizeBytes: request.bytes.byteLength };
    },

    releaseProjectFile: async (channel: string, file: string): Promise<void> => {
      await deps.locks.release(expectGranted(channel, file), deps.owner());
    },

    /** Its paths are accepted back by openRecentProjectFile only; opening one grants it for writing. */
    recentProjectFiles: (): Promise<RecentProjectFile[]> => deps.recent.list(),
  };
};
