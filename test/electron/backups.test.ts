// Rolling backups in the app's data folder, on a real temporary folder: safe dated names that carry the project id,
// a listing that reads them back, pruning per project by the shared policy, and reads limited to listed backups.
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEEP_NEWEST_BACKUPS } from '../../shared/backup/backupPolicy.ts';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { backupFileName, parseBackupFileName, safeBackupStem } from '../../electron/ipc/backupNames.ts';
import { listBackups, readBackup, writeBackup, type BackupsDeps } from '../../electron/ipc/backups.ts';

let folder: string;
let clock: Date;
let deps: BackupsDeps;
const KENDANG = '6f1c2d3e-0000-4000-8000-00000000002a';
const TENUN = '0b9e8a7c-0000-4000-8000-000000000007';

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'caseweave-backups-'));
  clock = new Date('2026-11-23T16:20:36.123Z');
  deps = {
    backupsDirectory: path.join(folder, 'userData', 'backups'),
    now: () => clock,
    stat,
    readFile: (file) => readFile(file),
    writeFile: (file, bytes) => writeFileAtomic(file, bytes),
  };
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('backup names', () => {
  it('name the project safely, with its id and a sortable time, and read back exactly', () => {
    const name = backupFileName({ projectId: KENDANG, projectName: 'Kendang Jimbe' }, clock);
    expect(name).toBe(`Kendang Jimbe.${KENDANG}.2026-11-23T16-20-36-123Z.caseweave`);
    expect(parseBackupFileName(name)).toEqual({ projectId: KENDANG, projectName: 'Kendang Jimbe', savedAt: '2026-11-23T16:20:36.123Z' });
  });

  it('fold anything unsafe in the project name', () => {
    expect(safeBackupStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeBackupStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(safeBackupStem('Studi Kasus UMKM — Blitar v1.2')).toBe('Studi Kasus UMKM - Blitar v1-2');
    expect(safeBackupStem('CON')).toBe('_CON');
    expect(safeBackupStem('...')).toBe('project');
    expect(safeBackupStem('x'.repeat(500))).toHaveLength(80);
    const name = backupFileName({ projectId: KENDANG, projectName: 'v1.2/../x' }, clock);
    expect(parseBackupFileName(name)?.projectName).toBe('v1-2-x');
  });

  it.each([
    'notes.txt',
    `Kendang.${KENDANG}.2026-11-23T16-20-36-123Z.qdpx`,
    `Kendang.${KENDANG}.2026-11-23T16:20:36.123Z.caseweave`,
    `Kendang.${KENDANG}.2026-13-45T16-20-36-123Z.caseweave`,
    `.Kendang.${KENDANG}.2026-11-23T16-20-36-123Z.caseweave.1234.partial`,
    `Kendang/x.${KENDANG}.2026-11-23T16-20-36-123Z.caseweave`,
  ])('are not read from %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('writeBackup', () => {
  it('creates the backups folder, writes the snapshot and describes it as the listing will', async () => {
    const entry = await writeBackup({ projectId: KENDANG, projectName: 'Kendang/Jimbe', bytes: new Uint8Array([80, 75, 3, 4]) }, deps);
    expect(entry).toEqual({
      fileName: `Kendang-Jimbe.${KENDANG}.2026-11-23T16-20-36-123Z.caseweave`,
      projectId: KENDANG,
      projectName: 'Kendang-Jimbe',
      savedAt: '2026-11-23T16:20:36.123Z',
      sizeBytes: 4,
    });
    expect([...(await readFile(path.join(deps.backupsDirectory, entry.fileName)))]).toEqual([80, 75, 3, 4]);
    expect((await listBackups(deps)).backups).toEqual([entry]);
  });

  it('prunes each project by the policy, leaving other projects’ backups alone', async () => {
    await writeBackup({ projectId: TENUN, projectName: 'Tenun', bytes: new Uint8Array([1]) }, deps);
    // One backup a minute for half an hour, all on the same day: only the newest 20 of Kendang stay.
    for (let minute = 0; minute < 30; minute += 1) {
      clock = new Date(Date.UTC(2026, 10, 23, 10, minute));
      await writeBackup({ projectId: KENDANG, projectName: 'Kendang', bytes: new Uint8Array([minute]) }, deps);
    }
    const { backups } = await listBackups(deps);
    const kendang = backups.filter((backup) => backup.projectId === KENDANG);
    expect(kendang).toHaveLength(KEEP_NEWEST_BACKUPS);
    expect(kendang[0].savedAt).toBe('2026-11-23T10:29:00.000Z');
    expect(kendang.at(-1)?.savedAt).toBe('2026-11-23T10:10:00.000Z');
    expect(backups.filter((backup) => backup.projectId === TENUN)).toHaveLength(1);
  });
});

describe('listBackups', () => {
  it('is empty, naming the folder, before the first backup', async () => {
    expect(await listBackups(deps)).toEqual({ folder: deps.backupsDirectory, backups: [] });
  });

  it('lists backups newest first with their sizes, ignoring other files and folders', async () => {
    await mkdir(deps.backupsDirectory, { recursive: true });
    await writeFile(path.join(deps.backupsDirectory, `Kendang.${KENDANG}.2026-01-01T00-00-00-000Z.caseweave`), 'older');
    await writeFile(path.join(deps.backupsDirectory, `Kendang.${KENDANG}.2026-02-01T00-00-00-000Z.caseweave`), 'newer!');
    await writeFile(path.join(deps.backupsDirectory, 'readme.txt'), 'not a backup');
    await mkdir(path.join(deps.backupsDirectory, `Folder.${KENDANG}.2026-03-01T00-00-00-000Z.caseweave`));
    const { backups } = await listBackups(deps);
    expect(backups.map((backup) => [backup.savedAt, backup.sizeBytes])).toEqual([
      ['2026-02-01T00:00:00.000Z', 6],
      ['2026-01-01T00:00:00.000Z', 5],
    ]);
  });

  it('dates a backup by its name, not by its file time, which copying or syncing the folder changes', async () => {
    const entry = await writeBackup({ projectId: KENDANG, projectName: 'Kendang', bytes: new Uint8Array([1]) }, deps);
    const longAgo = new Date('2001-01-01T00:00:00Z');
    await utimes(path.join(deps.backupsDirectory, entry.fileName), longAgo, longAgo);
    expect((await listBackups(deps)).backups.map((backup) => backup.savedAt)).toEqual([entry.savedAt]);
  });
});

describe('readBackup', () => {
  it('reads a listed backup', async () => {
    const entry = await writeBackup({ projectId: KENDANG, projectName: 'Kendang', bytes: new Uint8Array([9, 8, 7]) }, deps);
    expect([...(await readBackup('caseweave:read-backup', entry.fileName, deps))]).toEqual([9, 8, 7]);
  });

  it('refuses any name the listing does not show, even a file in the same folder', async () => {
    await writeBackup({ projectId: KENDANG, projectName: 'Kendang', bytes: new Uint8Array([1]) }, deps);
    await writeFile(path.join(deps.backupsDirectory, 'secrets.txt'), 'x');
    for (const name of ['secrets.txt', `Other.${KENDANG}.2026-11-23T16-20-36-123Z.caseweave`]) {
      await expect(readBackup('caseweave:read-backup', name, deps)).rejects.toThrow(`caseweave:read-backup: "${name}" is not one of the backups.`);
    }
  });
});
