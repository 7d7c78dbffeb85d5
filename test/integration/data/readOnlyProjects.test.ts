// Read-only projects on real Dexie: while a project is held read-only (its file is open in another window), every
// write that touches it is refused with its name, whichever repository makes it, and nothing is written; other
// projects and installation settings stay writable, and the project is writable again once released.
import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { dumpDatabase } from './databaseDump.ts';
import { createProject, deleteProject, renameProject } from '../../../renderer/data/projects.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { saveMemo } from '../../../renderer/data/memos.ts';
import { createCoder } from '../../../renderer/data/coders.ts';
import { isProjectReadOnly, onReadOnlyChange, setProjectReadOnly } from '../../../renderer/data/readOnlyProjects.ts';

const held: string[] = [];
const holdReadOnly = (projectId: string) => {
  held.push(projectId);
  setProjectReadOnly(projectId, true);
};

afterEach(() => {
  for (const projectId of held.splice(0)) setProjectReadOnly(projectId, false);
});

describe('read-only projects', () => {
  it('refuses every write to a read-only project and writes nothing', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Shared study' });
    const informant = await createInformant(db, project.id, { pseudonym: 'Dewi', role: 'owner' });
    holdReadOnly(project.id);
    const before = await dumpDatabase(db);
    await expect(createInformant(db, project.id, { pseudonym: 'Sari', role: 'owner' })).rejects.toThrow(/“Shared study” is open read-only/);
    await expect(renameProject(db, project.id, 'Renamed')).rejects.toThrow(/read-only/);
    await expect(saveMemo(db, project.id, { target: { kind: 'project' }, title: 'M', content: '{}', plainText: 'M' })).rejects.toThrow(/read-only/);
    await expect(deleteProject(db, project.id)).rejects.toThrow(/read-only/);
    expect(await dumpDatabase(db)).toEqual(before);
    expect((await db.informants.get(informant.id))?.pseudonym).toBe('Dewi');
  });

  it('leaves other projects and the installation writable, and the project writable again once released', async () => {
    const db = freshDatabase();
    const shared = await createProject(db, { name: 'Shared study' });
    const mine = await createProject(db, { name: 'My study' });
    const changes: boolean[] = [];
    const stop = onReadOnlyChange(() => changes.push(isProjectReadOnly(shared.id)));
    holdReadOnly(shared.id);
    await createInformant(db, mine.id, { pseudonym: 'Sari', role: 'owner' });
    await createCoder(db, 'Ayu');
    setProjectReadOnly(shared.id, false);
    await createInformant(db, shared.id, { pseudonym: 'Dewi', role: 'owner' });
    stop();
    expect(changes).toEqual([true, false]);
    expect(await db.informants.count()).toBe(2);
  });
});
