// Automatic backups: writes a project's .qdpx snapshot into <userData>/backups under a safe, dated file name.
import path from 'node:path';
import type { BackupRequest } from '../../shared/platform/bridge.ts';

export type WriteBackupDeps = {
  backupsDirectory: string;
  now: () => Date;
  makeDirectory: (directory: string) => Promise<unknown>;
  writeFile: (target: string, bytes: Uint8Array) => Promise<void>;
};

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM_LENGTH = 80;

/** A file-name stem from a project name: letters and digits of any script kept, everything else folded to dashes. */
export const safeBackupStem = (projectName: string): string => {
  const folded = projectName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_ -]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[-. ]+|[-. ]+$/g, '');
  const stem = Array.from(folded).slice(0, MAX_STEM_LENGTH).join('').trim();
  if (stem === '') return 'project';
  return WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem;
};

/** e.g. "Kendang Jimbe-2026-11-23T16-20-36-123Z.qdpx": sortable by time, valid on every file system. */
export const backupFileName = (projectName: string, now: Date): string =>
  `${safeBackupStem(projectName)}-${now.toISOString().replace(/[:.]/g, '-')}.qdpx`;

/** `request` must already be validated (parseBackupRequest). Returns the backup's path. */
export const writeBackup = async (request: BackupRequest, deps: WriteBackupDeps): Promise<string> => {
  await deps.makeDirectory(deps.backupsDirectory);
  const target = path.join(deps.backupsDirectory, backupFileName(request.projectName, deps.now()));
  await deps.writeFile(target, request.bytes);
  return target;
};
