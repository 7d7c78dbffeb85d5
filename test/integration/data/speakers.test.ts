// Speaker labels on real Dexie: renaming and linking go on the session's undo stack, a label can be linked in
// every source of the project at once (one commit, one undo step), and a source's deletion is counted beforehand.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import {
  getSource, linkSpeaker, linkSpeakerEverywhere, renameSpeaker, sourcesWithSpeaker, storeImportedSource, type SourceImportMeta,
} from '../../../renderer/data/sources.ts';
import { deletionImpact } from '../../../renderer/data/deletionImpact.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { commit } from '../../../renderer/data/commit.ts';
import { combineChanges, tableChange } from '../../../shared/project/projectChange.ts';
import { memoTargetKey } from '../../../shared/model/index.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';

const meta = (title: string): SourceImportMeta => ({ kind: 'interview', title, informantIds: [], date: '2024-05-06', language: 'en' });

const setUp = async (db: CaseweaveDatabase) => {
  const project = await createProject(db, { name: 'P' });
  const harjo = await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
  const store = async (title: string, speaker: string) =>
    storeImportedSource(db, project.id, await importText(`${title}.txt`, interviewText(speaker, 'dry wood')), meta(title));
  return { project, harjo, store };
};

describe('speaker labels', () => {
  it('puts a speaker rename on the undo stack; undo gives the turns their old label and link back', async () => {
    const db = freshDatabase();
    const { harjo, store } = await setUp(db);
    const source = await store('Owner interview', 'R1');
    await linkSpeaker(db, source.id, 'R1', harjo.id);
    const before = await getSource(db, source.id);
    const undo = new UndoManager();

    await renameSpeaker(db, source.id, 'R1', 'Pak Harjo', undo);
    expect(undo.undoLabel).toBe('Rename speaker “R1” to “Pak Harjo”');
    expect((await getSource(db, source.id))?.speakerLinks).toEqual({ 'Pak Harjo': harjo.id });

    await undo.undo();
    expect(await getSource(db, source.id)).toEqual(before);
    await undo.redo();
    expect((await getSource(db, source.id))?.turns.some((turn) => turn.speaker === 'Pak Harjo')).toBe(true);
  });

  it('puts linking and unlinking a speaker on the undo stack, restoring the source informants too', async () => {
    const db = freshDatabase();
    const { harjo, store } = await setUp(db);
    const source = await store('Owner interview', 'R1');
    const undo = new UndoManager();

    await linkSpeaker(db, source.id, 'R1', harjo.id, undo);
    expect(undo.undoLabel).toBe('Link speaker “R1” to Harjo');
    await linkSpeaker(db, source.id, 'R1', null, undo);
    expect(undo.undoLabel).toBe('Unlink speaker “R1”');

    await undo.undo();
    expect(await getSource(db, source.id)).toMatchObject({ speakerLinks: { R1: harjo.id }, informantIds: [harjo.id] });
    await undo.undo();
    expect(await getSource(db, source.id)).toMatchObject({ speakerLinks: {}, informantIds: [] });
  });

  it('finds the other sources where the same label speaks', async () => {
    const db = freshDatabase();
    const { project, store } = await setUp(db);
    const first = await store('First', 'R1');
    const second = await store('Second', 'R1');
    await store('Third', 'Dewi');
    expect((await sourcesWithSpeaker(db, project.id, 'R1')).map((source) => source.id).sort()).toEqual([first.id, second.id].sort());
    expect(await sourcesWithSpeaker(db, project.id, 'r1')).toEqual([]);
  });

  it('links a label in every source at once: one commit, one undo step, other labels untouched', async () => {
    const db = freshDatabase();
    const { project, harjo, store } = await setUp(db);
    const first = await store('First', 'R1');
    const second = await store('Second', 'R1');
    const other = await store('Third', 'Dewi');
    const eventsBefore = (await listAuditEvents(db, project.id)).length;
    const undo = new UndoManager();

    const linked = await linkSpeakerEverywhere(db, project.id, 'R1', harjo.id, undo);
    expect(linked).toBe(2);
    for (const id of [first.id, second.id]) {
      expect(await getSource(db, id)).toMatchObject({ speakerLinks: { R1: harjo.id }, informantIds: [harjo.id] });
    }
    expect((await getSource(db, other.id))?.speakerLinks).toEqual({});
    const events = (await listAuditEvents(db, project.id)).slice(eventsBefore);
    expect(events.map((event) => event.action)).toEqual(['link-speaker-everywhere']);
    expect(undo.undoLabel).toBe('Link speaker “R1” to Harjo in 2 sources');

    await undo.undo();
    for (const id of [first.id, second.id]) expect(await getSource(db, id)).toMatchObject({ speakerLinks: {}, informantIds: [] });
    expect(undo.canUndo).toBe(false);
  });

  it('refuses an informant of another project when linking everywhere, and changes nothing', async () => {
    const db = freshDatabase();
    const { project, store } = await setUp(db);
    const source = await store('First', 'R1');
    const stranger = await createInformant(db, (await createProject(db, { name: 'Q' })).id, { pseudonym: 'X', role: '' });
    await expect(linkSpeakerEverywhere(db, project.id, 'R1', stranger.id)).rejects.toMatchObject({ key: 'data.error.informantNotFound' });
    expect((await getSource(db, source.id))?.speakerLinks).toEqual({});
  });

  it('counts what deleting a source takes with it: its codings and the memos on it and on its codings', async () => {
    const db = freshDatabase();
    const { project, store } = await setUp(db);
    const source = await store('Owner interview', 'R1');
    const kept = await store('Other', 'R2');
    const at = '2024-05-06T08:00:00.000Z';
    const coding = (id: string, sourceId: string) => ({ id, projectId: project.id, sourceId, codeId: 'k1', start: 0, end: 5, coderId: 'me', createdAt: at });
    const memo = (id: string, target: { kind: 'source' | 'coding'; id: string }) => ({
      id, projectId: project.id, target, targetKey: memoTargetKey(target), title: id, content: '{}', plainText: id, authorId: 'me', createdAt: at, updatedAt: at,
    });
    await commit(db, combineChanges(
      tableChange('codings', [coding('c1', source.id), coding('c2', source.id), coding('c3', kept.id)]),
      tableChange('memos', [memo('m1', { kind: 'source', id: source.id }), memo('m2', { kind: 'coding', id: 'c1' }), memo('m3', { kind: 'coding', id: 'c3' })]),
    ), null);

    expect(await deletionImpact(db, 'sources', source.id)).toMatchObject({ codings: 2, memos: 2 });
    expect(await deletionImpact(db, 'sources', kept.id)).toMatchObject({ codings: 1, memos: 1 });
    expect(await db.codings.count()).toBe(3);
  });
});
