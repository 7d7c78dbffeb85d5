// Rolling backups in <userData>/backups: each a `.caseweave` snapshot under a safe, dated name that carries the
// project's id, so the folder can be listed and pruned per project (shared/backup/backupPolicy.ts) without opening
// any file. The renderer names a backup to read only by a file name from this listing, never by a path.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { systemErrorCode } from '../../node/systemError.ts';
import { pruneBackups } from '../../shared/backup/backupPolicy.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { BackupEntry, BackupListing, BackupRequest } from '../../shared/platform/bridge.ts';
import { readChosenFile, type ChooseImportFilesDeps } from './chooseImportFiles.ts';
import { backupFileName, parseBackupFileName } from './backupNames.ts';
import { IpcArgumentError, MAX_WRITE_BYTES } from './validateArguments.ts';

export type BackupsDeps = Pick<ChooseImportFilesDeps, 'stat' | 'readFile'> & {
  backupsDirectory: string;
  now: () => Date;
  /** Atomic (node/atomicWrite.ts), so a backup is either whole or absent. */
  writeFile: (target: string, bytes: Uint8Array) => Promise<void>;
};

/** Every backup of the folder, newest first; other files (and half-written temporaries) are not backups. */
export const listBackups = async (deps: Pick<BackupsDeps, 'backupsDirectory'>): Promise<BackupListing> => {
  let names: string[];
  try {
    names = await readdir(deps.backupsDirectory);
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return { folder: deps.backupsDirectory, backups: [] };
    throw error;
  }
  const entries = await Promise.all(
    names.map(async (fileName): Promise<BackupEntry | null> => {
      const parsed = parseBackupFileName(fileName);
      if (parsed === null) return null;
      const info = await stat(path.join(deps.backupsDirectory, fileName)).catch(() => null);
      return info?.isFile() === true ? { fileName, ...parsed, sizeBytes: info.size } : null;
    }),
  );
  const backups = entries
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.fileName.localeCompare(a.fileName));
  return { folder: deps.backupsDirectory, backups };
};

/** Deletes the project's backups the policy no longer keeps; a backup that cannot be deleted now is left for next time. */
const pruneProjectBackups = async (projectId: string, deps: BackupsDeps): Promise<void> => {
  const { backups } = await listBackups(deps);
  const { prune } = pruneBackups(
    backups.filter((backup) => backup.projectId === projectId),
    deps.now(),
  );
  await Promise.all(prune.map((backup) => rm(path.join(deps.backupsDirectory, backup.fileName), { force: true }).catch(() => undefined)));
};

/** `request` must already be validated (parseBackupRequest). */
export const writeBackup = async (request: BackupRequest, deps: BackupsDeps): Promise<BackupEntry> => {
  await mkdir(deps.backupsDirectory, { recursive: true });
  const fileName = backupFileName(request, deps.now());
  await deps.writeFile(path.join(deps.backupsDirectory, fileName), request.bytes);
  await pruneProjectBackups(request.projectId, deps);
  const parsed = parseBackupFileName(fileName);
  if (parsed === null) throw new Error(`backupFileName made a name it cannot read back: ${fileName}`);
  return { fileName, ...parsed, sizeBytes: request.bytes.byteLength };
};

/** The bytes of one backup; `fileName` must be one the listing shows. */
export const readBackup = async (channel: string, fileName: string, deps: BackupsDeps): Promise<Uint8Array> => {
  const { backups } = await listBackups(deps);
  if (!backups.some((backup) => backup.fileName === fileName)) {
    throw new IpcArgumentError(t('electron.backup.notListed', { channel, fileName }));
  }
  const chosen = await readChosenFile(path.join(deps.backupsDirectory, fileName), deps, MAX_WRITE_BYTES);
  if (chosen.tooLargeBytes !== undefined || chosen.unreadable !== undefined) {
    const reason = chosen.unreadable ?? t('electron.file.tooLarge', { size: Math.ceil((chosen.tooLargeBytes ?? 0) / (1024 * 1024)) });
    throw new Error(t('electron.backup.unreadable', { fileName, reason }));
  }
  return chosen.bytes;
};
