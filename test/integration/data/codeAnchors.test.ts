// A code's anchor example on real Dexie: choosing one of its codings is one undoable, audited store action; a coding
// of another code is refused; deleting the anchored coding clears the anchor in the same commit (and undo brings
// both back); recoding it away leaves the anchor counting as none; the project file carries the anchor.
import { describe, expect, it } from 'vitest';
import { anchorCodingOf, chosenAnchor } from '../../../shared/codebook/index.ts';
import { readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { readProjectFile, writeProjectFile } from '../../../shared/projectFile/index.ts';
import { expectStoreMatchesDatabase, rangeOf, setUpCoding } from './codingFixture.ts';

const META = { appVersion: '0.1.0', schemaVersion: 9, savedAt: '2025-06-01T12:00:00.000Z' };

describe('the anchor example of a code', () => {
  it('is chosen, cleared and undone through the store, audited, refused for another code\'s coding, and saved in the file', async () => {
    const fixture = await setUpCoding();
    const { db, store, undo, projectId, sourceIds, texts, codeByName } = fixture;
    const training = codeByName('Training');
    const first = await store.applyCoding({ sourceId: sourceIds[0], codeId: training.id, ...rangeOf(texts[0], 'dry wood') });
    const second = await store.applyCoding({ sourceId: sourceIds[1], codeId: training.id, ...rangeOf(texts[1], 'painted drums') });
    const other = await store.applyCoding({ sourceId: sourceIds[1], codeId: codeByName('Learning').id, ...rangeOf(texts[1], 'painted drums') });
    if (first === null || second === null || other === null) throw new Error('not coded');
    const codings = () => store.getSnapshot().codings;
    expect(anchorCodingOf(codeByName('Training'), codings())?.id).toBe(first.id);

    await store.setCodeAnchor(training.id, second.id);
    expect((await db.codes.get(training.id))?.anchorCodingId).toBe(second.id);
    expect(anchorCodingOf(codeByName('Training'), codings())?.id).toBe(second.id);
    const trail = await db.auditEvents.where('projectId').equals(projectId).toArray();
    expect(trail.at(-1)).toMatchObject({ action: 'set-anchor', objectType: 'code', objectId: training.id });
    await expect(store.setCodeAnchor(training.id, other.id)).rejects.toThrow('Only a coded excerpt of this code can be its anchor example.');

    const reading = await readProjectFile(await writeProjectFile(await readProjectSnapshot(db, projectId), META), { fileName: 'Anchored.caseweave' });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(reading.snapshot.tables.codes?.find((code) => code.id === training.id)?.anchorCodingId).toBe(second.id);

    await store.setCodeAnchor(training.id, null);
    expect((await db.codes.get(training.id))?.anchorCodingId).toBeNull();
    expect((await db.auditEvents.where('projectId').equals(projectId).toArray()).at(-1)?.action).toBe('clear-anchor');
    await undo.undo();
    expect((await db.codes.get(training.id))?.anchorCodingId).toBe(second.id);
    await expectStoreMatchesDatabase(fixture);
  });

  it('is cleared with the coding it names when that is deleted, back with undo; recoded away, it counts as none', async () => {
    const fixture = await setUpCoding();
    const { db, store, undo, sourceIds, texts, codeByName } = fixture;
    const training = codeByName('Training');
    const first = await store.applyCoding({ sourceId: sourceIds[0], codeId: training.id, ...rangeOf(texts[0], 'dry wood') });
    const second = await store.applyCoding({ sourceId: sourceIds[1], codeId: training.id, ...rangeOf(texts[1], 'painted drums') });
    if (first === null || second === null) throw new Error('not coded');
    await store.setCodeAnchor(training.id, second.id);

    await store.removeCoding(second.id);
    expect((await db.codes.get(training.id))?.anchorCodingId).toBeNull();
    await expectStoreMatchesDatabase(fixture);
    expect(anchorCodingOf(codeByName('Training'), store.getSnapshot().codings)?.id).toBe(first.id);
    await undo.undo();
    expect(await db.codings.get(second.id)).toBeDefined();
    expect((await db.codes.get(training.id))?.anchorCodingId).toBe(second.id);
    await expectStoreMatchesDatabase(fixture);

    await store.setCodeAnchor(training.id, first.id);
    const recoded = await store.recodeCoding(first.id, codeByName('Learning').id);
    const after = codeByName('Training');
    expect(chosenAnchor(after, store.getSnapshot().codings)).toBeNull();
    expect(anchorCodingOf(after, store.getSnapshot().codings)?.id).toBe(second.id);
    expect(recoded.codeId).toBe(codeByName('Learning').id);
  });
});
