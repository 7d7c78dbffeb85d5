// Merge and delete on real Dexie: duplicate codings collapse, memos move with a merged code or coding, memos
// of deleted codes and codings go with them and come back on undo; a failing write changes nothing.
import { describe, expect, it } from 'vitest';
import { memosOfTarget, saveMemo } from '../../../renderer/data/memos.ts';
import { deleteSource } from '../../../renderer/data/sources.ts';
import { expectStoreMatchesDatabase, rangeOf, setUpCoding, storedState } from './codingFixture.ts';

const memoOn = (fixture: Awaited<ReturnType<typeof setUpCoding>>, target: Parameters<typeof saveMemo>[2]['target'], text: string) =>
  saveMemo(fixture.db, fixture.projectId, { target, title: text, content: '{}', plainText: text });

describe('merging codes', () => {
  it('moves codings, collapses exact duplicates, carries memos over, and undo restores everything', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, undo, db, projectId } = fixture;
    const training = codeByName('Training');
    const mentoring = codeByName('Mentoring');
    const trader = rangeOf(texts[0], 'a few drums for a trader');
    const later = rangeOf(texts[0], 'we learned it');
    const dup = await store.applyCoding({ sourceId: sourceIds[0], codeId: training.id, ...trader });
    const kept = await store.applyCoding({ sourceId: sourceIds[0], codeId: mentoring.id, ...trader });
    const moved = await store.applyCoding({ sourceId: sourceIds[0], codeId: training.id, ...later });
    if (!dup || !kept || !moved) throw new Error('setup');
    const codingMemo = await memoOn(fixture, { kind: 'coding', id: dup.id }, 'on the duplicate');
    const codeMemo = await memoOn(fixture, { kind: 'code', id: training.id }, 'about training');
    const before = await expectStoreMatchesDatabase(fixture);

    const report = await store.mergeCodes(training.id, mentoring.id);
    expect(report.movedCodingCount).toBe(1);
    expect(report.collapsedCodingCount).toBe(1);
    expect(store.codeById(training.id)).toBeUndefined();
    expect(store.codingById(dup.id)).toBeUndefined();
    expect(store.codingById(moved.id)?.codeId).toBe(mentoring.id);
    // The kept twin inherits the memo of the collapsed duplicate; memos of the merged code move to the target.
    expect((await memosOfTarget(db, projectId, { kind: 'coding', id: kept.id })).map((m) => m.id)).toEqual([codingMemo.id]);
    expect((await memosOfTarget(db, projectId, { kind: 'code', id: mentoring.id })).map((m) => m.id)).toEqual([codeMemo.id]);
    const after = await expectStoreMatchesDatabase(fixture);

    await undo.undo();
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(before);
    await undo.redo();
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(after);
  });
});

describe('deleting a code', () => {
  it('counts the impact, deletes sub-codes, codings and their memos, and undo restores them', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, undo, db, projectId } = fixture;
    const networks = codeByName('Business networks');
    const exporters = codeByName('Exporters and intermediaries');
    const first = await store.applyCoding({ sourceId: sourceIds[0], codeId: exporters.id, ...rangeOf(texts[0], 'a few drums for a trader') });
    await store.applyCoding({ sourceId: sourceIds[1], codeId: networks.id, ...rangeOf(texts[1], 'buyers asked') });
    await store.applyCoding({ sourceId: sourceIds[1], codeId: codeByName('Training').id, ...rangeOf(texts[1], 'we learned it') });
    if (!first) throw new Error('setup');
    await memoOn(fixture, { kind: 'coding', id: first.id }, 'coding memo');
    await memoOn(fixture, { kind: 'code', id: exporters.id }, 'code memo');
    await memoOn(fixture, { kind: 'project' }, 'project memo stays');
    const before = await expectStoreMatchesDatabase(fixture);

    const impact = store.deleteCodeImpact(networks.id);
    expect(impact).toMatchObject({ codeCount: 6, subCodeCount: 5, codingCount: 2, sourceCount: 2 });
    await store.deleteCode(networks.id);
    const after = await expectStoreMatchesDatabase(fixture);
    expect(after.codes.some((code) => code.id === exporters.id)).toBe(false);
    expect(after.codings).toHaveLength(1);
    expect(after.memos.map((memo) => memo.title)).toEqual(['project memo stays']);
    expect(undo.undoLabel).toMatch(/Business networks/);

    await undo.undo();
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(before);
    expect(await db.memos.where('projectId').equals(projectId).count()).toBe(3);
    await undo.redo();
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(after);
  });

  it('removeCoding deletes the memo of the coding and undo brings it back', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, undo, db } = fixture;
    const coding = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, ...rangeOf(texts[0], 'we learned it') });
    if (!coding) throw new Error('setup');
    const memo = await memoOn(fixture, { kind: 'coding', id: coding.id }, 'coding memo');
    await store.removeCoding(coding.id);
    expect(await db.memos.get(memo.id)).toBeUndefined();
    await undo.undo();
    expect(await db.memos.get(memo.id)).toEqual(memo);
    expect(store.codingById(coding.id)).toEqual(coding);
    await expectStoreMatchesDatabase(fixture);
  });
});

describe('a failing transaction', () => {
  it('leaves memory and database unchanged and propagates the error', async () => {
    const fixture = await setUpCoding();
    const { store, db, projectId, sourceIds, texts, codeByName, undo } = fixture;
    await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, ...rangeOf(texts[0], 'we learned it') });
    const snapshot = store.getSnapshot();
    const before = await storedState(db, projectId);
    const undoBefore = undo.getState();
    const failing = () => {
      throw new Error('disk full (injected)');
    };
    db.codings.hook('creating', failing);
    db.codings.hook('deleting', failing);
    try {
      await expect(store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Training').id, start: 0, end: 5 })).rejects.toThrow(/disk full/);
      await expect(store.deleteCode(codeByName('Business networks').id)).rejects.toThrow(/disk full/);
      await expect(store.deleteCode(codeByName('Learning').id)).rejects.toThrow(/disk full/);
    } finally {
      db.codings.hook('creating').unsubscribe(failing);
      db.codings.hook('deleting').unsubscribe(failing);
    }
    expect(store.getSnapshot()).toBe(snapshot);
    expect(await storedState(db, projectId)).toEqual(before);
    expect(undo.getState()).toEqual(undoBefore);
    // The store still works afterwards.
    expect(await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Training').id, start: 0, end: 5 })).not.toBeNull();
    await expectStoreMatchesDatabase(fixture);
  });
});

describe('following source deletion', () => {
  it('drops the codings of a deleted source from memory and takes them back when the deletion is undone', async () => {
    const fixture = await setUpCoding();
    const { store, sourceIds, texts, codeByName, db, undo } = fixture;
    await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, ...rangeOf(texts[0], 'we learned it') });
    await store.applyCoding({ sourceId: sourceIds[1], codeId: codeByName('Learning').id, ...rangeOf(texts[1], 'we learned it') });
    await deleteSource(db, sourceIds[0], undo);
    await store.idle();
    expect(store.codingsOfSource(sourceIds[0])).toEqual([]);
    expect(store.getSnapshot().codings).toHaveLength(1);
    await undo.undo();
    await store.idle();
    expect(store.codingsOfSource(sourceIds[0])).toHaveLength(1);
    await expectStoreMatchesDatabase(fixture);
  });
});
