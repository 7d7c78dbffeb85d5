// The name of a rolling backup file: which project it holds, when it was written, and (for people browsing the
// folder) the project's name — `<projectId>_<UTC time>_<name>.caseweave`. A listing reads everything it shows from
// the names alone, so listing a folder of large backups never opens one of them.
import { PROJECT_FILE_EXTENSION } from '../platform/bridge.ts';

/** What a backup's file name says: the `BackupEntry` of shared/platform/bridge.ts without its size. */
export type BackupName = { fileName: string; projectId: string; projectName: string; savedAt: string };

/** Enough of the name to recognise the project; file systems cap names near 255 bytes and the id and time come first. */
const MAX_NAME_CHARACTERS = 60;

const EXTENSION = `.${PROJECT_FILE_EXTENSION}`;

/**
 * `_` separates the parts, so a part escapes it as well as what file systems refuse (`/`, `\`, `:`, `*`, …). A lone
 * surrogate (a name cut by another program) becomes U+FFFD, since encodeURIComponent throws on it.
 */
const escapePart = (part: string): string => encodeURIComponent(part.replace(/\p{Surrogate}/gu, '\uFFFD')).replace(/[_.!~*'()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

const unescapePart = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
};

/** 2026-12-07T14:32:05.123Z ↔ 20261207T143205123Z: sortable, and free of the `:` that Windows refuses. */
const compactTime = (instant: Date): string => instant.toISOString().replace(/[-:.]/g, '');

const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/;

const isoFromCompact = (compact: string): string | null => {
  const parts = COMPACT_TIME.exec(compact);
  if (parts === null) return null;
  const [, year, month, day, hours, minutes, seconds, milliseconds] = parts;
  const iso = `${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${milliseconds}Z`;
  const time = Date.parse(iso);
  // Date.parse rolls 2026-02-31 over to March; a name whose time does not come back unchanged is not ours.
  return Number.isNaN(time) || new Date(time).toISOString() !== iso ? null : iso;
};

/** The project name as far as it fits, cut between characters (never inside a surrogate pair). */
const shortName = (projectName: string): string => [...projectName.trim()].slice(0, MAX_NAME_CHARACTERS).join('');

export const backupFileName = (projectId: string, projectName: string, savedAt: Date): string =>
  `${escapePart(projectId)}_${compactTime(savedAt)}_${escapePart(shortName(projectName))}${EXTENSION}`;

/** What a file name says, or null for a file that is not a backup this app wrote (it is then neither listed nor pruned). */
export const parseBackupFileName = (fileName: string): BackupName | null => {
  if (!fileName.endsWith(EXTENSION)) return null;
  const parts = fileName.slice(0, -EXTENSION.length).split('_');
  if (parts.length !== 3) return null;
  const [idPart, timePart, namePart] = parts;
  const projectId = unescapePart(idPart);
  const projectName = unescapePart(namePart);
  const savedAt = isoFromCompact(timePart);
  if (projectId === null || projectId === '' || projectName === null || savedAt === null) return null;
  return { fileName, projectId, projectName, savedAt };
};
