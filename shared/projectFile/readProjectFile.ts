// Reads the bytes of a `.caseweave` file into a project snapshot, validating everything before anything is used:
// the archive (guarded against bombs and path tricks), the manifest, each entry's size and SHA-256, the JSON, every
// row against the schema of its format version, then referential integrity. Never partial: a refused file gives
// only its problems; a file with safe repairs gives its snapshot as found and the repairs, for the user to agree to.
import type { TableName } from '../project/tableRows.ts';
import { isUnsafeEntryName, openGuardedZip, ZipRefusal, type GuardedZip, type ZipLimits } from '../import/zipGuard.ts';
import { sha256Hex } from './entryHash.ts';
import { checkProjectIntegrity } from './projectIntegrity.ts';
import { projectFileJsonTables } from '../project/entityRegistry.ts';
import {
  MANIFEST_PATH, PROJECT_FILE_FORMAT, PROJECT_FILE_FORMAT_VERSION, ORIGINALS_FOLDER, TABLES_FOLDER, originalOfEntryPath,
  tableOfEntryPath, type ProjectFileManifest, type ProjectFileOriginal,
} from './projectFileFormat.ts';
import { projectFileProblem, ProjectFileRefusal, type ProjectFileProblem, type Repair } from './projectFileProblem.ts';
import { readManifest } from './readManifest.ts';
import { migrateTables, tablesOfFormat, type RawTables } from './migrations.ts';
import { describeMisfit } from './rowSchema.ts';
import type { ProjectSnapshot, SnapshotTables } from './projectSnapshot.ts';
import { originalRowsOf } from './snapshotOriginals.ts';

/**
 * Bounds for a project file. A large project (200 interviews, 40,000 codings) unpacks to some 30 MB; originals
 * can add much more. JSON of real projects compresses less than 20:1, an archive of zeros about 1000:1.
 */
export const PROJECT_FILE_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 1024 * 1024 * 1024, maxRatio: 500, ratioFloorBytes: 1024 * 1024 };

export type ReadProjectFileOptions = {
  /** The file's name as the user knows it; every message names it. */
  fileName: string;
  limits?: ZipLimits;
};

export type ProjectFileReading =
  | {
    ok: true;
    /**
     * The project as the file holds it (upgraded to the current format); audit events in trail order, without ids;
     * the originals/ entries as its sourceOriginals rows.
     */
    snapshot: ProjectSnapshot;
    manifest: ProjectFileManifest;
    /** Safe repairs the file needs; empty when it is sound. Ask the user, then applyRepairs. */
    repairs: Repair[];
    /** The format version the file was written in, when it was older than the current one. */
    migratedFrom: number | null;
  }
  | {
    ok: false;
    /** The first problem found. */
    problem: ProjectFileProblem;
    /** Every problem found at the stage that refused the file (integrity lists them all). */
    problems: ProjectFileProblem[];
  };

const refuse = (...args: Parameters<typeof projectFileProblem>): never => {
  throw new ProjectFileRefusal(projectFileProblem(...args));
};

const ZIP_PROBLEMS = {
  encrypted: 'notCaseweave', legacyOffice: 'notCaseweave', notZip: 'notZip', corrupt: 'truncated', unsafeName: 'unsafeEntry',
  tooLarge: 'zipBomb', ratio: 'zipBomb',
} as const satisfies Record<ZipRefusal['reason'], ProjectFileProblem['code']>;

const zipProblem = (error: unknown, file: string): never => {
  if (!(error instanceof ZipRefusal)) throw error;
  const code = error.reason === 'corrupt' && error.entry !== null ? 'entryUnreadable' : ZIP_PROBLEMS[error.reason];
  return refuse(code, file, { entry: error.entry ?? '', detail: error.message });
};

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The entries at `paths`, each checked against the manifest: listed, present, of the listed size and hash. They are
 * inflated in one pass over the archive: a hostile file listing many entries costs one pass, not one per entry.
 */
const readEntries = async (zip: GuardedZip, manifest: ProjectFileManifest, paths: readonly string[], file: string): Promise<Map<string, Uint8Array>> => {
  const present = new Set(zip.names);
  const missing = paths.find((path) => manifest.entries[path] === undefined || !present.has(path));
  if (missing !== undefined) refuse('missingEntry', file, { entry: missing });
  let entries: Map<string, Uint8Array>;
  try {
    entries = zip.read(paths);
  } catch (error) {
    return zipProblem(error, file);
  }
  for (const path of paths) {
    const bytes = entries.get(path) ?? refuse('missingEntry', file, { entry: path });
    const listed = manifest.entries[path];
    if (bytes.length !== listed.bytes || (await sha256Hex(bytes)) !== listed.sha256) refuse('hashMismatch', file, { entry: path });
  }
  return entries;
};

const parseRows = (bytes: Uint8Array, entry: string, file: string): unknown[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(bytes));
  } catch (error) {
    return refuse('invalidJson', file, { entry, detail: error instanceof Error ? error.message : String(error) });
  }
  return Array.isArray(parsed) ? parsed : refuse('invalidJson', file, { entry, detail: 'expected a list of rows' });
};

/** Every row of every table against the row checks of `formatVersion`. */
const checkRows = (tables: RawTables, formatVersion: number, file: string): void => {
  for (const [table, check] of tablesOfFormat(formatVersion)) {
    const rows = tables[table] ?? refuse('missingEntry', file, { entry: `${TABLES_FOLDER}${table}.json` });
    rows.forEach((row, index) => {
      const misfit = check(row);
      if (misfit !== null) refuse('schema', file, { entry: `${TABLES_FOLDER}${table}.json`, version: formatVersion, row: index + 1, detail: describeMisfit(misfit) });
    });
  }
};

/** An original as read, with the SHA-256 its entry was checked against. */
type ReadOriginal = ProjectFileOriginal & { sha256: string };

const readOriginals = async (zip: GuardedZip, manifest: ProjectFileManifest, file: string): Promise<ReadOriginal[]> => {
  const paths = Object.keys(manifest.entries).filter((entry) => entry.startsWith(ORIGINALS_FOLDER));
  const named = paths.map((path) => originalOfEntryPath(path) ?? refuse('unsafeEntry', file, { entry: path }));
  const entries = await readEntries(zip, manifest, paths, file);
  return named.map((original, index) => ({
    ...original, bytes: entries.get(paths[index]) ?? new Uint8Array(), sha256: manifest.entries[paths[index]].sha256,
  }));
};

const readTables = async (zip: GuardedZip, manifest: ProjectFileManifest, file: string): Promise<RawTables> => {
  const known = new Set(tablesOfFormat(manifest.formatVersion).map(([table]) => table));
  for (const path of Object.keys(manifest.entries)) {
    if (isUnsafeEntryName(path)) refuse('unsafeEntry', file, { entry: path });
    if (path.startsWith(ORIGINALS_FOLDER)) continue;
    const table = tableOfEntryPath(path);
    if (table === null || !known.has(table)) refuse('unknownTable', file, { entry: path, version: manifest.formatVersion });
  }
  const paths = [...known].map((table) => `${TABLES_FOLDER}${table}.json`);
  const entries = await readEntries(zip, manifest, paths, file);
  return Object.fromEntries([...known].map((table, index) => [table, parseRows(entries.get(paths[index]) ?? new Uint8Array(), paths[index], file)]));
};

/**
 * Rows that passed the checks of the current format are the model's rows: the checks are typed against them. The
 * originals are rows of their own table, named by their entries' paths.
 */
const snapshotOf = (tables: RawTables, originals: readonly ProjectFileOriginal[], manifest: ProjectFileManifest): ProjectSnapshot => ({
  projectId: manifest.projectId,
  tables: {
    ...(Object.fromEntries(projectFileJsonTables().map((table: TableName) => [table, tables[table] ?? []])) as SnapshotTables),
    sourceOriginals: originalRowsOf(originals, manifest.projectId),
  },
});

const readSound = async (bytes: Uint8Array, options: ReadProjectFileOptions): Promise<ProjectFileReading> => {
  const file = options.fileName;
  if (bytes.length === 0) refuse('empty', file);
  let zip: GuardedZip;
  try {
    zip = openGuardedZip(bytes, options.limits ?? PROJECT_FILE_ZIP_LIMITS);
  } catch (error) {
    return zipProblem(error, file);
  }
  if (!zip.names.includes(MANIFEST_PATH)) refuse('notCaseweave', file);
  let manifestBytes: Uint8Array | undefined;
  try {
    manifestBytes = zip.read([MANIFEST_PATH]).get(MANIFEST_PATH);
  } catch (error) {
    return zipProblem(error, file);
  }
  const manifest = readManifest(manifestBytes ?? new Uint8Array(), file);
  if (manifest.formatVersion > PROJECT_FILE_FORMAT_VERSION) {
    refuse('newerFormat', file, { version: manifest.formatVersion, supported: PROJECT_FILE_FORMAT_VERSION });
  }
  const fileTables = await readTables(zip, manifest, file);
  checkRows(fileTables, manifest.formatVersion, file);
  const migrated = manifest.formatVersion === PROJECT_FILE_FORMAT_VERSION ? fileTables : migrateTables(fileTables, manifest.formatVersion);
  if (migrated !== fileTables) checkRows(migrated, PROJECT_FILE_FORMAT_VERSION, file);
  const originals = await readOriginals(zip, manifest, file);
  const snapshot = snapshotOf(migrated, originals, manifest);
  const originalHashes = new Map(originals.map((original) => [original.sourceId, original.sha256]));
  const integrity = checkProjectIntegrity(snapshot, file, { originalHashes });
  if (integrity.problems.length > 0) throw new ProjectFileRefusal(integrity.problems);
  return {
    ok: true, snapshot, manifest: { ...manifest, format: PROJECT_FILE_FORMAT }, repairs: integrity.repairs,
    migratedFrom: manifest.formatVersion === PROJECT_FILE_FORMAT_VERSION ? null : manifest.formatVersion,
  };
};

export const readProjectFile = async (bytes: Uint8Array, options: ReadProjectFileOptions): Promise<ProjectFileReading> => {
  try {
    return await readSound(bytes, options);
  } catch (error) {
    if (!(error instanceof ProjectFileRefusal)) throw error;
    return { ok: false, problem: error.problems[0], problems: [...error.problems] };
  }
};
