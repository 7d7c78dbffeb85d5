// The one write path on real Dexie: commit writes a change, its cascades and its audit event in one transaction;
// only after that transaction has committed does it publish the data event and push the undo step; a failing
// write leaves no trace; and the database refuses any write that does not come through commit.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { commit, commitPlan } from '../../../renderer/data/commit.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { getCurrentCoder } from '../../../renderer/data/coders.ts';
import { onDataEvent, type DataEvent } from '../../../renderer/data/dataEvents.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { WriteOutsideCommitError } from '../../../renderer/data/writeGuard.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { changedTables, tableChange } from '../../../shared/project/projectChange.ts';
import { freshDatabase } from './testDatabase.ts';

const setUp = async () => {
  const db = freshDatabase();
  const project = await createProject(db, { name: 'Commit' });
  const informant = await createInformant(db, project.id, { pseudonym: 'Dewi', role: 'owner' });
  return { db, project, informant };
};

describe('commit', () => {
  it('writes the change and its audit event together, stamped with the current coder', async () => {
    const { db, project, informant } = await setUp();
    const renamed = { ...informant, pseudonym: 'Dewi S.' };
    await commit(db, tableChange('informants', [renamed]), {
      projectId: project.id, action: 'update', objectType: 'informant', objectId: informant.id, detail: 'pseudonym',
    });
    expect(await db.informants.get(informant.id)).toEqual(renamed);
    const trail = await listAuditEvents(db, project.id);
    expect(trail.at(-1)).toMatchObject({ action: 'update', objectType: 'informant', objectId: informant.id, actorId: (await getCurrentCoder(db)).id });
    expect((await db.projects.get(project.id))?.updatedAt).toBe(trail.at(-1)?.at);
  });

  it('publishes the event and pushes the undo step only after the transaction has committed', async () => {
    const { db, project, informant } = await setUp();
    const undo = new UndoManager();
    const seen: { during: { events: number; canUndo: boolean } | null; events: DataEvent[]; readsAtEvent: Promise<string>[] } = {
      during: null, events: [], readsAtEvent: [],
    };
    const stop = onDataEvent((event) => {
      seen.events.push(event);
      // Read outside the writing transaction (a new one): the row is already there.
      seen.readsAtEvent.push(Dexie.ignoreTransaction(() => db.informants.get(informant.id)).then((row) => row?.pseudonym ?? 'gone'));
    });
    await commitPlan(
      db,
      async () => {
        seen.during = { events: seen.events.length, canUndo: undo.canUndo };
        return {
          change: tableChange('informants', [{ ...informant, pseudonym: 'Sari' }]),
          audit: { projectId: project.id, action: 'update', objectType: 'informant', objectId: informant.id, detail: '' },
          result: undefined,
        };
      },
      { undo: { manager: undo, label: 'Rename Dewi' } },
    );
    stop();
    await undo.idle();
    expect(seen.during).toEqual({ events: 0, canUndo: false });
    expect(seen.events.map((event) => [event.projectId, changedTables(event.change)])).toEqual([[project.id, ['informants']]]);
    expect(undo.undoLabel).toBe('Rename Dewi');
    expect(await Promise.all(seen.readsAtEvent)).toEqual(['Sari']);

    await undo.undo();
    expect((await db.informants.get(informant.id))?.pseudonym).toBe('Dewi');
    expect((await listAuditEvents(db, project.id)).map((event) => event.action).slice(-2)).toEqual(['update', 'undo-update']);
    await undo.redo();
    expect((await db.informants.get(informant.id))?.pseudonym).toBe('Sari');
  });

  it('completes a deletion with its cascades and hands back the inverse that restores every row', async () => {
    const { db, project, informant } = await setUp();
    const sourceRow = {
      id: 's-1', projectId: project.id, kind: 'interview' as const, title: 'T', informantIds: [informant.id], speakerLinks: { Dewi: informant.id },
      date: null, language: 'id', format: 'txt' as const, originalFileName: 't.txt', sha256: 'ab', byteSize: 1, turns: [], importedAt: 'x',
      updatedAt: 'x', wordCount: 0,
    };
    await commit(db, tableChange('sources', [sourceRow]), null);
    const { change, inverse } = await commit(db, tableChange('informants', [], [informant.id]), null, { inverse: true });
    expect(change.sources?.put).toEqual([{ ...sourceRow, informantIds: [], speakerLinks: {} }]);
    await commit(db, inverse ?? {}, null);
    expect(await db.informants.get(informant.id)).toEqual(informant);
    expect(await db.sources.get('s-1')).toEqual(sourceRow);
  });

  it('leaves nothing behind when the plan or the write fails: no rows, no audit event, no data event, no undo step', async () => {
    const { db, project, informant } = await setUp();
    const undo = new UndoManager();
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));
    const trailBefore = await listAuditEvents(db, project.id);
    const failing = () => {
      throw new Error('disk full (injected)');
    };
    db.memos.hook('creating', failing);
    const memo = {
      id: 'm-1', projectId: project.id, target: { kind: 'project' as const }, targetKey: 'project', title: 't', content: '{}', plainText: 't',
      authorId: 'c', createdAt: 'x', updatedAt: 'x',
    };
    await expect(
      commit(db, { informants: { put: [{ ...informant, pseudonym: 'Sari' }], delete: [] }, memos: { put: [memo], delete: [] } }, {
        projectId: project.id, action: 'update', objectType: 'informant', objectId: informant.id, detail: '',
      }, { undo: { manager: undo, label: 'x' } }),
    ).rejects.toThrow(/disk full/);
    db.memos.hook('creating').unsubscribe(failing);
    await expect(commitPlan(db, async () => {
      throw new Error('refused by the plan');
    })).rejects.toThrow(/refused by the plan/);
    stop();
    expect(await db.informants.get(informant.id)).toEqual(informant);
    expect(await listAuditEvents(db, project.id)).toEqual(trailBefore);
    expect(events).toEqual([]);
    expect(undo.canUndo).toBe(false);
  });

  it('writes nothing, publishes nothing and pushes nothing for an empty change', async () => {
    const { db, project } = await setUp();
    const undo = new UndoManager();
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));
    const trail = await listAuditEvents(db, project.id);
    await commit(db, {}, { projectId: project.id, action: 'noop', objectType: 'project', objectId: project.id, detail: '' }, { undo: { manager: undo, label: 'x' } });
    stop();
    expect(events).toEqual([]);
    expect(undo.canUndo).toBe(false);
    expect(await listAuditEvents(db, project.id)).toEqual(trail);
  });

  it('is the only way in: a write that bypasses it is refused and changes nothing', async () => {
    const { db, project, informant } = await setUp();
    await expect(db.informants.put({ ...informant, pseudonym: 'Sneaky' })).rejects.toThrow(WriteOutsideCommitError);
    await expect(db.transaction('rw', db.informants, () => db.informants.delete(informant.id))).rejects.toThrow(WriteOutsideCommitError);
    await expect(db.projects.update(project.id, { name: 'x' })).rejects.toThrow(WriteOutsideCommitError);
    expect(await db.informants.get(informant.id)).toEqual(informant);
    expect((await db.projects.get(project.id))?.name).toBe('Commit');
  });
});
