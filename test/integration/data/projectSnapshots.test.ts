// Reading a project's snapshot and loading it back, on real Dexie: the example project survives snapshot → load
// into another database → snapshot table by table; replacing the local copy leaves no row of the old version; a
// load that fails writes nothing at all; a new project never takes over another project's rows.
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { dumpDatabase } from './databaseDump.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { loadProjectSnapshot, readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { createInformant, updateInformant } from '../../../renderer/data/informants.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { createCoder, getCurrentCoder, setCurrentCoder, updateCoder } from '../../../renderer/data/coders.ts';
import { saveMemo } from '../../../renderer/data/memos.ts';
import { commit } from '../../../renderer/data/commit.ts';
import { projectFileTables } from '../../../shared/project/entityRegistry.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';

const seededExample = async (): Promise<{ db: CaseweaveDatabase; projectId: string }> => {
  const db = freshDatabase();
  const project = await seedExampleProjectIfEmpty(db);
  if (project === null) throw new Error('the example was not seeded');
  return { db, projectId: project.id };
};

const tableCounts = (snapshot: ProjectSnapshot) => Object.fromEntries(projectFileTables().map((table) => [table, snapshotRows(snapshot, table).length]));

describe('readProjectSnapshot', () => {
  it('reads every project-file table, the referenced coders only, and the trail in order without ids', async () => {
    const { db, projectId } = await seededExample();
    const other = await createProject(db, { name: 'Other study' });
    await createCoder(db, 'Nobody refers to me');
    const snapshot = await readProjectSnapshot(db, projectId);
    expect(Object.keys(snapshot.tables).sort()).toEqual([...projectFileTables()].sort());
    for (const table of ['informants', 'sources', 'sourceTexts', 'codes', 'codings', 'memos', 'auditEvents'] as const) {
      expect(snapshotRows(snapshot, table).length, table).toBeGreaterThan(0);
      expect(snapshotRows(snapshot, table).every((row) => row.projectId === projectId), table).toBe(true);
    }
    expect(snapshotRows(snapshot, 'projects').map((project) => project.id)).toEqual([projectId]);
    expect(snapshotRows(snapshot, 'coders').map((coder) => coder.id)).toEqual([(await getCurrentCoder(db)).id]);
    const trail = await listAuditEvents(db, projectId);
    expect(snapshotRows(snapshot, 'auditEvents')).toEqual(trail.map(({ id: _id, ...event }) => event));
    expect(snapshotRows(snapshot, 'codes').some((code) => code.projectId === other.id)).toBe(false);
  });

  it('refuses a project that is not there', async () => {
    const db = freshDatabase();
    await expect(readProjectSnapshot(db, 'no-such-project')).rejects.toThrow(/could not be found/);
  });
});

describe('loadProjectSnapshot', () => {
  it('round-trips the example project into another database table by table', async () => {
    const { db, projectId } = await seededExample();
    const snapshot = await readProjectSnapshot(db, projectId);
    const elsewhere = freshDatabase();
    const loaded = await loadProjectSnapshot(elsewhere, snapshot, { mode: 'new' });
    expect(loaded).toEqual({ project: snapshotRows(snapshot, 'projects')[0], renamedFrom: null });
    const again = await readProjectSnapshot(elsewhere, projectId);
    for (const table of projectFileTables()) expect(snapshotRows(again, table), table).toEqual(snapshotRows(snapshot, table));
    // The trail continues on the other machine: its own events come after the file's.
    await updateInformant(elsewhere, snapshotRows(snapshot, 'informants')[0].id, { role: 'craftsman' });
    const trail = await listAuditEvents(elsewhere, projectId);
    expect(trail).toHaveLength(snapshotRows(snapshot, 'auditEvents').length + 1);
    expect(trail.at(-1)?.action).toBe('update');
  });

  it('keeps a local coder’s name and puts only the coders the installation does not know', async () => {
    const { db, projectId } = await seededExample();
    const colleague = await createCoder(db, 'Ayu Lestari');
    await setCurrentCoder(db, colleague.id);
    await saveMemo(db, projectId, { target: { kind: 'project' }, title: 'By Ayu', content: '{}', plainText: 'By Ayu' });
    const snapshot = await readProjectSnapshot(db, projectId);
    expect(snapshotRows(snapshot, 'coders').map((coder) => coder.name).sort()).toEqual(['Ayu Lestari', 'researcher']);

    const elsewhere = freshDatabase();
    const local = await getCurrentCoder(elsewhere);
    await commit(elsewhere, tableChange('coders', [{ ...colleague, name: 'Ayu (as known here)', initials: 'AY' }]), null);
    await loadProjectSnapshot(elsewhere, snapshot, { mode: 'new' });
    const coders = await elsewhere.coders.toArray();
    expect(coders.map((coder) => coder.name).sort()).toEqual(['Ayu (as known here)', 'researcher', 'researcher']);
    expect(coders.some((coder) => coder.id === local.id)).toBe(true);
  });

  it('replaces the local copy: no row of the old version stays, and the file’s rows are there exactly', async () => {
    const { db, projectId } = await seededExample();
    const saved = await readProjectSnapshot(db, projectId);
    // The local copy moves on after the file was written: a new informant, an edited one, a memo, a renamed coder.
    const added = await createInformant(db, projectId, { pseudonym: 'Only local', role: 'owner' });
    const edited = snapshotRows(saved, 'informants')[0];
    await updateInformant(db, edited.id, { role: 'partner' });
    await saveMemo(db, projectId, { target: { kind: 'project' }, title: 'Local memo', content: '{}', plainText: 'Local memo' });
    const coder = await getCurrentCoder(db);
    await updateCoder(db, coder.id, { name: 'Renamed here' });
    const other = await createProject(db, { name: 'Untouched' });
    const otherBefore = (await dumpDatabase(db)).projects.filter((row) => row.id === other.id);

    await loadProjectSnapshot(db, saved, { mode: 'replace' });

    const after = await readProjectSnapshot(db, projectId);
    for (const table of projectFileTables()) {
      if (table === 'coders') continue;
      expect(snapshotRows(after, table), table).toEqual(snapshotRows(saved, table));
    }
    expect(await db.informants.get(added.id)).toBeUndefined();
    expect((await db.informants.get(edited.id))?.role).toBe(edited.role);
    expect(await db.memos.filter((memo) => memo.title === 'Local memo').count()).toBe(0);
    expect((await listAuditEvents(db, projectId)).map((event) => event.action)).toEqual(snapshotRows(saved, 'auditEvents').map((event) => event.action));
    expect((await db.coders.get(coder.id))?.name).toBe('Renamed here');
    expect((await dumpDatabase(db)).projects.filter((row) => row.id === other.id)).toEqual(otherBefore);
    expect((await db.appState.get('lastProjectId'))?.value).toBe(projectId);
  });

  it('writes nothing when the load fails part-way (a row the database refuses, after the trail was added)', async () => {
    const { db, projectId } = await seededExample();
    const snapshot = await readProjectSnapshot(db, projectId);
    await createInformant(db, projectId, { pseudonym: 'Only local', role: 'owner' });
    const before = await dumpDatabase(db);
    const [text, ...texts] = snapshotRows(snapshot, 'sourceTexts');
    // A key IndexedDB cannot store (an object) makes the put fail inside the transaction.
    const broken: ProjectSnapshot = { ...snapshot, tables: { ...snapshot.tables, sourceTexts: [...texts, { ...text, sourceId: { bad: true } as unknown as string }] } };
    await expect(loadProjectSnapshot(db, broken, { mode: 'replace' })).rejects.toThrow(/does not meet requirements/);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses to load a new project over an existing one or over another project’s rows, and writes nothing', async () => {
    const { db, projectId } = await seededExample();
    const snapshot = await readProjectSnapshot(db, projectId);
    const before = await dumpDatabase(db);
    await expect(loadProjectSnapshot(db, snapshot, { mode: 'new' })).rejects.toThrow(/already here/);
    const sameRowsOtherProject: ProjectSnapshot = {
      projectId: 'p-elsewhere',
      tables: { ...snapshot.tables, projects: snapshotRows(snapshot, 'projects').map((project) => ({ ...project, id: 'p-elsewhere' })) },
    };
    await expect(loadProjectSnapshot(db, sameRowsOtherProject, { mode: 'new' })).rejects.toThrow(/already part of another project/);
    expect(await dumpDatabase(db)).toEqual(before);
    const fresh = freshDatabase();
    await expect(loadProjectSnapshot(fresh, snapshot, { mode: 'replace' })).rejects.toThrow(/no longer here/);
    expect(await fresh.projects.count()).toBe(0);
  });

  it('renames a loaded project whose name another local project has, and records agreed repairs in the trail', async () => {
    const { db, projectId } = await seededExample();
    const snapshot = await readProjectSnapshot(db, projectId);
    const name = snapshotRows(snapshot, 'projects')[0].name;
    const elsewhere = freshDatabase();
    await createProject(elsewhere, { name: name.toLocaleUpperCase() });
    const loaded = await loadProjectSnapshot(elsewhere, snapshot, { mode: 'new', repairAudit: { detail: '3 codings pointed at a deleted code' } });
    expect(loaded.renamedFrom).toBe(name);
    expect(loaded.project.name).toBe(`${name} (2)`);
    expect((await elsewhere.projects.get(projectId))?.name).toBe(`${name} (2)`);
    const trail = await listAuditEvents(elsewhere, projectId);
    expect(trail.at(-1)).toMatchObject({ action: 'repair-on-open', objectType: 'project', detail: '3 codings pointed at a deleted code' });
    // The repair is recorded by this installation's coder, who now travels with the project too.
    expect(tableCounts(await readProjectSnapshot(elsewhere, projectId))).toEqual({ ...tableCounts(snapshot), auditEvents: trail.length, coders: 2 });
  });
});
