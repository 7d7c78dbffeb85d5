// The conclusions repository (renderer/data/conclusions.ts) on real Dexie, over the seeded example: drawing a
// conclusion, status changes with their reasons (refused without one), evidence added, refused twice, resolved and
// removed, deletion with its memos undone with its evidence, rivals left as rivals of nothing; conclusions through the
// project file: saved and read back row for row, opened as a copy with rivals and evidence re-keyed consistently, and
// a format-2 file opening with no conclusions.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { seededExample } from './displayTestData.ts';
import { manifestOf, pack, unpack, withFreshHashes } from '../../unit/shared/projectFile/projectFileZip.ts';
import {
  addEvidence, changeStatus, createConclusion, deleteConclusion, getConclusion, listConclusions, logTactic, markRival, removeEvidence, resolveEvidence, updateWeightNote,
  updateStatement,
} from '../../../renderer/data/conclusions.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { saveMemo } from '../../../renderer/data/memos.ts';
import { loadProjectSnapshot, readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { EXAMPLE_CONCLUSIONS } from '../../../shared/example/exampleConclusionContent.ts';
import { conclusionStatus, type Conclusion, type Id } from '../../../shared/model/index.ts';
import { readProjectFile, reidentifySnapshot, writeProjectFile, type ProjectSnapshot } from '../../../shared/projectFile/index.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';

const META = { appVersion: '0.1.0', schemaVersion: 7, savedAt: '2025-06-01T12:00:00.000Z' };

const statement = (plainText: string) => ({ content: JSON.stringify({ root: plainText }), plainText });

const readBack = async (bytes: Uint8Array) => {
  const reading = await readProjectFile(bytes, { fileName: 'Example.caseweave' });
  if (!reading.ok) throw new Error(reading.problem.key);
  return reading;
};

/** The example with two conclusions, the second a rival of the first; the first with evidence of every row kind. */
const withConclusions = async () => {
  const { db, project } = await seededExample();
  const [first, second] = await db.codings.where('projectId').equals(project.id).limit(2).toArray();
  const display = await db.displays.where('projectId').equals(project.id).first();
  const memo = await db.memos.where('projectId').equals(project.id).first();
  if (!first || !second || !display || !memo) throw new Error('the example lacks codings, a display or a memo');
  const main = await createConclusion(db, project.id, {
    statement: statement('Owners learn export from diaspora peers'), researchQuestionId: null, modelRole: 'entry point', codeIds: [first.codeId],
    displayIds: [display.id], reason: 'Seen in the role-ordered matrix',
  });
  await addEvidence(db, main.id, { kind: 'coding', codingId: first.id }, 'supporting', 'first-hand');
  await addEvidence(db, main.id, { kind: 'cell', displayId: display.id, cellKey: JSON.stringify([first.sourceId, first.codeId]) }, 'supporting', '');
  await addEvidence(db, main.id, { kind: 'memo', memoId: memo.id }, 'supporting', 'reported');
  await addEvidence(db, main.id, { kind: 'coding', codingId: second.id }, 'disconfirming', 'hearsay');
  const rival = await createConclusion(db, project.id, {
    statement: statement('Owners learn export from buyers'), researchQuestionId: null, modelRole: null, codeIds: [],
  });
  await markRival(db, rival.id, main.id);
  return { db, project, main: await conclusionOf(db, main.id), rival: await conclusionOf(db, rival.id), codings: [first, second], display, memo };
};

const conclusionOf = async (db: CaseweaveDatabase, id: Id): Promise<Conclusion> => {
  const conclusion = await getConclusion(db, id);
  if (conclusion === undefined) throw new Error(`no conclusion ${id}`);
  return conclusion;
};

const conclusionRows = (db: CaseweaveDatabase, projectId: Id) => db.conclusions.where('projectId').equals(projectId).sortBy('id');

/** The example project arrives with conclusions of its own; these tests look at the ones they draw. */
const EXAMPLE_STATEMENTS = new Set(EXAMPLE_CONCLUSIONS.map((content) => content.statement));
const drawnHere = <T extends Pick<Conclusion, 'statement'>>(rows: readonly T[]): T[] => rows.filter((row) => !EXAMPLE_STATEMENTS.has(row.statement.plainText));

describe('conclusions', () => {
  it('draws a tentative conclusion and changes its status only with a reason, each step audited', async () => {
    const { db, project } = await seededExample();
    const undo = new UndoManager();
    const drawn = await createConclusion(db, project.id, {
      statement: statement('Trust decides the supplier'), researchQuestionId: project.researchQuestions[0]?.id ?? null, modelRole: null, codeIds: [],
      reason: ' First reading ',
    }, undo);
    expect(drawn.statusHistory).toMatchObject([{ status: 'tentative', reason: 'First reading' }]);
    await expect(createConclusion(db, project.id, { statement: statement('  '), researchQuestionId: null, modelRole: null, codeIds: [] }))
      .rejects.toMatchObject({ key: 'data.error.conclusionStatementEmpty' });
    await expect(createConclusion(db, project.id, { statement: statement('x'), researchQuestionId: 'no-such-question', modelRole: null, codeIds: [] }))
      .rejects.toMatchObject({ key: 'data.error.conclusionQuestionNotFound' });

    await expect(changeStatus(db, drawn.id, 'supported', '   ')).rejects.toThrow('a status change needs a reason');
    expect(conclusionStatus(await conclusionOf(db, drawn.id))).toBe('tentative');
    const supported = await changeStatus(db, drawn.id, 'supported', 'Three owners say so', undo);
    expect(supported.statusHistory.map((change) => [change.status, change.reason])).toEqual([['tentative', 'First reading'], ['supported', 'Three owners say so']]);
    await updateStatement(db, drawn.id, statement('Trust, not price, decides the supplier'), undo);
    await logTactic(db, drawn.id, 'negative-evidence', 'none-found', 'Searched the counter-evidence codes', undo);
    expect((await conclusionOf(db, drawn.id)).tactics).toMatchObject([{ tactic: 'negative-evidence', outcome: 'none-found' }]);

    const trail = (await listAuditEvents(db, project.id)).filter((event) => event.objectId === drawn.id);
    expect(trail.map((event) => event.action)).toEqual(['create', 'change-status', 'update', 'log-tactic']);
    expect(trail[1].detail).toContain('supported (Three owners say so)');
    await undo.undo();
    await undo.undo();
    await undo.undo();
    expect(conclusionStatus(await conclusionOf(db, drawn.id))).toBe('tentative');
    expect(drawnHere(await listConclusions(db, project.id)).map((conclusion) => conclusion.statement.plainText)).toEqual(['Trust decides the supplier']);
  });

  it('adds evidence for and against, refuses the same target twice with one stance, resolves and removes it', async () => {
    const { db, main, codings: [first, second] } = await withConclusions();
    const undo = new UndoManager();
    expect(main.evidence.map((item) => [item.target.kind, item.stance])).toEqual([
      ['coding', 'supporting'], ['cell', 'supporting'], ['memo', 'supporting'], ['coding', 'disconfirming'],
    ]);
    await expect(addEvidence(db, main.id, { kind: 'coding', codingId: first.id }, 'supporting', 'again'))
      .rejects.toMatchObject({ key: 'data.error.evidenceDuplicate.supporting' });
    const against = await addEvidence(db, main.id, { kind: 'coding', codingId: first.id }, 'disconfirming', '', undo);
    expect(against.evidence).toHaveLength(5);

    const disconfirming = main.evidence.find((item) => item.target.kind === 'coding' && item.target.codingId === second.id);
    const supporting = main.evidence[0];
    if (disconfirming === undefined) throw new Error('no disconfirming item');
    await expect(resolveEvidence(db, main.id, supporting.id, { kind: 'explained', note: 'n' })).rejects.toMatchObject({ key: 'data.error.evidenceResolveSupporting' });
    await expect(resolveEvidence(db, main.id, disconfirming.id, { kind: 'explained', note: ' ' })).rejects.toMatchObject({ key: 'data.error.evidenceResolutionNoteEmpty' });
    await resolveEvidence(db, main.id, disconfirming.id, { kind: 'qualified', note: ' Only before 2019 ' }, undo);
    expect((await conclusionOf(db, main.id)).evidence.find((item) => item.id === disconfirming.id)?.resolution).toEqual({ kind: 'qualified', note: 'Only before 2019' });
    await resolveEvidence(db, main.id, disconfirming.id, null, undo);
    expect((await conclusionOf(db, main.id)).evidence.find((item) => item.id === disconfirming.id)?.resolution).toBeNull();

    await removeEvidence(db, main.id, supporting.id, undo);
    expect((await conclusionOf(db, main.id)).evidence.map((item) => item.id)).not.toContain(supporting.id);
    await expect(removeEvidence(db, main.id, supporting.id)).rejects.toMatchObject({ key: 'data.error.evidenceNotFound' });
    await undo.undo();
    expect((await conclusionOf(db, main.id)).evidence.map((item) => item.id)).toContain(supporting.id);
  });

  it('rewrites the weight note of one evidence item, audited and undoable', async () => {
    const { db, project, main } = await withConclusions();
    const undo = new UndoManager();
    const [item, other] = main.evidence;
    await updateWeightNote(db, main.id, item.id, '  observed, first-hand ', undo);
    const after = await conclusionOf(db, main.id);
    expect(after.evidence.map((candidate) => candidate.weightNote)).toEqual(['observed, first-hand', other.weightNote, ...main.evidence.slice(2).map((candidate) => candidate.weightNote)]);
    expect((await listAuditEvents(db, project.id)).some((event) => event.action === 'update-evidence' && event.objectId === main.id)).toBe(true);
    await expect(updateWeightNote(db, main.id, 'no-such-item', 'x')).rejects.toMatchObject({ key: 'data.error.evidenceNotFound' });
    await undo.undo();
    expect((await conclusionOf(db, main.id)).evidence[0].weightNote).toBe(item.weightNote);
  });

  it('refuses a conclusion as its own rival and one of nothing', async () => {
    const { db, main, rival } = await withConclusions();
    expect(rival.rivalOfId).toBe(main.id);
    await expect(markRival(db, main.id, main.id)).rejects.toMatchObject({ key: 'data.error.conclusionRivalOfItself' });
    await expect(markRival(db, main.id, 'no-such-conclusion')).rejects.toMatchObject({ key: 'data.error.conclusionRivalNotFound' });
    expect((await markRival(db, rival.id, null)).rivalOfId).toBeNull();
  });

  it('deletes a conclusion with its memos, leaves its rival a rival of nothing, and undo restores all of it with the evidence', async () => {
    const { db, project, main, rival } = await withConclusions();
    const undo = new UndoManager();
    const memo = await saveMemo(db, project.id, { target: { kind: 'conclusion', id: main.id }, title: 'Why', content: '{}', plainText: 'Why' });
    await deleteConclusion(db, main.id, undo);
    expect(await getConclusion(db, main.id)).toBeUndefined();
    expect(await db.memos.get(memo.id)).toBeUndefined();
    expect((await conclusionOf(db, rival.id)).rivalOfId).toBeNull();

    await undo.undo();
    expect(await conclusionOf(db, main.id)).toEqual(main);
    expect((await conclusionOf(db, rival.id)).rivalOfId).toBe(main.id);
    expect((await db.memos.get(memo.id))?.title).toBe('Why');
  });
});

describe('conclusions in project files', () => {
  it('come back from a saved file row for row', async () => {
    const { db, project } = await withConclusions();
    const saved = await readProjectSnapshot(db, project.id);
    const reading = await readBack(await writeProjectFile(saved, META));
    expect(reading.repairs).toEqual([]);
    expect(reading.snapshot.tables.conclusions).toEqual(await conclusionRows(db, project.id));
    expect(drawnHere(reading.snapshot.tables.conclusions ?? [])).toHaveLength(2);
  });

  it('opened as a copy, the rival and every evidence target name the copy\'s rows, sharing no id with the original', async () => {
    const { db, project, main, rival, codings: [first, second], display, memo } = await withConclusions();
    const copy = reidentifySnapshot((await readBack(await writeProjectFile(await readProjectSnapshot(db, project.id), META))).snapshot);
    const { project: loaded } = await loadProjectSnapshot(db, copy, { mode: 'new', freshIds: true });
    const copied = drawnHere(await listConclusions(db, loaded.id));
    const [copiedMain, copiedRival] = copied;
    expect(copied.map((conclusion) => conclusion.statement.plainText)).toEqual([main.statement.plainText, rival.statement.plainText]);
    expect(copiedRival.rivalOfId).toBe(copiedMain.id);
    expect([copiedMain.id, copiedRival.id]).not.toContain(main.id);

    const copiedCodings = await db.codings.where('projectId').equals(loaded.id).toArray();
    const sameWords = (codingId: string, original: typeof first) =>
      copiedCodings.find((coding) => coding.id === codingId && coding.start === original.start && coding.end === original.end) !== undefined;
    const [supportingCoding, cell, memoItem, disconfirmingCoding] = copiedMain.evidence.map((item) => item.target);
    if (supportingCoding.kind !== 'coding' || disconfirmingCoding.kind !== 'coding' || cell.kind !== 'cell' || memoItem.kind !== 'memo') {
      throw new Error('evidence changed kind');
    }
    expect([sameWords(supportingCoding.codingId, first), sameWords(disconfirmingCoding.codingId, second)]).toEqual([true, true]);
    expect([supportingCoding.codingId, disconfirmingCoding.codingId]).not.toContain(first.id);
    const copiedDisplay = await db.displays.get(cell.displayId);
    expect([copiedDisplay?.projectId, copiedDisplay?.name]).toEqual([loaded.id, display.name]);
    const copiedSource = copiedCodings.find((coding) => coding.id === supportingCoding.codingId)?.sourceId;
    expect(cell.cellKey).toBe(JSON.stringify([copiedSource, copiedMain.codeIds[0]]));
    const copiedMemo = await db.memos.get(memoItem.memoId);
    expect([copiedMemo?.projectId, copiedMemo?.title]).toEqual([loaded.id, memo.title]);
    expect(copiedMain.displayIds).toEqual([cell.displayId]);
  });

  it('a format-2 file opens with an empty conclusions table', async () => {
    const { db, project } = await withConclusions();
    const entries = unpack(await writeProjectFile(await readProjectSnapshot(db, project.id), META));
    delete entries['tables/conclusions.json'];
    delete entries['tables/memberChecks.json'];
    const manifest = manifestOf(entries);
    delete manifest.entries['tables/conclusions.json'];
    delete manifest.entries['tables/memberChecks.json'];
    entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 2 }));
    const reading = await readBack(pack(await withFreshHashes(entries)));
    expect([reading.migratedFrom, reading.snapshot.tables.conclusions]).toEqual([2, []]);

    const snapshot: ProjectSnapshot = reidentifySnapshot(reading.snapshot);
    const { project: loaded } = await loadProjectSnapshot(db, snapshot, { mode: 'new', freshIds: true });
    expect(await listConclusions(db, loaded.id)).toEqual([]);
    expect(await db.codings.where('projectId').equals(loaded.id).count()).toBe(await db.codings.where('projectId').equals(project.id).count());
  });
});
