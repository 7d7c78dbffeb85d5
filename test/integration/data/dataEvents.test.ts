// Data events after commits: imports announce sources, deletes and restores announce them, listeners can
// unsubscribe, and a throwing listener does not stop the others. Seeding inside its own transaction is silent.
import { describe, expect, it, vi } from 'vitest';
import { emitDataEvent, onDataEvent, type DataEvent } from '../../../renderer/data/dataEvents.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { deleteSource, restoreSource, storeImportedSource } from '../../../renderer/data/sources.ts';
import { storeImportBatch } from '../../../renderer/data/importBatch.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';

const meta = { kind: 'interview' as const, title: 'T', informantIds: [], date: null, language: 'en' };

describe('data events', () => {
  it('announce added, deleted and restored sources after their transaction commits', async () => {
    const db = freshDatabase();
    const { id: projectId } = await createProject(db, { name: 'Events' });
    const events: DataEvent[] = [];
    // What a listener reads right when it hears the event, awaited below instead of waiting a while.
    const lookups: Promise<boolean>[] = [];
    const stop = onDataEvent((event) => {
      events.push(event);
      if ('sourceId' in event) lookups.push(db.sources.get(event.sourceId).then((row) => row !== undefined));
    });
    const source = await storeImportedSource(db, projectId, await importText('a.txt', interviewText('A', 'wood')), meta);
    const batch = await storeImportBatch(db, projectId, [{ imported: await importText('b.txt', interviewText('B', 'skin')), meta }]);
    const snapshot = await deleteSource(db, source.id);
    await restoreSource(db, snapshot);
    stop();
    expect(events).toEqual([
      { type: 'sourceAdded', projectId, sourceId: source.id },
      { type: 'sourceAdded', projectId, sourceId: batch.stored[0].id },
      { type: 'sourceDeleted', projectId, sourceId: source.id },
      { type: 'sourceAdded', projectId, sourceId: source.id },
    ]);
    expect(await Promise.all(lookups)).toEqual([true, true, false, true]);
  });

  it('keeps calling other listeners when one throws, and stops calling an unsubscribed one', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const calls: string[] = [];
    const stopBad = onDataEvent(() => {
      throw new Error('listener bug');
    });
    const stopGood = onDataEvent((event) => calls.push(event.type));
    emitDataEvent({ type: 'memosChanged', projectId: 'p' });
    stopGood();
    emitDataEvent({ type: 'codebookChanged', projectId: 'p' });
    stopBad();
    errors.mockRestore();
    expect(calls).toEqual(['memosChanged']);
  });

  it('stays silent while the example is seeded inside one transaction', async () => {
    const db = freshDatabase();
    const events: DataEvent[] = [];
    const stop = onDataEvent((event) => events.push(event));
    expect(await seedExampleProjectIfEmpty(db)).not.toBeNull();
    stop();
    expect(events).toEqual([]);
  });
});
