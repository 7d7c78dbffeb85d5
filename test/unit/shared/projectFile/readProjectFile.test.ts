// Reading a damaged, truncated or hostile project file: each is refused as a whole, with its own message naming the
// file and the problem. Files are written by writeProjectFile and then broken the way a disk, a sync client or an
// attacker would break them.
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectFileMessageText, readProjectFile, writeProjectFile, type ProjectFileProblem } from '../../../../shared/projectFile/index.ts';
import { makeDocx } from '../../../support/makeDocx.ts';
import { FILE, META, smallSnapshot } from './projectFileFixture.ts';
import { entryDataOffset, pack, unpack, withFreshHashes, withManifest, withRows } from './projectFileZip.ts';

const FORMAT_1_FIXTURE = new URL('../../../fixtures/project-file/format-1.caseweave', import.meta.url);

/** `bytes` with an empty table `table` added and listed in the manifest with its true hash. */
const withEmptyTable = async (bytes: Uint8Array, table: string): Promise<Uint8Array> => {
  const entries = unpack(bytes);
  entries[`tables/${table}.json`] = strToU8('[]');
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { entries: Record<string, unknown> };
  manifest.entries[`tables/${table}.json`] = { sha256: '', bytes: 2 };
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  return pack(await withFreshHashes(entries));
};

const sound = (level: 0 | 6 = 6): Promise<Uint8Array> => writeProjectFile(smallSnapshot(), META, { level });

/** The refusal of `bytes`: its problem, checked to name the file, and the English message. */
const refusal = async (bytes: Uint8Array, fileName = FILE): Promise<{ problem: ProjectFileProblem; message: string }> => {
  const reading = await readProjectFile(bytes, { fileName });
  if (reading.ok) throw new Error('the file was accepted');
  const message = projectFileMessageText(reading.problem, 'en');
  expect(message).toContain(fileName);
  return { problem: reading.problem, message };
};

describe('readProjectFile refuses', () => {
  it('an empty file', async () => {
    expect((await refusal(new Uint8Array())).message).toBe(`${FILE} is empty (0 bytes), so it holds no project.`);
  });

  it('a file that is not a zip archive', async () => {
    expect((await refusal(strToU8('Interviewer: hello\n'))).message).toBe(`${FILE} is not a Caseweave project file (it is not a zip archive).`);
  });

  it('a Word document renamed .caseweave', async () => {
    const { problem, message } = await refusal(makeDocx({ body: ['Hello'] }), 'Report.caseweave');
    expect(problem.code).toBe('notCaseweave');
    expect(message).toBe('Report.caseweave is not a Caseweave project file (it has no Caseweave manifest; is it another kind of file renamed?).');
  });

  it('an old binary Office document renamed .caseweave', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(ole)).problem.code).toBe('notCaseweave');
  });

  it('a zip whose manifest.json belongs to another program', async () => {
    const bytes = zipSync({ 'manifest.json': strToU8('{"name":"Some web app","icons":[]}') });
    expect((await refusal(bytes)).problem.code).toBe('notCaseweave');
  });

  it('a truncated file', async () => {
    const bytes = await sound();
    const { problem, message } = await refusal(bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    expect(problem.code).toBe('truncated');
    expect(message).toMatch(new RegExp(`^${FILE} is incomplete or damaged: its archive cannot be read \\(.+\\)\\.$`));
  });

  it('flipped bytes inside a stored entry, caught by its checksum', async () => {
    const bytes = await sound(0);
    const offset = entryDataOffset(bytes, 'tables/codings.json');
    bytes[offset + 40] ^= 0x01;
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/codings.json is damaged (its contents do not match their checksum).`);
  });

  it('flipped bytes inside a compressed entry', async () => {
    const bytes = await sound();
    const offset = entryDataOffset(bytes, 'tables/codings.json');
    for (let index = 0; index < 8; index += 1) bytes[offset + 10 + index] ^= 0xff;
    const { problem, message } = await refusal(bytes);
    expect(['entryUnreadable', 'hashMismatch']).toContain(problem.code);
    expect(message).toMatch(new RegExp(`^${FILE}: entry tables/codings\\.json is damaged \\(`));
  });

  it('an entry whose hash does not match the manifest', async () => {
    const bytes = withManifest(await sound(), (manifest) => {
      manifest.entries['tables/codes.json'].sha256 = '0'.repeat(64);
      return manifest;
    });
    const { problem, message } = await refusal(bytes);
    expect(problem).toMatchObject({ code: 'hashMismatch', params: { entry: 'tables/codes.json' } });
    expect(message).toBe(`${FILE}: entry tables/codes.json is damaged (its contents do not match their checksum).`);
  });

  it('a missing entry', async () => {
    const entries = unpack(await sound());
    delete entries['tables/memos.json'];
    expect((await refusal(pack(entries))).message).toBe(`${FILE}: entry tables/memos.json is missing.`);
  });

  it('a table the manifest does not list', async () => {
    const bytes = withManifest(await sound(), (manifest) => {
      delete manifest.entries['tables/informants.json'];
      return manifest;
    });
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/informants.json is missing.`);
  });

  it('an entry that is not valid JSON', async () => {
    const entries = unpack(await sound());
    entries['tables/informants.json'] = strToU8('[{"id": "i-dewi", ');
    const { problem, message } = await refusal(pack(await withFreshHashes(entries)));
    expect(problem.code).toBe('invalidJson');
    expect(message).toMatch(new RegExp(`^${FILE}: entry tables/informants\\.json is damaged \\(it is not valid JSON: .+\\)\\.$`));
  });

  it('an entry that is JSON but not a list of rows', async () => {
    const entries = unpack(await sound());
    entries['tables/codes.json'] = strToU8('{"rows": []}');
    expect((await refusal(pack(await withFreshHashes(entries)))).message)
      .toBe(`${FILE}: entry tables/codes.json is damaged (it is not valid JSON: expected a list of rows).`);
  });

  it('a damaged manifest', async () => {
    const entries = unpack(await sound());
    entries['manifest.json'] = strToU8('{"format": "caseweave-project", ');
    const { problem, message } = await refusal(pack(entries));
    expect(problem.code).toBe('manifestDamaged');
    expect(message).toMatch(new RegExp(`^${FILE}: its manifest is damaged \\(.+\\)\\.$`));
  });

  it('a manifest whose fields do not fit', async () => {
    const bytes = withManifest(await sound(), (manifest) => ({ ...manifest, formatVersion: '1' }));
    expect((await refusal(bytes)).message).toBe(`${FILE}: its manifest is damaged (formatVersion: expected a whole number ≥ 0).`);
  });

  it('a file from a newer format', async () => {
    const bytes = withManifest(await sound(), (manifest) => ({ ...manifest, formatVersion: 7 }));
    expect((await refusal(bytes)).message).toBe(`${FILE} was made by a newer Caseweave (format 7); this version reads up to 6.`);
  });

  it('a row of the wrong type', async () => {
    const bytes = await withRows(await sound(), 'codings', (rows) => rows.map((row, index) => (index === 1 ? { ...row, start: '12' } : row)));
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/codings.json does not match format 6 (row 2: start: expected a whole number ≥ 0).`);
  });

  it('a row with a field missing', async () => {
    const bytes = await withRows(await sound(), 'sources', (rows) => rows.map(({ language: _language, ...row }) => row));
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/sources.json does not match format 6 (row 1: language: missing).`);
  });

  it('a row with a field its format does not have', async () => {
    const bytes = await withRows(await sound(), 'memos', (rows) => rows.map((row) => ({ ...row, script: 'alert(1)' })));
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/memos.json does not match format 6 (row 1: script: not a field of this row).`);
  });

  it('a nested value of the wrong shape', async () => {
    const bytes = await withRows(await sound(), 'sources', (rows) => rows.map((row) => ({ ...row, turns: [{ start: 0, end: -4, speaker: null, timestamp: null }] })));
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/sources.json does not match format 6 (row 1: turns[0].end: expected a whole number ≥ 0).`);
  });

  it('a memo target of an unknown kind', async () => {
    const bytes = await withRows(await sound(), 'memos', (rows) => rows.map((row) => ({ ...row, target: { kind: 'chart', id: 'x' } })));
    expect((await refusal(bytes)).problem).toMatchObject({ code: 'schema', params: { detail: 'target.kind: expected one of project, source, code, coding, display, conclusion' } });
  });

  it('an audit event carrying a database id', async () => {
    const bytes = await withRows(await sound(), 'auditEvents', (rows) => rows.map((row, index) => ({ ...row, id: index + 1 })));
    expect((await refusal(bytes)).problem).toMatchObject({ code: 'schema', params: { entry: 'tables/auditEvents.json', detail: 'id: not a field of this row' } });
  });

  it('an entry that is not a table of its format', async () => {
    const bytes = await withEmptyTable(await sound(), 'charts');
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/charts.json is not a table of format 6.`);
  });

  it('a format-1 file carrying a table format 1 did not have', async () => {
    const bytes = await withEmptyTable(new Uint8Array(readFileSync(FORMAT_1_FIXTURE)), 'displays');
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/displays.json is not a table of format 1.`);
  });

  it('a zip bomb: an entry of zeros that would unpack to a thousand times its size', async () => {
    const entries = unpack(await sound());
    entries['originals/s1/zeros.bin'] = new Uint8Array(3 * 1024 * 1024);
    const { problem, message } = await refusal(pack(entries));
    expect(problem.code).toBe('zipBomb');
    expect(message).toBe(`${FILE} was refused: it would unpack to far more data than a project holds (originals/s1/zeros.bin).`);
  });

  it('a zip bomb: entries declaring more than a gigabyte, before anything is inflated', async () => {
    const bytes = await sound();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Every central-directory header's uncompressed size becomes 3 GB.
    for (let offset = 0; offset + 46 < bytes.length; offset += 1) {
      if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 3_000_000_000, true);
    }
    expect((await refusal(bytes)).problem.code).toBe('zipBomb');
  });

  it.each([
    ['a relative path climbing out', '../../x'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows drive path', 'C:/Windows/x'],
    ['a backslash', 'tables\\codes.json'],
  ])('an entry name with %s', async (_label, name) => {
    const entries = unpack(await sound());
    entries[name] = strToU8('x');
    expect((await refusal(pack(entries))).message).toBe(`${FILE} was refused: it holds an entry with an unsafe name (${name}).`);
  });

  it('a manifest listing an unsafe path', async () => {
    const bytes = withManifest(await sound(), (manifest) => {
      manifest.entries['originals/../../x'] = { sha256: '0'.repeat(64), bytes: 1 };
      return manifest;
    });
    expect((await refusal(bytes)).message).toBe(`${FILE} was refused: it holds an entry with an unsafe name (originals/../../x).`);
  });

  it('duplicate ids', async () => {
    const bytes = await withRows(await sound(), 'codes', (rows) => [...rows, { ...rows[0], name: 'Twin' }]);
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/codes.json holds two rows with the id c-kin.`);
  });

  it('a project table that does not hold the manifest\'s project', async () => {
    const bytes = await withRows(await sound(), 'projects', (rows) => rows.map((row) => ({ ...row, id: 'project-2' })));
    expect((await refusal(bytes)).message).toBe(`${FILE}: the manifest names project project-1, but the project table does not hold exactly that project.`);
  });

  it('a row of another project', async () => {
    const bytes = await withRows(await sound(), 'informants', (rows) => rows.map((row, index) => (index === 0 ? { ...row, projectId: 'project-2' } : row)));
    expect((await refusal(bytes)).message).toBe(`${FILE}: entry tables/informants.json holds a row of another project (i-budi).`);
  });

  it('a source without its text', async () => {
    const bytes = await withRows(await sound(), 'sourceTexts', (rows) => rows.filter((row) => row.sourceId !== 's2'));
    expect((await refusal(bytes)).message).toBe(`${FILE}: source "Interview s2" has no text.`);
  });

  it('a code under a parent that does not exist', async () => {
    const bytes = await withRows(await sound(), 'codes', (rows) => rows.filter((row) => row.id !== 'c-trust'));
    expect((await refusal(bytes)).message).toBe(`${FILE}: code "Kin" sits under a parent code that does not exist (c-trust).`);
  });

  it('a code tree with a cycle, listing every problem', async () => {
    const bytes = await withRows(await sound(), 'codes', (rows) => rows.map((row) => (row.id === 'c-supply' ? { ...row, parentId: 'c-kin' } : row)));
    const reading = await readProjectFile(bytes, { fileName: FILE });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems.map((problem) => projectFileMessageText(problem, 'en'))).toEqual([`${FILE}: the code tree loops back on itself at code "Kin".`]);
  });
});
