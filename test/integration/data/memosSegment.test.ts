// Segment memos on real Dexie: a coded segment has ONE memo, created and linked (coding.memoId) as one undo step
// and carried by retrieval and the CSV; deleting any memo unlinks the codings that point at it, undo relinks.
import { describe, expect, it } from 'vitest';
import type { Id } from '../../../shared/model/index.ts';
import { deleteMemo, getMemo, lexicalJsonFromPlainText, memosOfTarget, saveMemo, saveSegmentMemo, segmentMemoOf } from '../../../renderer/data/memos.ts';
import { exportExcerptsCsv, retrieveExcerpts } from '../../../renderer/data/retrieval.ts';
import { expectStoreMatchesDatabase, rangeOf, setUpCoding, type CodingFixture } from './codingFixture.ts';

const body = (text: string) => ({ title: '', content: lexicalJsonFromPlainText(text), plainText: text });

const codeTrader = async (fixture: CodingFixture) => {
  const { store, sourceIds, texts, codeByName } = fixture;
  const coding = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Exporters and intermediaries').id, ...rangeOf(texts[0], 'for a trader') });
  if (coding === null) throw new Error('setup');
  return coding;
};

const memoInRetrieval = async (fixture: CodingFixture, codingId: Id): Promise<string | undefined> => {
  const coding = fixture.store.codingById(codingId);
  const excerpts = await retrieveExcerpts(fixture.db, fixture.store, fixture.projectId, { codeIds: [coding?.codeId ?? ''], includeSubCodes: false });
  return excerpts.find((excerpt) => excerpt.coding.id === codingId)?.memo;
};

const storedMemoId = async (fixture: CodingFixture, codingId: Id): Promise<Id | null | undefined> => (await fixture.db.codings.get(codingId))?.memoId;

describe('segment memos', () => {
  it('creates the memo and links it to the coding as ONE undo step, shown by retrieval and the CSV', async () => {
    const fixture = await setUpCoding();
    const { store, undo, db, projectId } = fixture;
    const coding = await codeTrader(fixture);
    const stepsBefore = undo.getState();

    const memo = await saveSegmentMemo(store, coding.id, { ...body('Trader, not exporter.'), createAs: 'memo-fixed-id' });
    expect(memo).toMatchObject({ id: 'memo-fixed-id', target: { kind: 'coding', id: coding.id }, targetKey: `coding:${coding.id}`, plainText: 'Trader, not exporter.' });
    expect(store.codingById(coding.id)?.memoId).toBe(memo.id);
    expect(await storedMemoId(fixture, coding.id)).toBe(memo.id);
    expect(await memoInRetrieval(fixture, coding.id)).toBe('Trader, not exporter.');
    const csv = new TextDecoder().decode(await exportExcerptsCsv(db, store, projectId, { codeIds: [coding.codeId], includeSubCodes: false }));
    expect(csv).toContain('Trader, not exporter.');
    expect(stepsBefore.undoLabel).not.toBe(undo.getState().undoLabel);
    await expectStoreMatchesDatabase(fixture);

    // One undo removes the memo AND the link; one redo brings both back.
    await undo.undo();
    expect(await getMemo(db, memo.id)).toBeUndefined();
    expect(store.codingById(coding.id)?.memoId).toBeNull();
    expect(await storedMemoId(fixture, coding.id)).toBeNull();
    expect(undo.getState().undoLabel).toBe(stepsBefore.undoLabel);
    await expectStoreMatchesDatabase(fixture);
    await undo.redo();
    expect(await getMemo(db, memo.id)).toEqual(memo);
    expect(store.codingById(coding.id)?.memoId).toBe(memo.id);
    await expectStoreMatchesDatabase(fixture);
  });

  it('keeps one memo per segment: a later save without an id updates the linked memo, each save one undo step', async () => {
    const fixture = await setUpCoding();
    const { store, undo, db, projectId } = fixture;
    const coding = await codeTrader(fixture);
    const first = await saveSegmentMemo(store, coding.id, body('first thought'));
    const again = await saveSegmentMemo(store, coding.id, body('second thought'));
    expect(again.id).toBe(first.id);
    expect(again.createdAt).toBe(first.createdAt);
    const edited = await saveSegmentMemo(store, coding.id, { id: first.id, ...body('third thought') });
    expect(edited.id).toBe(first.id);
    expect((await memosOfTarget(db, projectId, { kind: 'coding', id: coding.id })).map((memo) => memo.plainText)).toEqual(['third thought']);
    expect((await segmentMemoOf(db, projectId, store.codingById(coding.id) ?? coding))?.id).toBe(first.id);

    await undo.undo();
    expect((await getMemo(db, first.id))?.plainText).toBe('second thought');
    expect(store.codingById(coding.id)?.memoId).toBe(first.id);
    await undo.undo();
    expect((await getMemo(db, first.id))?.plainText).toBe('first thought');
    await undo.undo();
    expect(await getMemo(db, first.id)).toBeUndefined();
    expect(store.codingById(coding.id)?.memoId).toBeNull();
    await expectStoreMatchesDatabase(fixture);
  });

  it('links a memo written before links existed on its first save, and refuses unknown codings and memos', async () => {
    const fixture = await setUpCoding();
    const { store, db, projectId } = fixture;
    const coding = await codeTrader(fixture);
    const old = await saveMemo(db, projectId, { target: { kind: 'coding', id: coding.id }, ...body('unlinked') });
    expect((await segmentMemoOf(db, projectId, coding))?.id).toBe(old.id);
    await saveSegmentMemo(store, coding.id, { id: old.id, ...body('now linked') });
    expect(store.codingById(coding.id)?.memoId).toBe(old.id);

    const before = await expectStoreMatchesDatabase(fixture);
    await expect(saveSegmentMemo(store, 'no-such-coding', body('x'))).rejects.toThrow(/coded passage could not be found/);
    await expect(saveSegmentMemo(store, coding.id, { id: 'no-such-memo', ...body('x') })).rejects.toThrow(/memo could not be found/);
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(before);
  });
});

describe('deleting a memo unlinks its codings', () => {
  it('through the open store: memory and database unlink, undo relinks, redo unlinks again', async () => {
    const fixture = await setUpCoding();
    const { store, undo, db } = fixture;
    const coding = await codeTrader(fixture);
    const memo = await saveSegmentMemo(store, coding.id, body('to be deleted'));

    await deleteMemo(db, memo.id, undo, store);
    expect(await getMemo(db, memo.id)).toBeUndefined();
    expect(store.codingById(coding.id)?.memoId).toBeNull();
    expect(await storedMemoId(fixture, coding.id)).toBeNull();
    expect(await memoInRetrieval(fixture, coding.id)).toBe('');
    await expectStoreMatchesDatabase(fixture);

    await undo.undo();
    expect(await getMemo(db, memo.id)).toEqual(memo);
    expect(store.codingById(coding.id)?.memoId).toBe(memo.id);
    expect(await memoInRetrieval(fixture, coding.id)).toBe('to be deleted');
    await expectStoreMatchesDatabase(fixture);

    await undo.redo();
    expect(store.codingById(coding.id)?.memoId).toBeNull();
    expect(await getMemo(db, memo.id)).toBeUndefined();
    await expectStoreMatchesDatabase(fixture);
  });

  it('without a store: the database is unlinked and relinked in one transaction each', async () => {
    const fixture = await setUpCoding();
    const { store, db, undo } = fixture;
    const coding = await codeTrader(fixture);
    const memo = await saveSegmentMemo(store, coding.id, body('no store'));
    const untouched = await saveMemo(db, fixture.projectId, { target: { kind: 'project' }, ...body('project memo') });

    await deleteMemo(db, memo.id, undo);
    expect(await storedMemoId(fixture, coding.id)).toBeNull();
    await undo.undo();
    expect(await storedMemoId(fixture, coding.id)).toBe(memo.id);
    expect(await getMemo(db, memo.id)).toEqual(memo);
    await undo.redo();
    expect(await storedMemoId(fixture, coding.id)).toBeNull();

    // A memo no coding links deletes as before.
    await deleteMemo(db, untouched.id, undo, store);
    expect(await getMemo(db, untouched.id)).toBeUndefined();
    await expect(deleteMemo(db, untouched.id, undo, store)).rejects.toThrow(/memo could not be found/);
  });
});
