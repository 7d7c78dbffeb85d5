// Where rolling backups live, behind one type: Electron's backups folder in the app's data folder (through the
// preload bridge; main names, writes and prunes the files) or, in the browser, this origin's private file system.
import type { BackupEntry, BackupRequest } from '../../shared/platform/bridge.ts';
import { readBridge } from './platform.ts';
import { electronBackupStore } from './electronBackupStore.ts';
import { opfsBackupStore } from './opfsBackupStore.ts';

export type { BackupEntry, BackupRequest };

/** Where the backups are, for Settings: a folder on disk, or the browser's private storage (no path to show). */
export type BackupLocation = { kind: 'folder'; path: string } | { kind: 'browser-private' };

export type BackupListing = { location: BackupLocation; backups: BackupEntry[] };

export type BackupStore = {
  /** Writes one backup and prunes that project's old ones (shared/backup/backupPolicy.ts). */
  write(request: BackupRequest): Promise<BackupEntry>;
  /** Every backup, newest first. */
  list(): Promise<BackupListing>;
  /** The bytes of one backup of the listing. */
  read(fileName: string): Promise<Uint8Array>;
};

/** The private file system's root, when this browser has one (not in older browsers, nor some private windows). */
const privateFileSystem = async (): Promise<FileSystemDirectoryHandle | null> => {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return null;
  try {
    return await navigator.storage.getDirectory();
  } catch {
    return null;
  }
};

/** The store of this platform, or null when it has nowhere to keep backups. */
export const openBackupStore = async (): Promise<BackupStore | null> => {
  const bridge = readBridge();
  if (bridge !== null) return electronBackupStore(bridge);
  const root = await privateFileSystem();
  return root === null ? null : opfsBackupStore(root);
};
