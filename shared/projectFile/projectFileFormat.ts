// The layout of a `.caseweave` project file (docs/project-file.md): the format's name and version, the manifest,
// and where each table and original file lives inside the zip archive.
import type { Id, IsoInstant } from '../model/index.ts';
import type { TableName } from '../project/tableRows.ts';

export const PROJECT_FILE_FORMAT = 'caseweave-project';

/** The format version this Caseweave writes, and the newest it reads. */
export const PROJECT_FILE_FORMAT_VERSION = 6;

export const PROJECT_FILE_EXTENSION = '.caseweave';

export const MANIFEST_PATH = 'manifest.json';

export type ManifestEntry = {
  /** Lower-case hex SHA-256 of the entry's uncompressed bytes. */
  sha256: string;
  /** Uncompressed size in bytes. */
  bytes: number;
};

export type ProjectFileManifest = {
  format: typeof PROJECT_FILE_FORMAT;
  formatVersion: number;
  /** The Caseweave version that wrote the file. */
  appVersion: string;
  /** The database schema version of the writing Caseweave. */
  schemaVersion: number;
  projectId: Id;
  projectName: string;
  /** The project's own creation time. */
  createdAt: IsoInstant;
  savedAt: IsoInstant;
  /** Every other entry of the archive, by path. */
  entries: Record<string, ManifestEntry>;
};

/** What the writer is told besides the snapshot: who writes, and when. */
export type ProjectFileMeta = {
  appVersion: string;
  schemaVersion: number;
  savedAt: IsoInstant;
};

/** The bytes of a source's imported file, carried under originals/ when the user asks for it. */
export type ProjectFileOriginal = {
  sourceId: Id;
  fileName: string;
  bytes: Uint8Array;
};

export const TABLES_FOLDER = 'tables/';
export const ORIGINALS_FOLDER = 'originals/';

export const tableEntryPath = (table: TableName): string => `${TABLES_FOLDER}${table}.json`;

/** The table an entry path holds, or null when it is not a table entry. */
export const tableOfEntryPath = (path: string): string | null => {
  const match = /^tables\/([A-Za-z0-9]+)\.json$/.exec(path);
  return match === null ? null : match[1];
};

/** A file name kept to one path segment: separators and control characters become "_", dots alone are named. */
export const safeOriginalName = (fileName: string): string => {
  const cleaned = fileName.replace(/[/\\:\u0000-\u001f]/g, '_').trim();
  return cleaned === '' || /^\.+$/.test(cleaned) ? 'original' : cleaned;
};

export const originalEntryPath = (sourceId: Id, fileName: string): string =>
  `${ORIGINALS_FOLDER}${safeOriginalName(sourceId)}/${safeOriginalName(fileName)}`;

/** The source id and file name of an originals/ entry path, or null. */
export const originalOfEntryPath = (path: string): { sourceId: Id; fileName: string } | null => {
  const match = /^originals\/([^/]+)\/([^/]+)$/.exec(path);
  return match === null ? null : { sourceId: match[1], fileName: match[2] };
};
