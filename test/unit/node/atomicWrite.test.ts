// node/atomicWrite.ts on real temporary files: a write replaces the target whole, keeps the previous version as .bak
// when asked, and a failure or a kill at any point leaves the previous file as it was.
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathFor, isTemporarySiblingOf, writeFileAtomic } from '../../../node/atomicWrite.ts';
import { runNodeChild } from './runNodeChild.ts';

let folder: string;
let target: string;
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'caseweave-atomic-'));
  target = path.join(folder, 'Kendang.caseweave');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file and leaves nothing else beside it', async () => {
    await writeFileAtomic(target, text('first'), { keepBackup: true });
    expect(await readFile(target, 'utf8')).toBe('first');
    expect(await readdir(folder)).toEqual(['Kendang.caseweave']);
  });

  it('replaces an existing file whole, without a .bak unless asked', async () => {
    await writeFile(target, 'old contents that are longer');
    await writeFileAtomic(target, text('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['Kendang.caseweave']);
  });

  it('keeps the previous version as NAME.caseweave.bak, one generation deep', async () => {
    await writeFileAtomic(target, text('version 1'), { keepBackup: true });
    await writeFileAtomic(target, text('version 2'), { keepBackup: true });
    expect(backupPathFor(target)).toBe(path.join(folder, 'Kendang.caseweave.bak'));
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('version 1');
    await writeFileAtomic(target, text('version 3'), { keepBackup: true });
    expect(await readFile(target, 'utf8')).toBe('version 3');
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('version 2');
    expect((await readdir(folder)).sort()).toEqual(['Kendang.caseweave', 'Kendang.caseweave.bak']);
  });

  it('copies the previous version where hard links are not possible (FAT, some network folders)', async () => {
    await writeFile(target, 'version 1');
    const refuseLinks = async (): Promise<void> => {
      throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    };
    await writeFileAtomic(target, text('version 2'), { keepBackup: true, linkFile: refuseLinks });
    expect(await readFile(target, 'utf8')).toBe('version 2');
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('version 1');
    expect((await readdir(folder)).sort()).toEqual(['Kendang.caseweave', 'Kendang.caseweave.bak']);
  });

  it('the .bak is a separate file from the new version, not a second name for it', async () => {
    await writeFileAtomic(target, text('version 1'), { keepBackup: true });
    await writeFileAtomic(target, text('version 2'), { keepBackup: true });
    const [current, previous] = await Promise.all([stat(target), stat(backupPathFor(target))]);
    expect(current.ino).not.toBe(previous.ino);
    expect(previous.nlink).toBe(1);
  });

  it('leaves the previous file and its .bak intact, and no temporary file, when the writer fails partway', async () => {
    await writeFile(target, 'saved yesterday');
    await writeFile(backupPathFor(target), 'saved the day before');
    const failure = writeFileAtomic(target, new Uint8Array(1024 * 1024).fill(1), {
      keepBackup: true,
      writeContents: async (file, bytes) => {
        await file.write(bytes, 0, bytes.byteLength / 2);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    await expect(failure).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('saved yesterday');
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('saved the day before');
    expect((await readdir(folder)).sort()).toEqual(['Kendang.caseweave', 'Kendang.caseweave.bak']);
  });

  it('leaves nothing behind when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(folder, 'missing', 'x.caseweave'), text('x'))).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves the previous file intact when the writing process is killed partway', async () => {
    await writeFileAtomic(target, text('the saved project'), { keepBackup: true });
    await writeFileAtomic(target, text('the saved project, again'), { keepBackup: true });
    const child = runNodeChild(['slow-write', target, String(4 * 1024 * 1024)]);
    expect(await child.nextLine()).toBe('writing');
    child.process.kill('SIGKILL');
    expect(await child.exited).toBe('SIGKILL');
    expect(await readFile(target, 'utf8')).toBe('the saved project, again');
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('the saved project');
    // Only the killed writer's hidden temporary file is left, recognisably so.
    const others = (await readdir(folder)).filter((name) => !['Kendang.caseweave', 'Kendang.caseweave.bak'].includes(name));
    expect(others).toHaveLength(1);
    expect(isTemporarySiblingOf(target, others[0])).toBe(true);
  });

  it('the same slow writer, left alone, does replace the file (the kill test stops a real write)', async () => {
    await writeFile(target, 'old');
    const child = runNodeChild(['slow-write', target, String(256 * 1024)]);
    expect(await child.nextLine()).toBe('writing');
    expect(await child.nextLine()).toBe('done');
    expect((await readFile(target)).byteLength).toBe(256 * 1024);
    expect(await readFile(backupPathFor(target), 'utf8')).toBe('old');
  });
});
