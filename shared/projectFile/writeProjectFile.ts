// Writes a project snapshot as the bytes of a `.caseweave` file (docs/project-file.md). Deterministic: the same
// snapshot and meta give the same bytes (rows in key order, keys sorted, fixed zip timestamps), so save → open → save
// is byte-identical and a synced folder sees a change only when the project changed.
import { Zip, ZipDeflate } from 'fflate';
import { keyOf, projectFileJsonTables } from '../project/entityRegistry.ts';
import type { Key, TableName, TableRows } from '../project/tableRows.ts';
import { canonicalJson, canonicalJsonRows } from './canonicalJson.ts';
import { sha256Hex } from './entryHash.ts';
import {
  MANIFEST_PATH, PROJECT_FILE_FORMAT, PROJECT_FILE_FORMAT_VERSION, originalEntryPath, tableEntryPath,
  type ManifestEntry, type ProjectFileManifest, type ProjectFileMeta,
} from './projectFileFormat.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';
import { referencedCoders } from './referencedCoders.ts';
import { originalsOfSnapshot } from './snapshotOriginals.ts';

export type WriteProjectFileOptions = {
  /** Called with the share of the work done, from 0 to 1 (1 once, at the end). */
  onProgress?: (fraction: number) => void;
  /** Deflate level, 0–9; 1 by default: twice as fast as 6 on a large project for a file about an eighth bigger (autosave writes it often). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
};

/**
 * Every entry's time in the archive. Zip stores local wall-clock time, so it is built from local components: the
 * same bytes in every time zone. 1980-01-01 is the earliest time a zip can hold.
 */
const ENTRY_TIME = (): Date => new Date(1980, 0, 1, 0, 0, 0);

const compareKeys = (a: Key, b: Key): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
};

const sortedByKey = <T extends TableName>(table: T, rows: readonly TableRows[T][]): TableRows[T][] =>
  rows.map((row) => ({ row, key: keyOf(table, row) })).sort((a, b) => compareKeys(a.key, b.key)).map(({ row }) => row);

/** The rows of one table as the file carries them: key order, audit events in trail order without their ids. */
export const projectFileRows = (snapshot: ProjectSnapshot, table: TableName): unknown[] => {
  if (table === 'auditEvents') {
    const events = snapshotRows(snapshot, 'auditEvents').map((event, index) => ({ event, index }));
    // Trail order is id order; events not yet numbered keep their place after the numbered ones.
    events.sort((a, b) => (a.event.id ?? Number.MAX_SAFE_INTEGER) - (b.event.id ?? Number.MAX_SAFE_INTEGER) || a.index - b.index);
    return events.map(({ event }) => {
      const { id: _id, ...withoutId } = event;
      return withoutId;
    });
  }
  return sortedByKey(table, table === 'coders' ? referencedCoders(snapshot) : snapshotRows(snapshot, table));
};

const encoder = new TextEncoder();

export const writeProjectFile = async (snapshot: ProjectSnapshot, meta: ProjectFileMeta, options: WriteProjectFileOptions = {}): Promise<Uint8Array> => {
  const report = options.onProgress ?? (() => undefined);
  const project = snapshotRows(snapshot, 'projects').find((row) => row.id === snapshot.projectId);
  if (project === undefined) throw new Error(`The snapshot holds no project row ${snapshot.projectId}`);

  // Serialising and hashing take about a third of the time, deflating the rest.
  const tables = projectFileJsonTables();
  const entries: [string, Uint8Array][] = [];
  for (const table of tables) {
    entries.push([tableEntryPath(table), encoder.encode(canonicalJsonRows(projectFileRows(snapshot, table)))]);
    report((0.25 * entries.length) / tables.length);
  }
  // Kept originals (the project's keepOriginals setting) travel as they are, one entry each.
  for (const original of originalsOfSnapshot(snapshot)) entries.push([originalEntryPath(original.sourceId, original.fileName), original.bytes]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const manifestEntries: Record<string, ManifestEntry> = {};
  for (const [path, bytes] of entries) manifestEntries[path] = { sha256: await sha256Hex(bytes), bytes: bytes.length };
  report(0.35);
  const manifest: ProjectFileManifest = {
    format: PROJECT_FILE_FORMAT,
    formatVersion: PROJECT_FILE_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    projectId: project.id,
    projectName: project.name,
    createdAt: project.createdAt,
    savedAt: meta.savedAt,
    entries: manifestEntries,
  };
  entries.unshift([MANIFEST_PATH, encoder.encode(`${canonicalJson(manifest)}\n`)]);

  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure = error;
    else chunks.push(chunk);
  });
  const totalBytes = entries.reduce((sum, [, bytes]) => sum + bytes.length, 0);
  let zipped = 0;
  const mtime = ENTRY_TIME();
  for (const [path, bytes] of entries) {
    const file = new ZipDeflate(path, { level: options.level ?? 1 });
    file.mtime = mtime;
    zip.add(file);
    file.push(bytes, true);
    zipped += bytes.length;
    report(0.35 + (0.65 * zipped) / Math.max(totalBytes, 1));
  }
  zip.end();
  if (failure !== null) throw failure;
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  report(1);
  return out;
};
