// Rolling backups in the browser: files in a `backups/` directory of this origin's private file system (OPFS),
// which survives a reload and a cleared IndexedDB only when the user does not clear the whole site's data, but costs
// no permission prompt. The file name carries the project, time and name (shared/backup/backupFileName.ts), so
// listing never opens a backup. createWritable() writes beside the file and swaps it in on close(), so a tab
// killed mid-write leaves the old backups and at most a stray swap file, which the listing ignores.
import { backupFileName, parseBackupFileName, type BackupName } from '../../shared/backup/backupFileName.ts';
import { pruneBackups } from '../../shared/backup/backupPolicy.ts';
import type { BackupEntry } from '../../shared/platform/bridge.ts';
import type { BackupStore } from './backupStore.ts';

export const BACKUPS_DIRECTORY = 'backups';

/** One write-and-prune at a time across this origin's tabs, so two tabs never prune what the other just wrote. */
const BACKUP_LOCK = 'caseweave-backups';

/** The async iteration Chromium, Firefox and Safari give a directory handle (absent from TypeScript's DOM lib). */
type IterableDirectory = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };

const isIterable = (directory: FileSystemDirectoryHandle): directory is IterableDirectory =>
  typeof Reflect.get(directory, 'values') === 'function';

const isFileHandle = (handle: FileSystemHandle): handle is FileSystemFileHandle => handle.kind === 'file';

const isNotFound = (error: unknown): boolean => error instanceof DOMException && error.name === 'NotFoundError';

const exclusively = <T>(task: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && navigator.locks !== undefined ? navigator.locks.request(BACKUP_LOCK, task) : task();

const fileExists = async (directory: FileSystemDirectoryHandle, fileName: string): Promise<boolean> => {
  try {
    await directory.getFileHandle(fileName);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
};

const listEntries = async (directory: FileSystemDirectoryHandle): Promise<BackupEntry[]> => {
  if (!isIterable(directory)) return [];
  const entries: BackupEntry[] = [];
  for await (const handle of directory.values()) {
    const name: BackupName | null = isFileHandle(handle) ? parseBackupFileName(handle.name) : null;
    if (name === null || !isFileHandle(handle)) continue;
    try {
      entries.push({ ...name, sizeBytes: (await handle.getFile()).size });
    } catch (error) {
      // Pruned by another tab between the listing and the size.
      if (!isNotFound(error)) throw error;
    }
  }
  return entries.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.fileName < b.fileName ? 1 : -1));
};

/** Removes the project's backups the policy no longer keeps; other projects' backups each follow their own count. */
const pruneProject = async (directory: FileSystemDirectoryHandle, projectId: string, now: Date): Promise<void> => {
  const ofProject = (await listEntries(directory)).filter((entry) => entry.projectId === projectId);
  for (const entry of pruneBackups(ofProject, now).prune) {
    try {
      await directory.removeEntry(entry.fileName);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
};

/** The OPFS store under `root` (navigator.storage.getDirectory()); `now` is the clock the names and pruning use. */
export const opfsBackupStore = (root: FileSystemDirectoryHandle, now: () => Date = () => new Date()): BackupStore => {
  const backupsDirectory = () => root.getDirectoryHandle(BACKUPS_DIRECTORY, { create: true });
  return {
    write: ({ projectId, projectName, bytes }) =>
      exclusively(async () => {
        const directory = await backupsDirectory();
        let savedAt = now();
        // Two backups in one millisecond ("Back up now" twice) get distinct names rather than one replacing the other.
        while (await fileExists(directory, backupFileName(projectId, projectName, savedAt))) savedAt = new Date(savedAt.getTime() + 1);
        const fileName = backupFileName(projectId, projectName, savedAt);
        const writable = await (await directory.getFileHandle(fileName, { create: true })).createWritable();
        try {
          await writable.write(bytes.slice());
          await writable.close();
        } catch (error) {
          await writable.abort().catch(() => undefined);
          await directory.removeEntry(fileName).catch(() => undefined);
          throw error;
        }
        await pruneProject(directory, projectId, savedAt);
        return { fileName, projectId, projectName: parseBackupFileName(fileName)?.projectName ?? projectName, savedAt: savedAt.toISOString(), sizeBytes: bytes.byteLength };
      }),
    list: async () => ({ location: { kind: 'browser-private' }, backups: await listEntries(await backupsDirectory()) }),
    read: async (fileName) => {
      // Only names this store wrote: a name from elsewhere never reaches the file system.
      if (parseBackupFileName(fileName) === null) throw new Error(`not a backup: ${fileName}`);
      const handle = await (await backupsDirectory()).getFileHandle(fileName);
      return new Uint8Array(await (await handle.getFile()).arrayBuffer());
    },
  };
};
