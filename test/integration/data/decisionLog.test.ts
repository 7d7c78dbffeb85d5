// The decision log on real Dexie: a decision is a project memo with its audit-trail category, kept through later
// saves of the memo, undoable, and carried by the project file; a file with an unknown category is refused.
import { describe, expect, it } from 'vitest';
import { listMemos, saveMemo } from '../../../renderer/data/memos.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { readProjectFile, writeProjectFile } from '../../../shared/projectFile/index.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { freshDatabase } from './testDatabase.ts';

const META = { appVersion: '0.1.0', schemaVersion: 7, savedAt: '2025-06-01T12:00:00.000Z' };

describe('the decision log', () => {
  it('keeps a decision’s category through later saves, undoes it, and carries it in the project file', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Decisions' });
    const undo = new UndoManager();
    const decision = await saveMemo(db, project.id, {
      target: { kind: 'project' }, title: 'Drop the pilot interview', content: '{}', plainText: 'It used another guide.', decisionCategory: 'raw-data',
    }, undo);
    expect(decision.decisionCategory).toBe('raw-data');
    const edited = await saveMemo(db, project.id, { id: decision.id, target: { kind: 'project' }, title: 'Drop the pilot interview', content: '{}', plainText: 'It used an older guide.' });
    expect(edited.decisionCategory).toBe('raw-data');
    const plain = await saveMemo(db, project.id, { target: { kind: 'project' }, title: 'A note', content: '{}', plainText: 'Just a note.' });
    expect(plain).not.toHaveProperty('decisionCategory');

    const snapshot = await readProjectSnapshot(db, project.id);
    const reading = await readProjectFile(await writeProjectFile(snapshot, META), { fileName: 'Decisions.caseweave' });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.snapshot.tables.memos?.find((memo) => memo.id === decision.id)?.decisionCategory).toBe('raw-data');

    const [coder] = snapshot.tables.coders ?? [];
    const damaged = await commitToSnapshot(snapshot, { change: tableChange('memos', [{ ...edited, decisionCategory: 'gossip' as 'raw-data' }]), audit: null }, { actor: coder, at: META.savedAt });
    expect((await readProjectFile(await writeProjectFile(damaged, META), { fileName: 'Damaged.caseweave' })).ok).toBe(false);

    expect((await listMemos(db, project.id)).filter((memo) => memo.decisionCategory !== undefined)).toHaveLength(1);
    await undo.undo();
    expect((await listMemos(db, project.id)).filter((memo) => memo.decisionCategory !== undefined)).toEqual([]);
  });
});
