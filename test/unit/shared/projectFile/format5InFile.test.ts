// Format 5 in a project file: the project's pseudonym list and the codes' anchor examples travel and come back the
// same; a format-4 file (without either) still opens and is migrated; the row checks refuse a malformed list or
// anchor; an anchor naming no coding of its code is repaired to none with the user's agreement; a copy renews the
// anchors through the same ids as the codings they name.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  applyRepairs, checkProjectIntegrity, projectFileMessageText, readProjectFile, reidentifySnapshot, writeProjectFile, type ProjectSnapshot,
} from '../../../../shared/projectFile/index.ts';
import { FILE, META, smallSnapshot } from './projectFileFixture.ts';
import { manifestOf, pack, unpack, withFreshHashes, withRows } from './projectFileZip.ts';

const LIST = [{ realName: 'Pak Harjo', pseudonym: 'Owner A' }, { realName: 'Sentul', pseudonym: 'the village' }];

/** The small project with a pseudonym list, Kin anchored on g2 and Price's anchor cleared (null). */
const withFormat5 = (anchors: Record<string, string | null> = { 'c-kin': 'g2', 'c-price': null }): ProjectSnapshot => {
  const base = smallSnapshot();
  return {
    projectId: base.projectId,
    tables: {
      ...base.tables,
      projects: base.tables.projects?.map((row) => ({ ...row, settings: { ...row.settings, pseudonyms: LIST } })),
      codes: base.tables.codes?.map((code) => (code.id in anchors ? { ...code, anchorCodingId: anchors[code.id] } : code)),
    },
  };
};

const read = async (bytes: Uint8Array) => readProjectFile(bytes, { fileName: FILE });

describe('project-file format 5', () => {
  it('round-trips the pseudonym list and the anchors', async () => {
    const bytes = await writeProjectFile(withFormat5(), META);
    expect(manifestOf(unpack(bytes)).formatVersion).toBeGreaterThanOrEqual(5);
    const reading = await read(bytes);
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(reading.snapshot.tables.projects?.[0].settings.pseudonyms).toEqual(LIST);
    const anchors = Object.fromEntries((reading.snapshot.tables.codes ?? []).map((code) => [code.id, code.anchorCodingId]));
    expect(anchors).toMatchObject({ 'c-kin': 'g2', 'c-price': null, 'c-risk': undefined });
  });

  it('opens a format-4 file, which has neither, and migrates it', async () => {
    const entries = unpack(await writeProjectFile(smallSnapshot(), META));
    const manifest = { ...manifestOf(entries), formatVersion: 4 };
    const bytes = pack(await withFreshHashes({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
    const reading = await read(bytes);
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.migratedFrom).toBe(4);
    expect(reading.snapshot.tables.projects?.[0].settings.pseudonyms).toBeUndefined();
    expect(reading.snapshot.tables.codes?.every((code) => code.anchorCodingId === undefined)).toBe(true);
  });

  it('refuses a format-4 file that carries a pseudonym list (format 4 has none)', async () => {
    const entries = unpack(await writeProjectFile(withFormat5({}), META));
    const manifest = { ...manifestOf(entries), formatVersion: 4 };
    const reading = await read(pack(await withFreshHashes({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) })));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(projectFileMessageText(reading.problem, 'en')).toContain('settings.pseudonyms');
  });

  const malformed: [string, string, (rows: Record<string, unknown>[]) => unknown[], string][] = [
    ['a list that is not a list', 'projects', (rows) => rows.map((row) => ({ ...row, settings: { ...(row.settings as object), pseudonyms: 'Pak Harjo' } })), 'settings.pseudonyms: expected a list'],
    ['a line without its pseudonym', 'projects', (rows) => rows.map((row) => ({ ...row, settings: { ...(row.settings as object), pseudonyms: [{ realName: 'Sentul' }] } })), 'settings.pseudonyms[0].pseudonym: missing'],
    ['a line with an unknown field', 'projects', (rows) => rows.map((row) => ({ ...row, settings: { ...(row.settings as object), pseudonyms: [{ realName: 'A', pseudonym: 'B', note: 'x' }] } })), 'settings.pseudonyms[0].note: not a field of this row'],
    ['an anchor that is a number', 'codes', (rows) => rows.map((row) => ({ ...row, anchorCodingId: 3 })), 'anchorCodingId: expected text'],
  ];
  it.each(malformed)('refuses %s', async (_, table, change, detail) => {
    const reading = await read(await withRows(await writeProjectFile(withFormat5(), META), table, change));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(projectFileMessageText(reading.problem, 'en')).toContain(detail);
  });

  it('repairs an anchor of no coding, or of another code\'s coding, to none with the user\'s agreement', () => {
    const snapshot = withFormat5({ 'c-kin': 'g-gone', 'c-price': 'g2', 'c-risk': 'g3' });
    const { problems, repairs } = checkProjectIntegrity(snapshot, FILE);
    expect(problems).toEqual([]);
    expect(repairs.map((repair) => repair.action)).toEqual([{ kind: 'clearCodeAnchor', codeId: 'c-price' }, { kind: 'clearCodeAnchor', codeId: 'c-kin' }]);
    expect(repairs.map((repair) => projectFileMessageText(repair.message, 'en'))).toEqual([
      'Code "Price" has as its anchor example a coding of another code (g2): it will have none (its first quote shows).',
      'Code "Kin" has as its anchor example a coding that does not exist (g-gone): it will have none (its first quote shows).',
    ]);
    const repaired = applyRepairs(snapshot, repairs);
    expect(repaired.auditDetail).toBe('clearCodeAnchor c-price c-kin');
    expect(Object.fromEntries((repaired.snapshot.tables.codes ?? []).map((code) => [code.id, code.anchorCodingId]))).toMatchObject({ 'c-kin': null, 'c-price': null, 'c-risk': 'g3' });
    expect(checkProjectIntegrity(repaired.snapshot, FILE)).toEqual({ problems: [], repairs: [] });
  });

  it('clears the anchor of a coding that a repair removes', () => {
    const base = withFormat5({ 'c-kin': 'g2' });
    const snapshot = { ...base, tables: { ...base.tables, codings: base.tables.codings?.map((coding) => (coding.id === 'g2' ? { ...coding, sourceId: 's-gone' } : coding)) } };
    const { repairs } = checkProjectIntegrity(snapshot, FILE);
    expect(repairs.map((repair) => repair.action)).toEqual([{ kind: 'removeCoding', codingId: 'g2' }, { kind: 'clearCodeAnchor', codeId: 'c-kin' }]);
  });

  it('a copy renews each anchor through the same id as its coding, and keeps a cleared one cleared', () => {
    let next = 0;
    const copy = reidentifySnapshot(withFormat5(), () => `new-${(next += 1)}`);
    const kin = copy.tables.codes?.find((code) => code.name === 'Kin');
    const price = copy.tables.codes?.find((code) => code.name === 'Price');
    const g2 = copy.tables.codings?.find((coding) => coding.start === 64);
    expect(kin?.anchorCodingId).toBe(g2?.id);
    expect(g2?.id).not.toBe('g2');
    expect(price?.anchorCodingId).toBeNull();
    expect(copy.tables.codes?.find((code) => code.name === 'Risk')).not.toHaveProperty('anchorCodingId');
    expect(checkProjectIntegrity(copy, FILE)).toEqual({ problems: [], repairs: [] });
  });
});
