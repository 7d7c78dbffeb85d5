// Coding memos on real Dexie: a coding has ONE memo (the newest memo about it), created in one undo step and
// carried by retrieval and the CSV; deleting a memo is one commit through the one delete path, undoable.
import { describe, expect, it } from 'vitest';
import type { Id } from '../../../shared/model/index.ts';
import { codingMemoOf, deleteMemo, getMemo, lexicalJsonFromPlainText, memosOfTarget, saveCodingMemo, saveMemo } from '../../../renderer/data/memos.ts';
import { exportExcerptsCsv, retrieveExcerpts } from '../../../renderer/data/retrieval.ts';
import { expectStoreMatchesDatabase, rangeOf, setUpCoding, type CodingFixture } from './codingFixture.ts';

const body = (text: string) => ({ title: '', content: lexicalJsonFromPlainText(text), plainText: text });

const codeTrader = async (fixture: CodingFixture) => {
  const { store, sourceIds, texts, codeByName } = fixture;
  const coding = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Exporters and intermediaries').id, ...rangeOf(texts[0], 'for a trader') });
  if (coding === null) throw new Error('setup');
  fixture.undo.clear();
  return coding;
};

const memoInRetrieval = async (fixture: CodingFixture, codingId: Id): Promise<string | undefined> => {
  const coding = fixture.store.codingById(codingId);
  const excerpts = await retrieveExcerpts(fixture.db, fixture.store, fixture.projectId, { codeIds: [coding?.codeId ?? ''], includeSubCodes: false });
  return excerpts.find((excerpt) => excerpt.coding.id === codingId)?.memo;
};

describe('coding memos', () => {
  it('creates the memo as ONE undo step, shown by retrieval and the CSV', async () => {
    const fixture = await setUpCoding();
    const { store, undo, db, projectId } = fixture;
    const coding = await codeTrader(fixture);

    const memo = await saveCodingMemo(db, projectId, coding.id, { ...body('Trader, not exporter.'), createAs: 'memo-fixed-id' }, undo);
    expect(memo).toMatchObject({ id: 'memo-fixed-id', target: { kind: 'coding', id: coding.id }, targetKey: `coding:${coding.id}`, plainText: 'Trader, not exporter.' });
    expect((await codingMemoOf(db, projectId, coding.id))?.id).toBe(memo.id);
    expect(await memoInRetrieval(fixture, coding.id)).toBe('Trader, not exporter.');
    const csv = new TextDecoder().decode(await exportExcerptsCsv(db, store, projectId, { codeIds: [coding.codeId], includeSubCodes: false }));
    expect(csv).toContain('Trader, not exporter.');
    expect(undo.undoLabel).toMatch(/Create memo/);
    // The coding itself is untouched: nothing on it points at the memo.
    expect(await db.codings.get(coding.id)).toEqual(coding);

    await undo.undo();
    expect(await getMemo(db, memo.id)).toBeUndefined();
    expect(await memoInRetrieval(fixture, coding.id)).toBe('');
    expect(undo.canUndo).toBe(false);
    await undo.redo();
    expect(await getMemo(db, memo.id)).toEqual(memo);
    await expectStoreMatchesDatabase(fixture);
  });

  it('keeps one memo per coding: a later save without an id updates it, each save one undo step', async () => {
    const fixture = await setUpCoding();
    const { undo, db, projectId } = fixture;
    const coding = await codeTrader(fixture);
    const first = await saveCodingMemo(db, projectId, coding.id, body('first thought'), undo);
    const again = await saveCodingMemo(db, projectId, coding.id, body('second thought'), undo);
    expect(again.id).toBe(first.id);
    expect(again.createdAt).toBe(first.createdAt);
    const edited = await saveCodingMemo(db, projectId, coding.id, { id: first.id, ...body('third thought') }, undo);
    expect(edited.id).toBe(first.id);
    expect((await memosOfTarget(db, projectId, { kind: 'coding', id: coding.id })).map((memo) => memo.plainText)).toEqual(['third thought']);

    await undo.undo();
    expect((await getMemo(db, first.id))?.plainText).toBe('second thought');
    await undo.undo();
    expect((await getMemo(db, first.id))?.plainText).toBe('first thought');
    await undo.undo();
    expect(await getMemo(db, first.id)).toBeUndefined();
    expect(undo.canUndo).toBe(false);
  });

  it('takes a memo written about the coding elsewhere as its memo, and refuses unknown codings and memos', async () => {
    const fixture = await setUpCoding();
    const { db, projectId } = fixture;
    const coding = await codeTrader(fixture);
    const old = await saveMemo(db, projectId, { target: { kind: 'coding', id: coding.id }, ...body('written on the Memos screen') });
    expect((await codingMemoOf(db, projectId, coding.id))?.id).toBe(old.id);
    const saved = await saveCodingMemo(db, projectId, coding.id, body('continued here'));
    expect(saved.id).toBe(old.id);

    const memosBefore = await db.memos.toArray();
    await expect(saveCodingMemo(db, projectId, 'no-such-coding', body('x'))).rejects.toThrow(/coded passage could not be found/);
    await expect(saveCodingMemo(db, projectId, coding.id, { id: 'no-such-memo', ...body('x') })).rejects.toThrow(/memo could not be found/);
    expect(await db.memos.toArray()).toEqual(memosBefore);
  });

  it('deletes a memo in one commit; undo brings it back to retrieval, redo removes it again', async () => {
    const fixture = await setUpCoding();
    const { undo, db, projectId } = fixture;
    const coding = await codeTrader(fixture);
    const memo = await saveCodingMemo(db, projectId, coding.id, body('to be deleted'));

    await deleteMemo(db, memo.id, undo);
    expect(await getMemo(db, memo.id)).toBeUndefined();
    expect(await memoInRetrieval(fixture, coding.id)).toBe('');
    await undo.undo();
    expect(await getMemo(db, memo.id)).toEqual(memo);
    expect(await memoInRetrieval(fixture, coding.id)).toBe('to be deleted');
    await undo.redo();
    expect(await getMemo(db, memo.id)).toBeUndefined();
    await expect(deleteMemo(db, memo.id, undo)).rejects.toThrow(/memo could not be found/);
    await expectStoreMatchesDatabase(fixture);
  });
});
