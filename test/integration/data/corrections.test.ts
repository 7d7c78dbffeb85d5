// Transcript corrections on real Dexie: codings keep covering the same words (inside, at the edges and
// around the edit), turns and word count follow, a coding whose words vanish goes with its memo, undo restores all.
import { describe, expect, it } from 'vitest';
import { correctSource } from '../../../renderer/data/corrections.ts';
import { keysPut, onDataEvent, type DataEvent } from '../../../renderer/data/dataEvents.ts';
import { saveMemo } from '../../../renderer/data/memos.ts';
import { getSource } from '../../../renderer/data/sources.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { expectStoreMatchesDatabase, rangeOf, setUpCoding } from './codingFixture.ts';

const coveredText = async (fixture: Awaited<ReturnType<typeof setUpCoding>>, sourceId: string): Promise<string[]> => {
  const source = await getSource(fixture.db, sourceId);
  return fixture.store.codingsOfSource(sourceId).map((coding) => source?.text.slice(coding.start, coding.end) ?? '');
};

describe('correctSource', () => {
  it('moves codings with their words, updates turns and word count in one step, and undo/redo restore exactly', async () => {
    const fixture = await setUpCoding();
    const { db, store, sourceIds, texts, codeByName, undo, projectId } = fixture;
    const [sourceId] = sourceIds;
    const text = texts[0];
    await store.applyCoding({ sourceId, codeId: codeByName('Learning').id, ...rangeOf(text, 'buyers asked for dry wood') });
    await store.applyCoding({ sourceId, codeId: codeByName('Training').id, ...rangeOf(text, 'we learned it') });
    await store.applyCoding({ sourceId, codeId: codeByName('Exporters and intermediaries').id, ...rangeOf(text, 'a few drums for a trader') });
    const vanishing = await store.applyCoding({ sourceId, codeId: codeByName('Mentoring').id, ...rangeOf(text, 'And later?') });
    if (!vanishing) throw new Error('setup');
    const memo = await saveMemo(db, projectId, { target: { kind: 'coding', id: vanishing.id }, title: 'm', content: '{}', plainText: 'm' });
    const beforeSource = await getSource(db, sourceId);
    const beforeRow = await db.sources.get(sourceId);
    const before = await expectStoreMatchesDatabase(fixture);

    // A typo fixed inside a coding, a word added at the edge of another, text inserted before all of them,
    // and the words of one coding deleted entirely.
    const corrected = text
      .replace('Later the buyers asked for dry wood', 'Later the buyers asked for really dry wood')
      .replace('We began with a few drums', 'At first we began with a few drums')
      .replace('we learned it', 'we learned it well')
      .replace('And later?', '');
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));
    const result = await correctSource(db, projectId, sourceId, corrected, undo);
    stop();
    expect(result.removedCodings).toBe(1);
    expect(result.movedCodings).toBeGreaterThanOrEqual(2);
    expect(events.map((event) => keysPut(event, 'sourceTexts'))).toEqual([[sourceId]]);
    const afterSource = await getSource(db, sourceId);
    expect(afterSource?.text).toBe(corrected);
    expect(await coveredText(fixture, sourceId)).toEqual(['a few drums for a trader', 'buyers asked for really dry wood', 'we learned it']);
    expect(await db.memos.get(memo.id)).toBeUndefined();
    expect((await db.sources.get(sourceId))?.wordCount).toBe((beforeRow?.wordCount ?? 0) + 4 - 2);
    for (const turn of afterSource?.turns ?? []) expect(turn.end).toBeLessThanOrEqual(corrected.length);
    const after = await expectStoreMatchesDatabase(fixture);
    // A new coding respects the new text length.
    await store.applyCoding({ sourceId, codeId: codeByName('Learning').id, start: corrected.length - 3, end: corrected.length });
    await undo.undo();

    await undo.undo();
    expect(await getSource(db, sourceId)).toEqual(beforeSource);
    expect((await db.sources.get(sourceId))?.wordCount).toBe(beforeRow?.wordCount);
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(before);
    expect(await db.memos.get(memo.id)).toEqual(memo);

    await undo.redo();
    expect((await getSource(db, sourceId))?.text).toBe(corrected);
    expect((await getSource(db, sourceId))?.turns).toEqual(afterSource?.turns);
    expect(await expectStoreMatchesDatabase(fixture)).toEqual(after);
  });

  it('writes nothing for an unchanged text and refuses a source of another project', async () => {
    const fixture = await setUpCoding();
    const { db, projectId, sourceIds, texts, undo } = fixture;
    expect(await correctSource(db, projectId, sourceIds[0], texts[0], undo)).toEqual({ movedCodings: 0, removedCodings: 0 });
    expect(undo.canUndo).toBe(false);
    await expect(correctSource(db, projectId, 'no-such-source', 'x', undo)).rejects.toThrow(/could not be found/);
    const other = await createProject(db, { name: 'Other' });
    await expect(correctSource(db, other.id, sourceIds[0], 'x', undo)).rejects.toThrow(/could not be found/);
  });
});
