// Takes a written project file apart and puts it back together changed, for the tests of hostile and damaged files:
// an entry replaced or removed, the manifest edited, with the manifest's hashes recomputed or left stale.
import { strToU8, strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../../../../shared/projectFile/entryHash.ts';
import type { ProjectFileManifest } from '../../../../shared/projectFile/projectFileFormat.ts';

export type Entries = Record<string, Uint8Array>;

export const unpack = (bytes: Uint8Array): Entries => unzipSync(bytes);

export const pack = (entries: Entries, level: 0 | 6 = 6): Uint8Array => {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { level, mtime: new Date(1980, 0, 1) }];
  return zipSync(zippable);
};

export const manifestOf = (entries: Entries): ProjectFileManifest => JSON.parse(strFromU8(entries['manifest.json'])) as ProjectFileManifest;

export const rowsOf = (entries: Entries, table: string): Record<string, unknown>[] =>
  JSON.parse(strFromU8(entries[`tables/${table}.json`])) as Record<string, unknown>[];

/** Sets the manifest's size and hash of every entry to the entry's bytes, as an honest writer would. */
export const withFreshHashes = async (entries: Entries): Promise<Entries> => {
  const manifest = manifestOf(entries);
  for (const path of Object.keys(manifest.entries)) {
    const data = entries[path];
    if (data !== undefined) manifest.entries[path] = { sha256: await sha256Hex(data), bytes: data.length };
  }
  return { ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) };
};

/** The file with one table's rows changed and the manifest rehashed: passes the hash check, reaches the schema. */
export const withRows = async (bytes: Uint8Array, table: string, change: (rows: Record<string, unknown>[]) => unknown[]): Promise<Uint8Array> => {
  const entries = unpack(bytes);
  entries[`tables/${table}.json`] = strToU8(JSON.stringify(change(rowsOf(entries, table))));
  return pack(await withFreshHashes(entries));
};

export const withManifest = (bytes: Uint8Array, change: (manifest: ProjectFileManifest) => unknown): Uint8Array => {
  const entries = unpack(bytes);
  entries['manifest.json'] = strToU8(JSON.stringify(change(manifestOf(entries))));
  return pack(entries);
};

/** Where an entry's (compressed) data starts, read from its local header. */
export const entryDataOffset = (bytes: Uint8Array, name: string): number => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = strToU8(name);
  for (let offset = 0; offset + 30 < bytes.length; offset += 1) {
    if (view.getUint32(offset, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const found = bytes.subarray(offset + 30, offset + 30 + nameLength);
    if (found.length === wanted.length && found.every((byte, index) => byte === wanted[index])) return offset + 30 + nameLength + extraLength;
  }
  throw new Error(`no entry ${name}`);
};
