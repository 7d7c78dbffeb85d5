// The member-check repository (renderer/data/memberChecks.ts) on real Dexie, over the seeded example: recording what
// was returned, dates checked (no answer before the sending), responses, what changed (kept needs a reason, a
// transcript correction links only to a real correction of that source), a conclusion's status changed from a check
// in one step, the informant's words imported as a codable source once, deletion undone, and what the registry does
// when the informant or the words-source is deleted.
import { describe, expect, it } from 'vitest';
import { seededExample } from './displayTestData.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { CodingStore } from '../../../renderer/data/codingStore.ts';
import { createConclusion, getConclusion } from '../../../renderer/data/conclusions.ts';
import { correctSource } from '../../../renderer/data/corrections.ts';
import { deleteInformant } from '../../../renderer/data/informants.ts';
import {
  addMemberCheckItem, addMemberCheckItems, addOutcome, changeConclusionStatusFromCheck, createMemberCheck, deleteMemberCheck, getMemberCheck, importWordsAsSource,
  listMemberChecks, memberCheckName, recordResponse, removeMemberCheckItem, removeOutcome, sourceCorrections, updateMemberCheck,
} from '../../../renderer/data/memberChecks.ts';
import { deleteSource, getSource } from '../../../renderer/data/sources.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { conclusionStatus, type Id, type MemberCheck } from '../../../shared/model/index.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';

const statement = (plainText: string) => ({ content: JSON.stringify({ root: plainText }), plainText });

const checkOf = async (db: CaseweaveDatabase, id: Id): Promise<MemberCheck> => {
  const check = await getMemberCheck(db, id);
  if (check === undefined) throw new Error(`no member check ${id}`);
  return check;
};

/** The example with a new member check returning Harjo's interview transcript and a conclusion drawn here. */
const withCheck = async () => {
  const { db, project } = await seededExample();
  const informant = await db.informants.where('projectId').equals(project.id).filter((row) => row.pseudonym === 'Harjo').first();
  const transcript = await db.sources.where('projectId').equals(project.id).filter((row) => row.title.startsWith('Interview with Pak Harjo')).first();
  if (!informant || !transcript) throw new Error('the example lacks Harjo or his interview');
  const conclusion = await createConclusion(db, project.id, {
    statement: statement('Owners learn export from diaspora peers'), researchQuestionId: null, modelRole: null, codeIds: [],
  });
  const check = await createMemberCheck(db, project.id, {
    informantId: informant.id, sentOn: '2024-05-08', mode: 'whatsapp', language: 'id',
    targets: [{ kind: 'transcript', sourceId: transcript.id }, { kind: 'conclusions', conclusionIds: [conclusion.id, conclusion.id] }],
  });
  return { db, project, informant, transcript, conclusion, check };
};

const newChecksOf = async (db: CaseweaveDatabase, projectId: Id, besides: ReadonlySet<Id>) =>
  (await listMemberChecks(db, projectId)).filter((check) => !besides.has(check.id));

describe('member checks', () => {
  it('arrive with the example: Harjo confirms, Wulan corrected her transcript, linked to its correction event', async () => {
    const { db, project } = await seededExample();
    const pseudonyms = new Map((await db.informants.where('projectId').equals(project.id).toArray()).map((row) => [row.id, row.pseudonym]));
    const checks = await listMemberChecks(db, project.id);
    expect(checks.map((check) => [pseudonyms.get(check.informantId), check.items.map((item) => item.response)])).toEqual([
      ['Wulan', ['correct']], ['Harjo', ['confirm', 'confirm']],
    ]);
    const [outcome] = checks[0].items[0].outcomes;
    if (outcome?.kind !== 'transcript-correction') throw new Error('Wulan’s check lacks its transcript correction');
    expect((await sourceCorrections(db, outcome.sourceId)).map((event) => event.at)).toEqual([outcome.correctedAt]);
    const transcript = await getSource(db, outcome.sourceId);
    expect(transcript?.title).toBe('Interview with Bu Wulan (association)');
    expect(transcript?.text).toContain('We started in 2012 with nineteen members.');
    expect(transcript?.text).not.toContain('2010');
    // The links hold by the repository's own rule: the same outcome can be recorded again.
    await addOutcome(db, checks[0].id, checks[0].items[0].id, outcome);
  });

  it('records what was returned, every item waiting for an answer, audited and undoable', async () => {
    const { db, project } = await seededExample();
    const before = new Set((await listMemberChecks(db, project.id)).map((check) => check.id));
    const [first, second] = await db.informants.where('projectId').equals(project.id).sortBy('pseudonym');
    const coding = await db.codings.where('projectId').equals(project.id).first();
    if (!first || !second || !coding) throw new Error('the example lacks informants or codings');
    const undo = new UndoManager();
    const later = await createMemberCheck(db, project.id, { informantId: first.id, targets: [], sentOn: '2024-06-01', mode: 'email', language: 'en' });
    const unsent = await createMemberCheck(db, project.id, { informantId: first.id, targets: [], sentOn: null, mode: 'post', language: 'en' });
    const earlier = await createMemberCheck(db, project.id, {
      informantId: second.id, targets: [{ kind: 'excerpts', codingIds: [coding.id, coding.id] }], sentOn: '2024-05-01', mode: 'in-person', language: 'en',
    }, undo);
    expect(earlier.items).toMatchObject([{ target: { kind: 'excerpts', codingIds: [coding.id] }, response: 'none', comment: '', outcomes: [] }]);
    expect(earlier).toMatchObject({ answeredOn: null, words: '', wordsSourceId: null });
    expect((await newChecksOf(db, project.id, before)).map((check) => check.id)).toEqual([earlier.id, later.id, unsent.id]);
    expect(memberCheckName(earlier, second.pseudonym)).toBe(`${second.pseudonym} · May 1, 2024`);
    expect(memberCheckName(unsent, first.pseudonym)).toBe(first.pseudonym);
    const created = (await listAuditEvents(db, project.id)).filter((event) => event.objectId === earlier.id);
    expect(created).toMatchObject([{ action: 'create', objectType: 'memberCheck', detail: memberCheckName(earlier, second.pseudonym) }]);
    expect(undo.undoLabel).toBe(`Record member check “${second.pseudonym} · May 1, 2024”`);
    await undo.undo();
    expect(await getMemberCheck(db, earlier.id)).toBeUndefined();

    const base = { informantId: first.id, sentOn: null, mode: 'phone' as const, language: 'en' as const };
    await expect(createMemberCheck(db, project.id, { ...base, informantId: 'nobody', targets: [] })).rejects.toMatchObject({ key: 'data.error.informantNotFound' });
    await expect(createMemberCheck(db, project.id, { ...base, targets: [{ kind: 'excerpts', codingIds: [] }] }))
      .rejects.toMatchObject({ key: 'data.error.memberCheckTargetEmpty' });
    await expect(createMemberCheck(db, project.id, { ...base, targets: [{ kind: 'transcript', sourceId: 'no-such-source' }] }))
      .rejects.toMatchObject({ key: 'data.error.memberCheckTargetNotFound' });
    await expect(createMemberCheck(db, project.id, { ...base, targets: [{ kind: 'summary', summarySheetId: 'no-such-sheet' }] }))
      .rejects.toMatchObject({ key: 'data.error.memberCheckTargetNotFound' });
  });

  it('edits dates, mode, language and words, refusing an answer before the sending', async () => {
    const { db, check } = await withCheck();
    const undo = new UndoManager();
    await expect(updateMemberCheck(db, check.id, { answeredOn: '2024-05-07' })).rejects.toMatchObject({ key: 'data.error.memberCheckAnsweredBeforeSent' });
    await updateMemberCheck(db, check.id, { answeredOn: '2024-05-08', mode: 'phone', words: '  Betul, tapi bukan 2019.  ' }, undo);
    expect(await checkOf(db, check.id)).toMatchObject({ sentOn: '2024-05-08', answeredOn: '2024-05-08', mode: 'phone', language: 'id', words: '  Betul, tapi bukan 2019.  ' });
    await expect(updateMemberCheck(db, check.id, { sentOn: '2024-05-09' })).rejects.toMatchObject({ key: 'data.error.memberCheckAnsweredBeforeSent' });
    await updateMemberCheck(db, check.id, { sentOn: null, answeredOn: undefined }, undo);
    expect(await checkOf(db, check.id)).toMatchObject({ sentOn: null, answeredOn: '2024-05-08' });
    await undo.undo();
    await undo.undo();
    expect(await checkOf(db, check.id)).toMatchObject({ sentOn: '2024-05-08', answeredOn: null, mode: 'whatsapp', words: '' });
    await expect(updateMemberCheck(db, 'no-such-check', { mode: 'post' })).rejects.toMatchObject({ key: 'data.error.memberCheckNotFound' });
  });

  it('adds and removes returned items and records each response with its comment', async () => {
    const { db, project, conclusion, check } = await withCheck();
    const undo = new UndoManager();
    const [transcriptItem, conclusionsItem] = check.items;
    expect(conclusionsItem.target).toEqual({ kind: 'conclusions', conclusionIds: [conclusion.id] });
    await recordResponse(db, check.id, transcriptItem.id, 'correct', '  The year was 2018, not 2019 ', undo);
    await recordResponse(db, check.id, conclusionsItem.id, 'confirm', '', undo);
    expect((await checkOf(db, check.id)).items.map((item) => [item.response, item.comment])).toEqual([['correct', 'The year was 2018, not 2019'], ['confirm', '']]);
    await expect(recordResponse(db, check.id, 'no-such-item', 'confirm', '')).rejects.toMatchObject({ key: 'data.error.memberCheckItemNotFound' });

    const sheet = await db.summarySheets.where('projectId').equals(project.id).first();
    if (!sheet) throw new Error('the example lacks summary sheets');
    const added = await addMemberCheckItem(db, check.id, { kind: 'summary', summarySheetId: sheet.id }, undo);
    expect((await checkOf(db, check.id)).items.map((item) => item.id)).toEqual([transcriptItem.id, conclusionsItem.id, added.id]);
    await removeMemberCheckItem(db, check.id, transcriptItem.id, undo);
    expect((await checkOf(db, check.id)).items.map((item) => item.id)).toEqual([conclusionsItem.id, added.id]);
    await undo.undo();
    await undo.undo();
    await undo.undo();
    expect((await checkOf(db, check.id)).items.map((item) => [item.response, item.comment])).toEqual([['correct', 'The year was 2018, not 2019'], ['none', '']]);
    const trail = (await listAuditEvents(db, project.id)).filter((event) => event.objectId === check.id).map((event) => event.action);
    expect(trail).toEqual(['create', 'record-response', 'record-response', 'add-item', 'remove-item', 'undo-remove-item', 'undo-add-item', 'undo-record-response']);
  });

  it('returns more later in one step: every target checked, all added or none, undone at once', async () => {
    const { db, project, transcript, conclusion, check } = await withCheck();
    const undo = new UndoManager();
    const sheet = await db.summarySheets.where('projectId').equals(project.id).first();
    if (!sheet) throw new Error('the example lacks summary sheets');
    await expect(addMemberCheckItems(db, check.id, [])).rejects.toMatchObject({ key: 'data.error.memberCheckTargetEmpty' });
    await expect(addMemberCheckItems(db, check.id, [{ kind: 'summary', summarySheetId: sheet.id }, { kind: 'transcript', sourceId: 'no-such-source' }]))
      .rejects.toMatchObject({ key: 'data.error.memberCheckTargetNotFound' });
    expect((await checkOf(db, check.id)).items).toHaveLength(2);

    const added = await addMemberCheckItems(db, check.id, [
      { kind: 'summary', summarySheetId: sheet.id }, { kind: 'conclusions', conclusionIds: [conclusion.id] },
    ], undo);
    const items = (await checkOf(db, check.id)).items;
    expect(items.map((item) => item.target)).toEqual([
      { kind: 'transcript', sourceId: transcript.id }, { kind: 'conclusions', conclusionIds: [conclusion.id] },
      { kind: 'summary', summarySheetId: sheet.id }, { kind: 'conclusions', conclusionIds: [conclusion.id] },
    ]);
    expect(items.slice(2).map((item) => [item.id, item.response])).toEqual(added.map((item) => [item.id, 'none']));
    await undo.undo();
    expect((await checkOf(db, check.id)).items).toHaveLength(2);
    const trail = (await listAuditEvents(db, project.id)).filter((event) => event.objectId === check.id).map((event) => event.action);
    expect(trail).toEqual(['create', 'add-item', 'undo-add-item']);
  });

  it('records what changed: kept needs a reason, a transcript correction links only to a real correction of that source', async () => {
    const { db, project, transcript, conclusion, check } = await withCheck();
    const undo = new UndoManager();
    const item = check.items[0];
    await expect(addOutcome(db, check.id, item.id, { kind: 'kept', reason: '  ' })).rejects.toMatchObject({ key: 'data.error.memberCheckKeptReasonEmpty' });
    await addOutcome(db, check.id, item.id, { kind: 'kept', reason: ' Her wording is kept as she said it ' }, undo);
    await expect(addOutcome(db, check.id, item.id, { kind: 'conclusion-wording', conclusionId: 'no-such-conclusion', note: '' }))
      .rejects.toMatchObject({ key: 'data.error.conclusionNotFound' });
    await addOutcome(db, check.id, item.id, { kind: 'conclusion-wording', conclusionId: conclusion.id, note: ' reworded ' }, undo);

    const madeUp = { kind: 'transcript-correction' as const, sourceId: transcript.id, correctedAt: '2024-05-09T10:00:00.000Z', note: '' };
    await expect(addOutcome(db, check.id, item.id, madeUp)).rejects.toMatchObject({ key: 'data.error.memberCheckCorrectionNotFound' });
    expect(await sourceCorrections(db, transcript.id)).toEqual([]);
    const text = (await getSource(db, transcript.id))?.text ?? '';
    await correctSource(db, project.id, transcript.id, `${text}\n\n[corrected after the member check]`);
    await correctSource(db, project.id, transcript.id, `${text}\n\n[corrected twice]`);
    const corrections = await sourceCorrections(db, transcript.id);
    expect(corrections).toHaveLength(2);
    expect(corrections[0].at > corrections[1].at).toBe(true);
    const otherSource = await db.sources.where('projectId').equals(project.id).filter((row) => row.id !== transcript.id).first();
    if (!otherSource) throw new Error('the example has one source only');
    await expect(addOutcome(db, check.id, item.id, { ...madeUp, sourceId: otherSource.id, correctedAt: corrections[1].at }))
      .rejects.toMatchObject({ key: 'data.error.memberCheckCorrectionNotFound' });
    await addOutcome(db, check.id, item.id, { ...madeUp, correctedAt: corrections[1].at, note: ' 2018, not 2019 ' }, undo);
    expect((await checkOf(db, check.id)).items[0].outcomes).toEqual([
      { kind: 'kept', reason: 'Her wording is kept as she said it' },
      { kind: 'conclusion-wording', conclusionId: conclusion.id, note: 'reworded' },
      { kind: 'transcript-correction', sourceId: transcript.id, correctedAt: corrections[1].at, note: '2018, not 2019' },
    ]);

    await expect(removeOutcome(db, check.id, item.id, 3)).rejects.toMatchObject({ key: 'data.error.memberCheckOutcomeNotFound' });
    await removeOutcome(db, check.id, item.id, 1, undo);
    expect((await checkOf(db, check.id)).items[0].outcomes.map((outcome) => outcome.kind)).toEqual(['kept', 'transcript-correction']);
    await undo.undo();
    expect((await checkOf(db, check.id)).items[0].outcomes.map((outcome) => outcome.kind)).toEqual(['kept', 'conclusion-wording', 'transcript-correction']);
  });

  it('changes a conclusion’s status from a check in one commit that one undo step takes back whole', async () => {
    const { db, project, conclusion, check } = await withCheck();
    const undo = new UndoManager();
    const item = check.items[1];
    await expect(changeConclusionStatusFromCheck(db, check.id, item.id, conclusion.id, 'supported', ' ')).rejects.toMatchObject({ key: 'data.error.conclusionStatusReasonEmpty' });
    await expect(changeConclusionStatusFromCheck(db, check.id, item.id, conclusion.id, 'tentative', 'why not')).rejects.toMatchObject({ key: 'data.error.memberCheckStatusUnchanged' });
    const eventsBefore = (await listAuditEvents(db, project.id)).length;
    await changeConclusionStatusFromCheck(db, check.id, item.id, conclusion.id, 'verified', ' Harjo confirmed it ', undo);
    const trail = await listAuditEvents(db, project.id);
    // The event is about the conclusion, so its own history shows the change, and it names the check it came from.
    expect(trail.slice(eventsBefore)).toMatchObject([{
      action: 'change-status', objectType: 'conclusion', objectId: conclusion.id,
      detail: expect.stringMatching(/: verified \(Harjo confirmed it\), from the member check Harjo · /),
    }]);
    const changed = await getConclusion(db, conclusion.id);
    expect(changed?.statusHistory.at(-1)).toMatchObject({ status: 'verified', reason: 'Harjo confirmed it' });
    expect((await checkOf(db, check.id)).items[1].outcomes).toEqual([{ kind: 'conclusion-status', conclusionId: conclusion.id, note: 'Harjo confirmed it' }]);
    expect(undo.undoLabel).toContain('Change a conclusion’s status after member check');

    await undo.undo();
    expect(conclusionStatus((await getConclusion(db, conclusion.id)) ?? { statusHistory: [] })).toBe('tentative');
    expect((await checkOf(db, check.id)).items[1].outcomes).toEqual([]);
    expect(undo.canUndo).toBe(false);
    await undo.redo();
    expect(conclusionStatus((await getConclusion(db, conclusion.id)) ?? { statusHistory: [] })).toBe('verified');
    expect((await checkOf(db, check.id)).items[1].outcomes).toHaveLength(1);
  });

  it('imports the informant’s words as a codable source once, linked in the same commit', async () => {
    const { db, project, informant, check } = await withCheck();
    const undo = new UndoManager();
    await expect(importWordsAsSource(db, check.id)).rejects.toMatchObject({ key: 'data.error.memberCheckWordsEmpty' });
    await updateMemberCheck(db, check.id, { words: '   ' });
    await expect(importWordsAsSource(db, check.id)).rejects.toMatchObject({ key: 'data.error.memberCheckWordsEmpty' });
    const words = ' Betul, Pak.\n\nTapi itu tahun 2018,\nbukan 2019. ';
    await updateMemberCheck(db, check.id, { answeredOn: '2024-05-10', words });
    const sourceId = await importWordsAsSource(db, check.id, undo);
    const source = await getSource(db, sourceId);
    expect(source).toMatchObject({
      projectId: project.id, kind: 'other', text: words, informantIds: [informant.id], language: 'id', date: '2024-05-10',
      title: 'Member check: Harjo, May 10, 2024',
    });
    expect(source?.turns.map((turn) => words.slice(turn.start, turn.end))).toEqual(['Betul, Pak.', 'Tapi itu tahun 2018,\nbukan 2019.']);
    expect((await checkOf(db, check.id)).wordsSourceId).toBe(sourceId);
    await expect(importWordsAsSource(db, check.id)).rejects.toMatchObject({ key: 'data.error.memberCheckWordsImported' });

    const store = await CodingStore.load(db, project.id);
    try {
      const code = store.getSnapshot().codes[0];
      const start = words.indexOf('2018');
      const { created } = await store.applyCodings([{ sourceId, codeId: code.id, start, end: start + 4 }]);
      expect(created).toHaveLength(1);
    } finally {
      store.dispose();
    }

    const events = (await listAuditEvents(db, project.id)).filter((event) => event.action === 'import-words');
    expect(events).toMatchObject([{ objectType: 'memberCheck', objectId: check.id, detail: expect.stringContaining('Member check: Harjo') }]);
    await undo.undo();
    expect(await getSource(db, sourceId)).toBeUndefined();
    expect((await checkOf(db, check.id)).wordsSourceId).toBeNull();
  });

  it('deletes a check undoably; deleting the informant deletes their checks; deleting the words-source unlinks it', async () => {
    const { db, project, informant, check } = await withCheck();
    const undo = new UndoManager();
    await deleteMemberCheck(db, check.id, undo);
    expect(await getMemberCheck(db, check.id)).toBeUndefined();
    expect((await listAuditEvents(db, project.id)).filter((event) => event.objectId === check.id).map((event) => event.action)).toEqual(['create', 'delete']);
    await expect(deleteMemberCheck(db, check.id)).rejects.toMatchObject({ key: 'data.error.memberCheckNotFound' });
    await undo.undo();
    expect(await checkOf(db, check.id)).toEqual(check);

    await updateMemberCheck(db, check.id, { words: 'Betul.' });
    const sourceId = await importWordsAsSource(db, check.id);
    await deleteSource(db, sourceId, undo);
    expect(await checkOf(db, check.id)).toMatchObject({ wordsSourceId: null, words: 'Betul.' });
    await undo.undo();
    expect((await checkOf(db, check.id)).wordsSourceId).toBe(sourceId);

    await deleteInformant(db, informant.id, undo);
    expect(await getMemberCheck(db, check.id)).toBeUndefined();
    await undo.undo();
    expect((await checkOf(db, check.id)).informantId).toBe(informant.id);
  });
});
