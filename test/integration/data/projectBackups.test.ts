// Rolling backups on real Dexie: a backup is the whole project as a valid `.caseweave` file; restoring it opens a
// copy with fresh ids and the same coded text, beside the untouched original; a damaged backup is refused and
// writes nothing, one that needs repairs is restored only when the user agrees; and the scheduler, hearing commit()'s data events, backs a project up after an interval of work.
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { dumpDatabase } from './databaseDump.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { restoreProjectBackup, writeProjectBackup } from '../../../renderer/data/projectBackups.ts';
import { readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { createProject, deleteProject, listProjects } from '../../../renderer/data/projects.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { BACKUP_INTERVAL_MS, startBackupScheduler, type BackupTimer } from '../../../renderer/data/backupScheduler.ts';
import type { BackupStore } from '../../../renderer/platform/backupStore.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import type { BackupEntry } from '../../../shared/platform/bridge.ts';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile.ts';
import { writeProjectFile } from '../../../shared/projectFile/writeProjectFile.ts';
import { projectFileMeta } from '../../../renderer/data/projectFileMeta.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';

/** The platform's store kept in memory (the browser's private file system is tested in Chromium, e2e). */
const memoryStore = (): BackupStore & { files: Map<string, { entry: BackupEntry; bytes: Uint8Array }> } => {
  const files = new Map<string, { entry: BackupEntry; bytes: Uint8Array }>();
  return {
    files,
    write: async ({ projectId, projectName, bytes }) => {
      const entry = { fileName: `backup-${files.size + 1}.caseweave`, projectId, projectName, savedAt: new Date(Date.UTC(2026, 11, 7, 14, 32)).toISOString(), sizeBytes: bytes.byteLength };
      files.set(entry.fileName, { entry, bytes });
      return entry;
    },
    list: async () => ({ location: { kind: 'browser-private' }, backups: [...files.values()].map((file) => file.entry) }),
    read: async (fileName) => {
      const file = files.get(fileName);
      if (file === undefined) throw new Error(`no backup ${fileName}`);
      return file.bytes;
    },
  };
};

const seededExample = async (): Promise<{ db: CaseweaveDatabase; projectId: string }> => {
  const db = freshDatabase();
  const project = await seedExampleProjectIfEmpty(db);
  if (project === null) throw new Error('the example was not seeded');
  return { db, projectId: project.id };
};

/** Each coding as what a reader sees: the code's name and the text it covers, sorted. */
const codedText = (snapshot: ProjectSnapshot): string[] => {
  const codeNames = new Map(snapshotRows(snapshot, 'codes').map((code) => [code.id, code.name]));
  const texts = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text]));
  return snapshotRows(snapshot, 'codings').map((coding) => `${codeNames.get(coding.codeId)}: ${texts.get(coding.sourceId)?.slice(coding.start, coding.end)}`).sort();
};

const ids = (snapshot: ProjectSnapshot): Set<string> =>
  new Set([
    ...snapshotRows(snapshot, 'informants'), ...snapshotRows(snapshot, 'sources'), ...snapshotRows(snapshot, 'codes'),
    ...snapshotRows(snapshot, 'codings'), ...snapshotRows(snapshot, 'memos'),
  ].map((row) => row.id));

/** A sound backup never asks; a test where it would fails here. */
const refuseRepairs = async (): Promise<boolean> => {
  throw new Error('a sound backup asked for repairs');
};

describe('project backups', () => {
  it('writes the whole project as a valid project file, named after the project', async () => {
    const { db, projectId } = await seededExample();
    const store = memoryStore();
    const entry = await writeProjectBackup(db, store, projectId);
    expect(entry).toMatchObject({ projectId, projectName: 'Kendang Jimbe case study (example)' });
    const reading = await readProjectFile(store.files.get(entry?.fileName ?? '')?.bytes ?? new Uint8Array(), { fileName: 'b.caseweave' });
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(codedText(reading.snapshot)).toEqual(codedText(await readProjectSnapshot(db, projectId)));
  });

  it('restores a backup as a copy with fresh ids and the same codings, leaving the original as it was', async () => {
    const { db, projectId } = await seededExample();
    const store = memoryStore();
    const entry = await writeProjectBackup(db, store, projectId);
    if (entry === null) throw new Error('no backup written');
    const original = await readProjectSnapshot(db, projectId);

    const restored = await restoreProjectBackup(db, store, entry, { copyName: (name) => `${name} (restored 7 Dec 2026 14:32)`, agreeToRepairs: refuseRepairs });
    if (restored === null) throw new Error('the backup was not restored');
    const { project } = restored;

    expect(project.name).toBe('Kendang Jimbe case study (example) (restored 7 Dec 2026 14:32)');
    expect(project.id).not.toBe(projectId);
    const copy = await readProjectSnapshot(db, project.id);
    expect(codedText(copy)).toEqual(codedText(original));
    expect(snapshotRows(copy, 'codings').length).toBeGreaterThan(0);
    expect([...ids(copy)].filter((id) => ids(original).has(id))).toEqual([]);
    expect(await readProjectSnapshot(db, projectId)).toEqual(original);
    expect((await listProjects(db)).map((row) => row.name).sort()).toEqual([
      'Kendang Jimbe case study (example)', 'Kendang Jimbe case study (example) (restored 7 Dec 2026 14:32)',
    ]);
  });

  it('refuses a damaged backup with the reader\'s message and writes nothing', async () => {
    const { db, projectId } = await seededExample();
    const store = memoryStore();
    const entry = await writeProjectBackup(db, store, projectId);
    if (entry === null) throw new Error('no backup written');
    const stored = store.files.get(entry.fileName);
    if (stored === undefined) throw new Error('backup not stored');
    store.files.set(entry.fileName, { ...stored, bytes: stored.bytes.slice(0, Math.floor(stored.bytes.length / 2)) });
    const before = await dumpDatabase(db);
    await expect(restoreProjectBackup(db, store, entry, { copyName: (name) => `${name} (restored)`, agreeToRepairs: refuseRepairs })).rejects.toThrow(entry.fileName);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('restores a backup that needs repairs only when the user agrees, and records the repair', async () => {
    const { db, projectId } = await seededExample();
    const snapshot = await readProjectSnapshot(db, projectId);
    const [coding] = snapshotRows(snapshot, 'codings');
    const broken = { ...snapshot, tables: { ...snapshot.tables, codings: [...snapshotRows(snapshot, 'codings'), { ...coding, id: 'g-orphan', codeId: 'k-gone' }] } };
    const store = memoryStore();
    const entry = await store.write({ projectId, projectName: 'Kendang', bytes: await writeProjectFile(broken, projectFileMeta(new Date())) });
    const before = await dumpDatabase(db);
    const asked: number[] = [];

    const declined = await restoreProjectBackup(db, store, entry, { copyName: (name) => `${name} (restored)`, agreeToRepairs: async (repairs) => {
      asked.push(repairs.length);
      return false;
    } });
    expect(declined).toBeNull();
    expect(asked).toEqual([1]);
    expect(await dumpDatabase(db)).toEqual(before);

    const restored = await restoreProjectBackup(db, store, entry, { copyName: (name) => `${name} (restored)`, agreeToRepairs: async () => true });
    if (restored === null) throw new Error('the backup was not restored');
    const copy = await readProjectSnapshot(db, restored.project.id);
    expect(snapshotRows(copy, 'codings')).toHaveLength(snapshotRows(snapshot, 'codings').length);
    expect(snapshotRows(copy, 'auditEvents').filter((event) => event.action === 'repair-on-open')).toHaveLength(1);
  });

  it('writes nothing for a project deleted meanwhile', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Short-lived' });
    await deleteProject(db, project.id);
    const store = memoryStore();
    expect(await writeProjectBackup(db, store, project.id)).toBeNull();
    expect(store.files.size).toBe(0);
  });

  it('backs up after an interval of work committed through the data layer', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Pilot study' });
    const store = memoryStore();
    let fire: () => void = () => undefined;
    const timer: BackupTimer = (callback) => {
      fire = callback;
      return () => undefined;
    };
    const written: BackupEntry[] = [];
    const scheduler = startBackupScheduler({ projectId: project.id, timer, backUp: () => writeProjectBackup(db, store, project.id), onBackedUp: (entry) => written.push(entry) });
    await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
    expect(scheduler.hasChanges()).toBe(true);
    fire();
    await scheduler.close();
    expect(written.map((entry) => entry.projectName)).toEqual(['Pilot study']);
    const reading = await readProjectFile(store.files.get(written[0].fileName)?.bytes ?? new Uint8Array(), { fileName: 'b.caseweave' });
    expect(reading.ok && snapshotRows(reading.snapshot, 'informants').map((informant) => informant.pseudonym)).toEqual(['Harjo']);
    expect(BACKUP_INTERVAL_MS).toBe(10 * 60 * 1000);
  });
});
