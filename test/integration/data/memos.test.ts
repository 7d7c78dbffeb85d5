// Memos on real Dexie: create, update, list by target, delete; each undoable through the session's UndoManager.
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../renderer/data/projects.ts';
import { deleteMemo, getMemo, lexicalJsonFromPlainText, listMemos, memosOfTarget, saveMemo } from '../../../renderer/data/memos.ts';
import { onDataEvent, writesTo, type DataEvent } from '../../../renderer/data/dataEvents.ts';
import { getCurrentCoder } from '../../../renderer/data/coders.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { freshDatabase } from './testDatabase.ts';

const content = (text: string) => ({ content: lexicalJsonFromPlainText(text), plainText: text });

describe('memos', () => {
  it('creates, updates and deletes memos with undo and redo of each step', async () => {
    const db = freshDatabase();
    const undo = new UndoManager();
    const { id: projectId } = await createProject(db, { name: 'Memos' });
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));

    const created = await saveMemo(db, projectId, { target: { kind: 'code', id: 'k-1' }, title: ' First ', ...content('one') }, undo);
    expect(created).toMatchObject({ title: 'First', targetKey: 'code:k-1', plainText: 'one', authorId: (await getCurrentCoder(db)).id });
    const updated = await saveMemo(db, projectId, { id: created.id, target: created.target, title: 'First', ...content('one\ntwo') }, undo);
    expect(updated.createdAt).toBe(created.createdAt);
    expect((await memosOfTarget(db, projectId, { kind: 'code', id: 'k-1' })).map((m) => m.plainText)).toEqual(['one\ntwo']);
    await saveMemo(db, projectId, { target: { kind: 'project' }, title: 'Project', ...content('p') }, undo);
    expect(await listMemos(db, projectId)).toHaveLength(2);

    await undo.undo();
    expect(await listMemos(db, projectId)).toHaveLength(1);
    await undo.undo();
    expect(await getMemo(db, created.id)).toEqual(created);
    await undo.redo();
    expect(await getMemo(db, created.id)).toEqual(updated);

    await deleteMemo(db, created.id, undo);
    expect(await getMemo(db, created.id)).toBeUndefined();
    await undo.undo();
    expect(await getMemo(db, created.id)).toEqual(updated);
    stop();
    expect(events.every((event) => writesTo(event, 'memos') && event.projectId === projectId)).toBe(true);
    expect(events).toHaveLength(8);
  });

  it('refuses an unknown memo id and an unknown project without writing', async () => {
    const db = freshDatabase();
    const { id: projectId } = await createProject(db, { name: 'Memos' });
    await expect(saveMemo(db, projectId, { id: 'nope', target: { kind: 'project' }, title: 't', ...content('x') })).rejects.toThrow(/memo could not be found/);
    await expect(saveMemo(db, 'no-project', { target: { kind: 'project' }, title: 't', ...content('x') })).rejects.toThrow(/project could not be found/);
    await expect(deleteMemo(db, 'nope')).rejects.toThrow(/memo could not be found/);
    expect(await db.memos.count()).toBe(0);
  });
});
