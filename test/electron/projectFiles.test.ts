// Project files through the very assembly main uses (fileServices.ts), on a real temporary folder with scripted
// dialogs: main opens, saves and lists only paths it granted, takes the file's lock or opens it read-only naming
// the holder, keeps NAME.caseweave.bak, and keeps the recent list.
import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, lockPathFor, readLock } from '../../node/fileLock.ts';
import { createFileServices } from '../../electron/fileServices.ts';
import { MAX_PROJECT_FILE_BYTES } from '../../electron/ipc/projectFiles.ts';
import type { RecentProjectFile } from '../../shared/platform/bridge.ts';

let folder: string;
let documents: string;
let openChoices: string[][];
let saveChoices: (string | undefined)[];
let openOptions: OpenDialogOptions[];
let saveOptions: SaveDialogOptions[];
let owner: number;
let menuRebuilds: RecentProjectFile[][];

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const services = () =>
  createFileServices({
    userDataDirectory: path.join(folder, 'userData'),
    documentsDirectory: documents,
    instanceId: 'app-run-1',
    showOpenDialog: async (options) => {
      openOptions.push(options);
      const filePaths = openChoices.shift() ?? [];
      return { canceled: filePaths.length === 0, filePaths };
    },
    showSaveDialog: async (options) => {
      saveOptions.push(options);
      const filePath = saveChoices.shift();
      return filePath === undefined ? { canceled: true } : { canceled: false, filePath };
    },
    owner: () => owner,
    recentChanged: (files) => menuRebuilds.push(files),
    openPath: async () => '',
    now: () => new Date('2026-03-01T09:00:00.000Z'),
  });

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'caseweave-project-files-'));
  documents = path.join(folder, 'Documents');
  await mkdir(documents);
  openChoices = [];
  saveChoices = [];
  openOptions = [];
  saveOptions = [];
  owner = 1;
  menuRebuilds = [];
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const projectFile = async (name: string, contents = 'PK project'): Promise<string> => {
  const file = path.join(documents, name);
  await writeFile(file, contents);
  return file;
};

describe('chooseProjectFileToOpen', () => {
  it('offers .caseweave files, reads the chosen one, takes its lock and lists it as recent', async () => {
    const file = await projectFile('Kendang.caseweave');
    openChoices.push([file]);
    const { handlers } = services();
    const opened = await handlers.chooseProjectFileToOpen();
    expect(openOptions[0].filters).toEqual([{ name: 'Caseweave projects', extensions: ['caseweave'] }]);
    expect(openOptions[0].properties).toEqual(['openFile']);
    expect(opened).toEqual({ path: file, fileName: 'Kendang.caseweave', bytes: bytes('PK project'), readOnly: false });
    expect(await readLock(file)).toMatchObject({ instanceId: 'app-run-1', pid: process.pid });
    expect((await handlers.recentProjectFiles()).map((recent) => recent.path)).toEqual([file]);
    expect(menuRebuilds.at(-1)?.map((recent) => recent.fileName)).toEqual(['Kendang.caseweave']);
  });

  it('answers null and touches nothing when the dialog is cancelled', async () => {
    const { handlers } = services();
    expect(await handlers.chooseProjectFileToOpen()).toBeNull();
    expect(await handlers.recentProjectFiles()).toEqual([]);
    expect(await readdir(documents)).toEqual([]);
  });

  it('opens a file another app instance holds read-only, naming who holds it, and never takes its lock', async () => {
    const file = await projectFile('Kendang.caseweave');
    await acquireLock(file, 'the-other-instance');
    openChoices.push([file]);
    const opened = await services().handlers.chooseProjectFileToOpen();
    expect(opened).toMatchObject({ readOnly: true, bytes: bytes('PK project') });
    expect(opened?.lockedBy).toContain(os.hostname());
    expect(await readLock(file)).toMatchObject({ instanceId: 'the-other-instance' });
  });

  it('opens read-only in a second window of this app, which is told so', async () => {
    const file = await projectFile('Kendang.caseweave');
    const { handlers } = services();
    openChoices.push([file], [file]);
    await handlers.chooseProjectFileToOpen();
    owner = 2;
    expect(await handlers.chooseProjectFileToOpen()).toMatchObject({ readOnly: true, lockedBy: 'another Caseweave window' });
    await expect(handlers.writeProjectFile({ path: file, bytes: bytes('second window'), link: true })).rejects.toThrow(
      'Cannot save Kendang.caseweave: it is open in another Caseweave window.',
    );
    expect(await readFile(file, 'utf8')).toBe('PK project');
  });

  it('refuses a file over the size limit without reading it, and keeps no lock on it', async () => {
    const file = await projectFile('Huge.caseweave', '');
    await truncate(file, MAX_PROJECT_FILE_BYTES + 1); // sparse: no real disk use
    openChoices.push([file]);
    await expect(services().handlers.chooseProjectFileToOpen()).rejects.toThrow(
      'Huge.caseweave is 1,025 MB; Caseweave opens project files of up to 1,024 MB.',
    );
    expect(await readdir(documents)).toEqual(['Huge.caseweave']);
  });
});

describe('chooseProjectFileToSave and writeProjectFile', () => {
  it('adds the .caseweave extension, grants the path, writes atomically and keeps the previous version as .bak', async () => {
    const { handlers } = services();
    saveChoices.push(path.join(documents, 'Kendang Jimbe'));
    const file = await handlers.chooseProjectFileToSave('Kendang Jimbe');
    expect(saveOptions[0].defaultPath).toBe(path.join(documents, 'Kendang Jimbe.caseweave'));
    expect(file).toBe(path.join(documents, 'Kendang Jimbe.caseweave'));
    if (file === null) return;
    const written = await handlers.writeProjectFile({ path: file, bytes: bytes('version 1'), link: true });
    expect(written).toEqual({ path: file, fileName: 'Kendang Jimbe.caseweave', savedAt: '2026-03-01T09:00:00.000Z', sizeBytes: 9 });
    await handlers.writeProjectFile({ path: file, bytes: bytes('version 2'), link: true });
    expect(await readFile(file, 'utf8')).toBe('version 2');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('version 1');
    expect(await readLock(file)).toMatchObject({ instanceId: 'app-run-1' });
    expect((await handlers.recentProjectFiles()).map((recent) => recent.fileName)).toEqual(['Kendang Jimbe.caseweave']);
  });

  it('keeps a name that already ends in .caseweave, whatever its case', async () => {
    const { handlers } = services();
    saveChoices.push(path.join(documents, 'Kendang.CASEWEAVE'));
    expect(await handlers.chooseProjectFileToSave('Kendang')).toBe(path.join(documents, 'Kendang.CASEWEAVE'));
  });

  it('answers null when the save dialog is cancelled', async () => {
    expect(await services().handlers.chooseProjectFileToSave('Kendang')).toBeNull();
  });

  it('refuses a path the renderer made up, writing nothing', async () => {
    const { handlers } = services();
    const madeUp = path.join(documents, 'planted.caseweave');
    await expect(handlers.writeProjectFile({ path: madeUp, bytes: bytes('x'), link: true })).rejects.toThrow(
      `caseweave:write-project-file: "${madeUp}" is not a file Caseweave opened or saved in this session.`,
    );
    await expect(handlers.writeProjectFile({ path: 'relative.caseweave', bytes: bytes('x'), link: false })).rejects.toThrow(/is not a file Caseweave opened/);
    await expect(handlers.releaseProjectFile(madeUp)).rejects.toThrow(/caseweave:release-project-file: .* is not a file Caseweave opened/);
    expect(await readdir(documents)).toEqual([]);
  });

  it('saves a copy without keeping its lock or listing it as recent', async () => {
    const { handlers } = services();
    saveChoices.push(path.join(documents, 'Copy.caseweave'));
    const file = await handlers.chooseProjectFileToSave('Copy');
    if (file === null) throw new Error('expected a path');
    await handlers.writeProjectFile({ path: file, bytes: bytes('a copy'), link: false });
    expect(await readFile(file, 'utf8')).toBe('a copy');
    expect(await readLock(file)).toBeNull();
    expect(await handlers.recentProjectFiles()).toEqual([]);
  });

  it('refuses to overwrite a file another instance holds, linked or as a copy', async () => {
    const { handlers } = services();
    const file = await projectFile('Shared.caseweave', 'their work');
    await acquireLock(file, 'the-other-instance');
    saveChoices.push(file);
    await handlers.chooseProjectFileToSave('Shared');
    for (const link of [true, false]) {
      await expect(handlers.writeProjectFile({ path: file, bytes: bytes('mine'), link })).rejects.toThrow(
        /^Cannot save Shared\.caseweave: it is open in .* on /,
      );
    }
    expect(await readFile(file, 'utf8')).toBe('their work');
  });

  it('says why a write failed, naming the file', async () => {
    const { handlers } = services();
    saveChoices.push(path.join(documents, 'gone', 'Kendang.caseweave'));
    const file = await handlers.chooseProjectFileToSave('Kendang');
    if (file === null) throw new Error('expected a path');
    await expect(handlers.writeProjectFile({ path: file, bytes: bytes('x'), link: true })).rejects.toThrow(
      'Cannot save Kendang.caseweave: its folder no longer exists.',
    );
  });
});

describe('releaseProjectFile and quitting', () => {
  it('removes the window’s lock file; releasing all on quit removes every lock', async () => {
    const { handlers, locks } = services();
    const first = await projectFile('One.caseweave');
    const second = await projectFile('Two.caseweave');
    openChoices.push([first], [second]);
    await handlers.chooseProjectFileToOpen();
    await handlers.chooseProjectFileToOpen();
    await handlers.releaseProjectFile(first);
    expect(await readLock(first)).toBeNull();
    expect(await readLock(second)).not.toBeNull();
    expect(locks.isBusy()).toBe(true);
    await locks.releaseAll();
    expect(locks.isBusy()).toBe(false);
    expect((await readdir(documents)).sort()).toEqual(['One.caseweave', 'Two.caseweave']);
  });

  it('releases a closed window’s locks only', async () => {
    const { handlers, locks } = services();
    const mine = await projectFile('Mine.caseweave');
    const theirs = await projectFile('Theirs.caseweave');
    openChoices.push([mine], [theirs]);
    await handlers.chooseProjectFileToOpen();
    owner = 2;
    await handlers.chooseProjectFileToOpen();
    await locks.releaseOwner(1);
    expect(await readLock(mine)).toBeNull();
    expect(await readLock(theirs)).toMatchObject({ instanceId: 'app-run-1' });
    expect(lockPathFor(theirs)).toBe(path.join(documents, '.Theirs.caseweave.lock'));
  });
});

describe('openRecentProjectFile and recentProjectFiles', () => {
  it('opens a file of the recent list, after a restart of the app', async () => {
    const file = await projectFile('Kendang.caseweave');
    openChoices.push([file]);
    const first = services();
    await first.handlers.chooseProjectFileToOpen();
    await first.locks.releaseAll();
    const restarted = services();
    expect(await restarted.handlers.openRecentProjectFile(file)).toMatchObject({ path: file, readOnly: false });
    // Opening grants it: the restarted app may write it.
    await restarted.handlers.writeProjectFile({ path: file, bytes: bytes('saved after restart'), link: true });
    expect(await readFile(file, 'utf8')).toBe('saved after restart');
  });

  it('refuses a path that is not on the recent list', async () => {
    const file = await projectFile('Kendang.caseweave');
    await expect(services().handlers.openRecentProjectFile(file)).rejects.toThrow(
      `caseweave:open-recent-project-file: "${file}" is not in the recent files.`,
    );
  });

  it('drops a file that is gone, saying so when it is opened, and from the listing', async () => {
    const kept = await projectFile('Kept.caseweave');
    const gone = await projectFile('Gone.caseweave');
    const moved = await projectFile('Moved.caseweave');
    openChoices.push([kept], [gone], [moved]);
    const { handlers } = services();
    for (let index = 0; index < 3; index += 1) await handlers.chooseProjectFileToOpen();
    await rm(gone);
    await rm(moved);
    await expect(handlers.openRecentProjectFile(gone)).rejects.toThrow(`Gone.caseweave is no longer there (${gone})`);
    expect((await handlers.recentProjectFiles()).map((recent) => recent.fileName)).toEqual(['Kept.caseweave']);
    expect(menuRebuilds.at(-1)?.map((recent) => recent.fileName)).toEqual(['Kept.caseweave']);
  });
});
