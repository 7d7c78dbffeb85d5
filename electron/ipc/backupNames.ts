// Backup file names: "<project name>.<project id>.<saved at>.caseweave", e.g.
// "Kendang Jimbe.6f1c…e2.2026-11-23T16-20-36-123Z.caseweave". The name part keeps letters and digits of any script
// and never a dot, the id is a project id (no dots either), and the time sorts and reads back exactly, so the listing
// needs no index file that could drift from the folder.
import { PROJECT_FILE_EXTENSION } from '../../shared/platform/bridge.ts';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM_LENGTH = 80;
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;
/** Project ids are UUIDs; this keeps them safe inside a file name (no dots, slashes or spaces). */
export const PROJECT_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

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

export const backupFileName = (backup: { projectId: string; projectName: string }, savedAt: Date): string =>
  `${safeBackupStem(backup.projectName)}.${backup.projectId}.${savedAt.toISOString().replace(/[:.]/g, '-')}.${PROJECT_FILE_EXTENSION}`;

/** What a backup's name says, or null when the name is not one backupFileName makes. */
export const parseBackupFileName = (fileName: string): { projectId: string; projectName: string; savedAt: string } | null => {
  const parts = fileName.split('.');
  if (parts.length !== 4 || parts[3] !== PROJECT_FILE_EXTENSION) return null;
  const [projectName, projectId, stamp] = parts;
  const time = STAMP.exec(stamp);
  if (projectName === '' || projectName !== safeBackupStem(projectName) || !PROJECT_ID_PATTERN.test(projectId) || time === null) return null;
  const savedAt = `${time[1]}T${time[2]}:${time[3]}:${time[4]}.${time[5]}Z`;
  return Number.isNaN(Date.parse(savedAt)) ? null : { projectId, projectName, savedAt };
};
