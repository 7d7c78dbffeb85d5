// Writing a project file: the manifest, one entry per table in canonical order, audit events without ids in trail
// order, only the coders the project refers to, originals, progress, and bytes that depend on nothing but the input.
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectFileJsonTables, projectFileTables } from '../../../../shared/project/entityRegistry.ts';
import { sha256Hex } from '../../../../shared/projectFile/entryHash.ts';
import { readProjectFile, writeProjectFile, type ProjectSnapshot } from '../../../../shared/projectFile/index.ts';
import { referencedCoderIds, referencedCoders } from '../../../../shared/projectFile/referencedCoders.ts';
import { FILE, META, PROJECT_ID, rowSet, smallSnapshot, withOriginal } from './projectFileFixture.ts';
import { manifestOf, rowsOf, unpack } from './projectFileZip.ts';

const reversed = (snapshot: ProjectSnapshot): ProjectSnapshot => ({
  projectId: snapshot.projectId,
  tables: Object.fromEntries(Object.entries(snapshot.tables).map(([table, rows]) => [table, [...rows].reverse().map((row) => Object.fromEntries(Object.entries(row).reverse()))])),
});

describe('writeProjectFile', () => {
  it('writes a manifest naming the format, versions, project and every entry with its size and SHA-256', async () => {
    const entries = unpack(await writeProjectFile(smallSnapshot(), META));
    const manifest = manifestOf(entries);
    expect(manifest).toMatchObject({
      format: 'caseweave-project', formatVersion: 6, appVersion: '0.1.0', schemaVersion: 3, projectId: PROJECT_ID,
      projectName: 'Warung study', createdAt: '2025-03-01T09:00:00.000Z', savedAt: META.savedAt,
    });
    expect(Object.keys(manifest.entries).sort()).toEqual(projectFileJsonTables().map((table) => `tables/${table}.json`).sort());
    for (const [path, entry] of Object.entries(manifest.entries)) {
      expect(entry).toEqual({ sha256: await sha256Hex(entries[path]), bytes: entries[path].length });
    }
  });

  it('puts the manifest first in the archive, so a reader finds it at once', async () => {
    const bytes = await writeProjectFile(smallSnapshot(), META);
    expect(strFromU8(bytes.subarray(30, 30 + 'manifest.json'.length))).toBe('manifest.json');
  });

  it('gives the same bytes for the same project whatever the order of its rows and fields', async () => {
    const first = await writeProjectFile(smallSnapshot(), META);
    expect(await writeProjectFile(smallSnapshot(), META)).toEqual(first);
    expect(await writeProjectFile(reversed(smallSnapshot()), META)).toEqual(first);
  });

  it('changes the bytes when the project changes', async () => {
    const changed = smallSnapshot();
    changed.tables.codes = changed.tables.codes?.map((code) => (code.id === 'c-kin' ? { ...code, name: 'Kinship' } : code));
    expect(await writeProjectFile(changed, META)).not.toEqual(await writeProjectFile(smallSnapshot(), META));
  });

  it('sorts rows by key and the keys of every row', async () => {
    const entries = unpack(await writeProjectFile(smallSnapshot(), META));
    expect(rowsOf(entries, 'sources').map((row) => row.id)).toEqual(['s1', 's2']);
    expect(rowsOf(entries, 'codes').map((row) => row.id)).toEqual(['c-kin', 'c-price', 'c-risk', 'c-supply', 'c-trust']);
    const firstCoding = strFromU8(entries['tables/codings.json']).split('\n')[1];
    expect(firstCoding.startsWith('{"codeId":"c-price","coderId":"coder-ana","createdAt"')).toBe(true);
  });

  it('stores audit events without their ids, in trail order', async () => {
    const events = rowsOf(unpack(await writeProjectFile(smallSnapshot(), META)), 'auditEvents');
    expect(events.map((event) => event.objectId)).toEqual(['c-supply', 'c-kin', 'g2']);
    expect(events.every((event) => !('id' in event))).toBe(true);
  });

  it('carries only the coders the project refers to: codings, memo authors and audit actors', async () => {
    const snapshot = smallSnapshot();
    expect([...referencedCoderIds(snapshot)].sort()).toEqual(['coder-ana', 'coder-budi', 'coder-citra']);
    expect(referencedCoders(snapshot).map((coder) => coder.id)).toEqual(['coder-ana', 'coder-budi', 'coder-citra']);
    const coders = rowsOf(unpack(await writeProjectFile(snapshot, META)), 'coders');
    expect(coders.map((coder) => coder.id)).toEqual(['coder-ana', 'coder-budi', 'coder-citra']);
  });

  it('carries kept originals under originals/<source id>/<file name>, not as a table, and reads them back', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const snapshot = await withOriginal(smallSnapshot(), 's1', 'interview 1.docx', bytes);
    const written = await writeProjectFile(snapshot, META);
    const entries = unpack(written);
    expect(Object.keys(manifestOf(entries).entries)).toContain('originals/s1/interview 1.docx');
    expect(entries['originals/s1/interview 1.docx']).toEqual(bytes);
    expect(Object.keys(entries)).not.toContain('tables/sourceOriginals.json');
    const reading = await readProjectFile(written, { fileName: FILE });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(reading.snapshot.tables.sourceOriginals).toEqual([{ sourceId: 's1', projectId: PROJECT_ID, fileName: 'interview 1.docx', bytes }]);
    expect(await writeProjectFile(reading.snapshot, META)).toEqual(written);
  });

  it('keeps an original\'s file name to one path segment', async () => {
    const snapshot = await withOriginal(smallSnapshot(), 's1', '../..\\evil/name.txt', new Uint8Array([1]));
    const manifest = manifestOf(unpack(await writeProjectFile(snapshot, META)));
    expect(Object.keys(manifest.entries)).toContain('originals/s1/.._.._evil_name.txt');
  });

  it('reports progress rising to 1', async () => {
    const fractions: number[] = [];
    await writeProjectFile(smallSnapshot(), META, { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.every((fraction, index) => index === 0 || fraction >= fractions[index - 1])).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it('refuses a snapshot that holds no row of its project', async () => {
    await expect(writeProjectFile({ ...smallSnapshot(), projectId: 'elsewhere' }, META)).rejects.toThrow(/no project row elsewhere/);
  });

  it('round-trips: save → read → save gives the same bytes, and every table the same rows', async () => {
    const first = await writeProjectFile(smallSnapshot(), META);
    const reading = await readProjectFile(first, { fileName: FILE });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(await writeProjectFile(reading.snapshot, META)).toEqual(first);
    const original = smallSnapshot();
    for (const table of projectFileTables()) {
      const expected = table === 'coders' ? referencedCoders(original) : table === 'auditEvents'
        ? [...original.tables.auditEvents ?? []].sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).map(({ id: _id, ...event }) => event)
        : original.tables[table];
      expect(rowSet(reading.snapshot.tables[table]), table).toEqual(rowSet(expected));
    }
  });
});
