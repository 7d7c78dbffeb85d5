// A code marked as counter-evidence on real Dexie: the mark is one undoable detail edit of the code (unmarking drops
// the field again), carried by the project file as an optional field of the code row, and a file whose mark is not a
// boolean is refused.
import { describe, expect, it } from 'vitest';
import { readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { readProjectFile, writeProjectFile } from '../../../shared/projectFile/index.ts';
import { setUpCoding } from './codingFixture.ts';

const META = { appVersion: '0.1.0', schemaVersion: 8, savedAt: '2025-06-01T12:00:00.000Z' };

describe('the counter-evidence mark of a code', () => {
  it('is set and cleared by the code’s details, undone, and carried by the project file', async () => {
    const { db, store, undo, projectId, codeByName } = await setUpCoding();
    const training = codeByName('Training');
    expect(training).not.toHaveProperty('counterEvidence');

    const marked = await store.updateCodeDetails(training.id, { counterEvidence: true });
    expect(marked.counterEvidence).toBe(true);
    expect((await db.codes.get(training.id))?.counterEvidence).toBe(true);

    const snapshot = await readProjectSnapshot(db, projectId);
    const reading = await readProjectFile(await writeProjectFile(snapshot, META), { fileName: 'Marked.caseweave' });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.snapshot.tables.codes?.find((code) => code.id === training.id)?.counterEvidence).toBe(true);
    expect(reading.snapshot.tables.codes?.find((code) => code.id === codeByName('Learning').id)).not.toHaveProperty('counterEvidence');

    const [coder] = snapshot.tables.coders ?? [];
    const damaged = await commitToSnapshot(snapshot, { change: tableChange('codes', [{ ...marked, counterEvidence: 'yes' as unknown as boolean }]), audit: null }, { actor: coder, at: META.savedAt });
    expect((await readProjectFile(await writeProjectFile(damaged, META), { fileName: 'Damaged.caseweave' })).ok).toBe(false);

    const unmarked = await store.updateCodeDetails(training.id, { counterEvidence: false });
    expect(unmarked).not.toHaveProperty('counterEvidence');
    expect(await db.codes.get(training.id)).not.toHaveProperty('counterEvidence');
    await undo.undo();
    expect((await db.codes.get(training.id))?.counterEvidence).toBe(true);
    await undo.undo();
    expect(await db.codes.get(training.id)).not.toHaveProperty('counterEvidence');
  });
});
