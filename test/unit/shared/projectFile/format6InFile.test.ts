// Format 6 in a project file: a memo anchored to a range of its source's text, with the origin of an imported Word
// comment, travels and comes back the same, keeps its range through "open as a copy"; a format-5 file (without
// either) still opens and is migrated, one that carries a range is refused; a malformed range or origin is refused;
// a range outside its source's text is dropped with the user's agreement, the memo staying on the source.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Memo } from '../../../../shared/model/index.ts';
import {
  applyRepairs, checkProjectIntegrity, projectFileMessageText, readProjectFile, reidentifySnapshot, writeProjectFile, type ProjectSnapshot,
} from '../../../../shared/projectFile/index.ts';
import { FILE, META, smallSnapshot } from './projectFileFixture.ts';
import { manifestOf, pack, unpack, withFreshHashes, withRows } from './projectFileZip.ts';

const ORIGIN = { kind: 'wordComment' as const, author: 'Dewi Lestari', date: '2024-03-05T10:15:00Z' };

/** The small project with its s1 memo anchored to [start, end) and made from a Word comment. */
const withAnchor = (start = 41, end = 52): ProjectSnapshot => {
  const base = smallSnapshot();
  return {
    projectId: base.projectId,
    tables: {
      ...base.tables,
      memos: base.tables.memos?.map((memo): Memo => (memo.id === 'm-s1' ? { ...memo, target: { kind: 'source', id: 's1', range: { start, end } }, origin: ORIGIN } : memo)),
    },
  };
};

const read = async (bytes: Uint8Array) => readProjectFile(bytes, { fileName: FILE });
const anchoredOf = (snapshot: ProjectSnapshot): Memo | undefined => snapshot.tables.memos?.find((memo) => memo.target.kind === 'source');

const asFormat = async (bytes: Uint8Array, formatVersion: number): Promise<Uint8Array> => {
  const entries = unpack(bytes);
  const manifest = { ...manifestOf(entries), formatVersion };
  return pack(await withFreshHashes({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
};

describe('project-file format 6', () => {
  it('round-trips an anchored memo with its origin, and a copy keeps the range on the renewed source', async () => {
    const bytes = await writeProjectFile(withAnchor(), META);
    expect(manifestOf(unpack(bytes)).formatVersion).toBe(6);
    const reading = await read(bytes);
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(anchoredOf(reading.snapshot)).toEqual(anchoredOf(withAnchor()));
    const copy = reidentifySnapshot(reading.snapshot);
    const renewed = anchoredOf(copy);
    const renewedSource = copy.tables.sources?.find((source) => source.title === 'Interview s1')?.id;
    expect(renewedSource).not.toBe('s1');
    expect(renewed?.target).toEqual({ kind: 'source', id: renewedSource, range: { start: 41, end: 52 } });
    expect(renewed?.origin).toEqual(ORIGIN);
  });

  it('opens a format-5 file, which has neither, and refuses one that carries a range', async () => {
    const plain = await read(await asFormat(await writeProjectFile(smallSnapshot(), META), 5));
    if (!plain.ok) throw new Error(plain.problem.key);
    expect(plain.migratedFrom).toBe(5);
    const anchored = await read(await asFormat(await writeProjectFile(withAnchor(), META), 5));
    expect(anchored.ok).toBe(false);
    if (!anchored.ok) expect(projectFileMessageText(anchored.problem, 'en')).toContain('target.range: not a field of this row');
  });

  const malformed: [string, (row: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ['a range without its end', (row) => ({ ...row, target: { kind: 'source', id: 's1', range: { start: 3 } } }), 'target.range.end: missing'],
    ['a negative start', (row) => ({ ...row, target: { kind: 'source', id: 's1', range: { start: -1, end: 4 } } }), 'target.range.start: expected a whole number ≥ 0'],
    ['a range on a code memo', (row) => ({ ...row, target: { kind: 'code', id: 'c-kin', range: { start: 0, end: 4 } } }), 'target.range: not a field of this row'],
    ['an origin of another kind', (row) => ({ ...row, origin: { ...ORIGIN, kind: 'pdfNote' } }), 'origin.kind: expected one of wordComment'],
    ['an origin without its date', (row) => ({ ...row, origin: { kind: 'wordComment', author: null } }), 'origin.date: missing'],
  ];
  it.each(malformed)('refuses %s', async (_, change, detail) => {
    const bytes = await withRows(await writeProjectFile(withAnchor(), META), 'memos', (rows) => rows.map((row) => (row.id === 'm-s1' ? change(row) : row)));
    const reading = await read(bytes);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(projectFileMessageText(reading.problem, 'en')).toContain(detail);
  });

  it.each([[0, 0], [30, 20], [41, 500]])('drops a range [%i, %i) that covers none of its source\'s text, keeping the memo', (start, end) => {
    const snapshot = withAnchor(start, end);
    const { problems, repairs } = checkProjectIntegrity(snapshot, FILE);
    expect(problems).toEqual([]);
    expect(repairs.map((repair) => repair.action)).toEqual([{ kind: 'dropMemoRange', memoId: 'm-s1' }]);
    const length = snapshot.tables.sourceTexts?.find((row) => row.sourceId === 's1')?.text.length;
    expect(projectFileMessageText(repairs[0].message, 'en')).toBe(
      `The memo “${anchoredOf(snapshot)?.title}” is anchored to characters ${start}–${end} of “Interview s1”, which has ${length}: it stays on the source without the anchor.`,
    );
    const repaired = applyRepairs(snapshot, repairs);
    expect(anchoredOf(repaired.snapshot)).toMatchObject({ target: { kind: 'source', id: 's1' }, targetKey: 'source:s1', origin: ORIGIN });
    expect(anchoredOf(repaired.snapshot)?.target).not.toHaveProperty('range');
    expect(repaired.auditDetail).toBe('dropMemoRange m-s1');
  });
});
