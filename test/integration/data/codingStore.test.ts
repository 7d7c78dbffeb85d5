// CodingStore on real Dexie (fake-indexeddb): every action, its undo and its redo leave memory and database
// in agreement, and a store loaded afresh from the database sees the same codes and codings.
import { describe, expect, it } from 'vitest';
import { saveCodingMemo, saveMemo } from '../../../renderer/data/memos.ts';
import { createCoder, setCurrentCoder } from '../../../renderer/data/coders.ts';
import { onDataEvent, type DataEvent } from '../../../renderer/data/dataEvents.ts';
import { changedTables } from '../../../shared/project/projectChange.ts';
import { expectStoreMatchesDatabase, rangeOf, setUpCoding, storedState, type CodingFixture } from './codingFixture.ts';

type Step = { name: string; run: (fixture: CodingFixture) => Promise<unknown> };

/** A project with a few codings already there, so the actions below have something to work on. */
const withCodings = async (): Promise<CodingFixture & { codingIds: string[] }> => {
  const fixture = await setUpCoding();
  const { store, sourceIds, texts, codeByName } = fixture;
  const a = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Exporters and intermediaries').id, ...rangeOf(texts[0], 'a few drums for a trader') });
  const b = await store.applyCoding({ sourceId: sourceIds[1], codeId: codeByName('Training').id, ...rangeOf(texts[1], 'we learned it') });
  if (!a || !b) throw new Error('setup codings were skipped');
  fixture.undo.clear();
  return { ...fixture, codingIds: [a.id, b.id] };
};

const STEPS: Step[] = [
  { name: 'createCode', run: ({ store, codeByName }) => store.createCode({ parentId: codeByName('Diaspora').id, name: 'Remittances', definition: 'Money sent home', index: 0 }) },
  { name: 'renameCode', run: ({ store, codeByName }) => store.renameCode(codeByName('Learning').id, 'Learning by doing') },
  { name: 'recolorCode', run: ({ store, codeByName }) => store.recolorCode(codeByName('Diaspora').id, '#123456') },
  { name: 'updateCodeDetails', run: ({ store, codeByName }) => store.updateCodeDetails(codeByName('Training').id, { definition: 'Sessions run by the association', status: 'stable', modelRole: 'capacity' }) },
  { name: 'moveCode', run: ({ store, codeByName }) => store.moveCode(codeByName('Learning').id, codeByName('Diaspora').id, 1) },
  {
    name: 'reorderSiblings',
    run: ({ store }) => {
      const top = store.getSnapshot().codes.filter((code) => code.parentId === null).sort((a, b) => a.order - b.order);
      return store.reorderSiblings(null, top.map((code) => code.id).reverse());
    },
  },
  { name: 'applyCoding', run: ({ store, sourceIds, texts, codeByName }) => store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, ...rangeOf(texts[0], 'we learned it') }) },
  {
    name: 'applyCodings',
    run: ({ store, sourceIds, texts, codeByName }) => {
      const codeId = codeByName('Market information').id;
      return store.applyCodings(sourceIds.map((sourceId, index) => ({ sourceId, codeId, ...rangeOf(texts[index], 'buyers asked') })));
    },
  },
  { name: 'createInVivoCode', run: ({ store, sourceIds, texts }) => store.createInVivoCode(sourceIds[0], rangeOf(texts[0], 'then more came').start, rangeOf(texts[0], 'then more came').end, '“then more came.”') },
  { name: 'removeCoding', run: ({ store, sourceIds }) => store.removeCoding(store.codingsOfSource(sourceIds[0])[0].id) },
  { name: 'recodeCoding', run: ({ store, sourceIds, codeByName }) => store.recodeCoding(store.codingsOfSource(sourceIds[1])[0].id, codeByName('Mentoring').id) },
  { name: 'deleteCode', run: ({ store, codeByName }) => store.deleteCode(codeByName('Business networks').id) },
  { name: 'mergeCodes', run: ({ store, codeByName }) => store.mergeCodes(codeByName('Training').id, codeByName('Mentoring').id) },
];

describe('CodingStore actions with undo and redo', () => {
  for (const step of STEPS) {
    it(`${step.name}: memory and database agree after the action, its undo and its redo`, async () => {
      const fixture = await withCodings();
      const before = await expectStoreMatchesDatabase(fixture);
      await step.run(fixture);
      const after = await expectStoreMatchesDatabase(fixture);
      expect(after).not.toEqual(before);
      expect(fixture.undo.canUndo).toBe(true);

      await fixture.undo.undo();
      expect(await expectStoreMatchesDatabase(fixture)).toEqual(before);
      expect(fixture.undo.canRedo).toBe(true);

      await fixture.undo.redo();
      expect(await expectStoreMatchesDatabase(fixture)).toEqual(after);
      expect(fixture.undo.canUndo).toBe(true);
      expect(fixture.undo.canRedo).toBe(false);
    });
  }

  it('removing a coding removes its memo in the same commit, and undo brings both back', async () => {
    const fixture = await withCodings();
    const [codingId] = fixture.codingIds;
    const memo = await saveCodingMemo(fixture.db, fixture.projectId, codingId, { title: 'Why', content: '{}', plainText: 'Because' });
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));
    await fixture.store.removeCoding(codingId);
    stop();
    expect(await fixture.db.memos.get(memo.id)).toBeUndefined();
    expect(events.map((event) => changedTables(event.change))).toEqual([['codings', 'memos']]);
    await fixture.undo.undo();
    expect(await fixture.db.memos.get(memo.id)).toEqual(memo);
    expect(fixture.store.codingById(codingId)).toBeDefined();
    await fixture.undo.redo();
    expect(await fixture.db.memos.get(memo.id)).toBeUndefined();
    await expectStoreMatchesDatabase(fixture);
  });

  it('skips an exact duplicate coding without writing or pushing an undo step', async () => {
    const fixture = await withCodings();
    const existing = fixture.store.codingById(fixture.codingIds[0]);
    if (!existing) throw new Error('missing coding');
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));
    const again = await fixture.store.applyCoding({ sourceId: existing.sourceId, codeId: existing.codeId, start: existing.start, end: existing.end });
    stop();
    expect(again).toBeNull();
    expect(fixture.undo.canUndo).toBe(false);
    expect(events).toEqual([]);
  });

  it('records the current coder on codings by id and refuses ranges outside the text', async () => {
    const fixture = await setUpCoding();
    const ana = await createCoder(fixture.db, 'Ana');
    await setCurrentCoder(fixture.db, ana.id);
    const { store, sourceIds, texts, codeByName } = fixture;
    const coding = await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, start: 0, end: 4 });
    expect(coding?.coderId).toBe(ana.id);
    await expect(store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, start: 2, end: texts[0].length + 1 })).rejects.toThrow(/outside the text/);
    await expectStoreMatchesDatabase(fixture);
  });

  it('applyCodings codes several ranges as ONE undo step and reports the skipped repeats', async () => {
    const fixture = await withCodings();
    const { store, sourceIds, texts, codeByName, undo } = fixture;
    const codeId = codeByName('Exporters and intermediaries').id;
    const result = await store.applyCodings([
      { sourceId: sourceIds[0], codeId, ...rangeOf(texts[0], 'a few drums for a trader') },
      { sourceId: sourceIds[0], codeId, ...rangeOf(texts[0], 'buyers asked') },
      { sourceId: sourceIds[1], codeId, ...rangeOf(texts[1], 'buyers asked') },
    ]);
    expect(result.created).toHaveLength(2);
    expect(result.skipped).toBe(1);
    expect(undo.undoLabel).toMatch(/2 passages/);
    await undo.undo();
    expect(undo.canUndo).toBe(false);
    expect(fixture.store.getSnapshot().codings).toHaveLength(2);
    await expectStoreMatchesDatabase(fixture);
  });

  it('in-vivo coding creates the code and the coding as one undo step and reuses an existing namesake', async () => {
    const fixture = await withCodings();
    const { store, sourceIds, texts, undo } = fixture;
    const range = rangeOf(texts[0], 'then more came');
    const { code, coding } = await store.createInVivoCode(sourceIds[0], range.start, range.end, ' "then  more came." ');
    expect(code.name).toBe('then more came');
    expect(coding.codeId).toBe(code.id);
    expect(store.codeById(code.id)?.parentId).toBeNull();
    const second = rangeOf(texts[1], 'then more came');
    const reused = await store.createInVivoCode(sourceIds[1], second.start, second.end, 'then more came');
    expect(reused.code.id).toBe(code.id);
    await undo.undo();
    await undo.undo();
    expect(store.codeById(code.id)).toBeUndefined();
    expect(store.codingById(coding.id)).toBeUndefined();
    await expectStoreMatchesDatabase(fixture);
  });

  it('publishes each committed change once, the action and its undo, with the rows written', async () => {
    const fixture = await withCodings();
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));
    const training = fixture.codeByName('Training');
    await fixture.store.renameCode(training.id, 'Trainings');
    await fixture.undo.undo();
    stop();
    expect(events.map((event) => [event.projectId, changedTables(event.change)])).toEqual([
      [fixture.projectId, ['codes']],
      [fixture.projectId, ['codes']],
    ]);
    expect(events[0].change.codes?.put.map((code) => code.name)).toEqual(['Trainings']);
    expect(events[1].change.codes?.put).toEqual([training]);
  });

  it('a merge moves the memos of the merged code and of collapsed codings to what absorbed them', async () => {
    const fixture = await withCodings();
    const { store, db, projectId, sourceIds, texts, codeByName } = fixture;
    const from = codeByName('Training');
    const into = codeByName('Mentoring');
    const range = rangeOf(texts[1], 'we learned it');
    const twin = await store.applyCoding({ sourceId: sourceIds[1], codeId: into.id, ...range });
    const collapsing = store.codingsOfSource(sourceIds[1]).find((coding) => coding.codeId === from.id);
    if (twin === null || collapsing === undefined) throw new Error('setup failed');
    const codeMemo = await saveMemo(db, projectId, { target: { kind: 'code', id: from.id }, title: 'On training', content: '{}', plainText: 'x' });
    const codingMemo = await saveCodingMemo(db, projectId, collapsing.id, { title: 'On the passage', content: '{}', plainText: 'y' });
    const report = await store.mergeCodes(from.id, into.id);
    expect(report.collapsedInto).toEqual({ [collapsing.id]: twin.id });
    expect((await db.memos.get(codeMemo.id))?.target).toEqual({ kind: 'code', id: into.id });
    expect((await db.memos.get(codingMemo.id))?.target).toEqual({ kind: 'coding', id: twin.id });
    await fixture.undo.undo();
    expect(await db.memos.get(codeMemo.id)).toEqual(codeMemo);
    expect(await db.memos.get(codingMemo.id)).toEqual(codingMemo);
    await expectStoreMatchesDatabase(fixture);
  });

  it('takes a painted change back when its write fails, and pushes no undo step', async () => {
    const fixture = await withCodings();
    const { store, db, sourceIds, texts, codeByName, undo } = fixture;
    const before = await expectStoreMatchesDatabase(fixture);
    const painted: number[] = [];
    const stop = store.subscribe(() => painted.push(store.codingsOfSource(sourceIds[0]).length));
    // The database refuses the write: the coding shows, then goes, and the error reaches the caller.
    db.close();
    await expect(store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, ...rangeOf(texts[0], 'we learned it') })).rejects.toThrow();
    stop();
    await db.open();
    expect(painted).toEqual([2, 1]);
    expect(undo.canUndo).toBe(false);
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(before);
  });

  it('keeps per-source lists sorted and hands out the same list while its source is untouched', async () => {
    const fixture = await withCodings();
    const { store, sourceIds, texts, codeByName } = fixture;
    const otherList = store.codingsOfSource(sourceIds[1]);
    await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Learning').id, start: 0, end: 3 });
    await store.applyCoding({ sourceId: sourceIds[0], codeId: codeByName('Training').id, ...rangeOf(texts[0], 'And later?') });
    expect(store.codingsOfSource(sourceIds[1])).toBe(otherList);
    const starts = store.codingsOfSource(sourceIds[0]).map((coding) => coding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });

  it('notifies subscribers with a new immutable snapshot', async () => {
    const fixture = await withCodings();
    const snapshot = fixture.store.getSnapshot();
    let calls = 0;
    const stop = fixture.store.subscribe(() => {
      calls += 1;
    });
    await fixture.store.recolorCode(fixture.codeByName('Training').id, '#abcdef');
    stop();
    expect(calls).toBe(1);
    expect(fixture.store.getSnapshot()).not.toBe(snapshot);
    expect(snapshot.codes.find((code) => code.name === 'Training')?.color).not.toBe('#abcdef');
  });

  it('shows a new coding (and its count) to subscribers at once, and resolves only once it is stored', async () => {
    const fixture = await withCodings();
    const { store, db, sourceIds, texts, codeByName } = fixture;
    const codeId = codeByName('Learning').id;
    const countBefore = store.getCodingCounts().get(codeId) ?? 0;
    const treeBefore = store.getCodeTree();
    const seen: { inMemory: number; count: number | undefined }[] = [];
    const stop = store.subscribe(() => {
      seen.push({ inMemory: store.codingsOfSource(sourceIds[0]).filter((coding) => coding.codeId === codeId).length, count: store.getCodingCounts().get(codeId) });
    });
    const coding = await store.applyCoding({ sourceId: sourceIds[0], codeId, ...rangeOf(texts[0], 'we learned it') });
    stop();
    expect(seen).toEqual([{ inMemory: 1, count: countBefore + 1 }]);
    expect(coding).not.toBeNull();
    expect(await db.codings.get(coding?.id ?? '')).toEqual(coding);
    expect(store.getCodeTree()).not.toBe(treeBefore);
    // Nothing changed: the same tree is handed out again.
    expect(store.getCodeTree()).toBe(store.getCodeTree());
  });

  it('lets an undo pressed the moment the coding shows revert that coding, not the one before', async () => {
    const fixture = await withCodings();
    const { store, undo, sourceIds, texts, codeByName } = fixture;
    const before = await expectStoreMatchesDatabase(fixture);
    const codeId = codeByName('Training').id;
    let undone: Promise<void> | null = null;
    const stop = store.subscribe(() => {
      // The first notification is the coding appearing on screen; the user presses Ctrl+Z right then.
      undone ??= undo.undo();
    });
    await store.applyCoding({ sourceId: sourceIds[0], codeId, ...rangeOf(texts[0], 'we learned it') });
    await undone;
    await store.idle();
    stop();
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(before);
    expect(undo.redoLabel).not.toBeNull();
    await undo.redo();
    expect(store.codingsOfSource(sourceIds[0]).some((coding) => coding.codeId === codeId)).toBe(true);
    await expectStoreMatchesDatabase(fixture);
  });

  it('runs concurrent actions one after another without losing any', async () => {
    const fixture = await withCodings();
    const { store, sourceIds, codeByName } = fixture;
    const codeId = codeByName('Learning').id;
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.applyCoding({ sourceId: sourceIds[0], codeId, start: n, end: n + 2 })));
    expect(store.codingsOfSource(sourceIds[0]).filter((coding) => coding.codeId === codeId)).toHaveLength(5);
    const stored = await storedState(fixture.db, fixture.projectId);
    expect(stored.codings.filter((coding) => coding.codeId === codeId)).toHaveLength(5);
  });
});
