// Writes a file all-or-nothing, for project files, backups and exports: the bytes go to a temporary sibling, are
// flushed to disk, and replace the target in one rename, so a crash, a kill or a full disk at any moment leaves either
// the previous file or the new one, never a mix. Optionally the previous version stays beside it as `NAME.bak`.
import { randomUUID } from 'node:crypto';
import { copyFile, link, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { systemErrorCode } from './systemError.ts';

/** Puts the bytes into the open temporary file. Tests pass one that fails partway through. */
export type WriteContents = (file: FileHandle, bytes: Uint8Array) => Promise<void>;

export type AtomicWriteOptions = {
  /** Keep the version being replaced as `<target>.bak` (nothing is kept when the target did not exist yet). */
  keepBackup?: boolean;
  writeContents?: WriteContents;
  /** Hard-links the previous version for the .bak; tests pass one that fails as on FAT, to exercise the copy. */
  linkFile?: (existing: string, newPath: string) => Promise<void>;
};

/** The sibling that holds the previous version, e.g. `Kendang.caseweave.bak`. */
export const backupPathFor = (target: string): string => `${target}.bak`;

const TEMPORARY_SUFFIX = '.partial';

/** A hidden, unique sibling in the same folder, so the final rename never crosses file systems. */
export const temporaryPathFor = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}${TEMPORARY_SUFFIX}`);

/** True for the temporary files this module creates beside `target` (left behind only when a process is killed). */
export const isTemporarySiblingOf = (target: string, fileName: string): boolean =>
  fileName.startsWith(`.${path.basename(target)}.`) && fileName.endsWith(TEMPORARY_SUFFIX);

const writeAll: WriteContents = async (file, bytes) => {
  await file.writeFile(bytes);
};

/** Writes `bytes` to a new file at `file` and flushes it to disk before closing. */
const writeDurably = async (file: string, bytes: Uint8Array, writeContents: WriteContents): Promise<void> => {
  const handle = await open(file, 'wx');
  try {
    await writeContents(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

const flushFile = async (file: string): Promise<void> => {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/**
 * Flushes a folder's entries, so a rename survives a power cut. Windows cannot open a folder for this, and some file
 * systems refuse it (EINVAL, EISDIR, EPERM); the rename is then as durable as the system makes it.
 */
export const syncDirectory = async (directory: string): Promise<void> => {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EINVAL', 'EISDIR', 'EPERM', 'EACCES', 'ENOTSUP'].includes(systemErrorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
};

/** Windows refuses a rename for a moment while a virus scanner or indexer has the file open: retry briefly there. */
const renameReplacing = async (from: string, to: string): Promise<void> => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const busy = ['EPERM', 'EACCES', 'EBUSY'].includes(systemErrorCode(error) ?? '');
      if (process.platform !== 'win32' || !busy || attempt >= 9) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
};

/**
 * Makes `<target>.bak` hold the current target, itself atomically. A hard link costs nothing whatever the size;
 * where links are not possible (FAT, some network and synced folders) the file is copied and flushed. Returns false
 * when there is no current target to keep.
 */
const keepPreviousVersion = async (target: string, linkFile: (existing: string, newPath: string) => Promise<void>): Promise<boolean> => {
  const temporary = temporaryPathFor(target);
  try {
    try {
      await linkFile(target, temporary);
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT') return false;
      await copyFile(target, temporary);
      await flushFile(temporary);
    }
    await renameReplacing(temporary, backupPathFor(target));
    return true;
  } catch (error) {
    await rm(temporary, { force: true });
    if (systemErrorCode(error) === 'ENOENT') return false;
    throw error;
  }
};

/**
 * Replaces `target` with `bytes`: temporary sibling, fsync, (optional `.bak` of the previous version), rename over
 * the target, fsync of the folder. When any step fails the previous target is untouched and the temporary file is
 * removed; the error is rethrown.
 */
export const writeFileAtomic = async (target: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> => {
  const temporary = temporaryPathFor(target);
  try {
    await writeDurably(temporary, bytes, options.writeContents ?? writeAll);
    if (options.keepBackup === true) await keepPreviousVersion(target, options.linkFile ?? link);
    await renameReplacing(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(target));
};
