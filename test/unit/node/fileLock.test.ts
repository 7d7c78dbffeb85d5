// node/fileLock.ts on real temporary files and real processes: the lock is exclusive across processes, says who holds
// it, is taken over once its process has ended, and is released only by its holder.
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireLock,
  isStaleLock,
  lockPathFor,
  readLock,
  releaseLock,
  systemLockEnvironment,
  type LockAttempt,
  type LockHolder,
} from '../../../node/fileLock.ts';
import { runNodeChild, type NodeChild } from './runNodeChild.ts';

let folder: string;
let target: string;
const children: NodeChild[] = [];

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'caseweave-lock-'));
  target = path.join(folder, 'Kendang.caseweave');
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
  await rm(folder, { recursive: true, force: true });
});

const holdLockInChild = async (instanceId: string): Promise<{ child: NodeChild; attempt: LockAttempt }> => {
  const child = runNodeChild(['lock', target, instanceId]);
  children.push(child);
  const attempt: LockAttempt = JSON.parse(await child.nextLine());
  return { child, attempt };
};

const holder = (overrides: Partial<LockHolder>): LockHolder => ({
  pid: 4242,
  hostname: 'fieldwork-laptop',
  userName: 'researcher',
  instanceId: 'other-instance',
  lockedAt: '2026-03-01T09:00:00.000Z',
  ...overrides,
});

describe('lockPathFor', () => {
  it('puts a hidden lock file beside the project file', () => {
    expect(lockPathFor('/home/r/Studies/Kendang.caseweave')).toBe(path.join('/home/r/Studies', '.Kendang.caseweave.lock'));
  });
});

describe('acquireLock', () => {
  it('takes a free lock, writing pid, host, user, instance and time, and readLock says so', async () => {
    const attempt = await acquireLock(target, 'app-1');
    expect(attempt).toMatchObject({ acquired: true, holder: { pid: process.pid, hostname: os.hostname(), instanceId: 'app-1' } });
    expect(Date.parse(attempt.holder?.lockedAt ?? '')).not.toBeNaN();
    expect(await readLock(target)).toEqual(attempt.holder);
    expect(await readdir(folder)).toEqual(['.Kendang.caseweave.lock']);
  });

  it('is re-entrant for the same instance, but refused to another instance of the same process', async () => {
    await acquireLock(target, 'app-1');
    expect((await acquireLock(target, 'app-1')).acquired).toBe(true);
    const other = await acquireLock(target, 'app-2');
    expect(other).toMatchObject({ acquired: false, holder: { instanceId: 'app-1', pid: process.pid } });
  });

  it('is exclusive across processes: another process holding it is named as the holder', async () => {
    const { child, attempt } = await holdLockInChild('cli-1');
    expect(attempt).toMatchObject({ acquired: true, holder: { pid: child.process.pid, instanceId: 'cli-1' } });
    expect(await acquireLock(target, 'app-1')).toMatchObject({ acquired: false, holder: { pid: child.process.pid, instanceId: 'cli-1' } });
    expect(await readLock(target)).toMatchObject({ pid: child.process.pid });
  });

  it('lets exactly one of several processes racing for a free lock win', async () => {
    const racers = await Promise.all(['racer-1', 'racer-2', 'racer-3'].map((id) => holdLockInChild(id)));
    const winners = racers.filter(({ attempt }) => attempt.acquired);
    expect(winners).toHaveLength(1);
    const winnerPid = winners[0].child.process.pid;
    for (const { attempt } of racers.filter(({ attempt }) => !attempt.acquired)) expect(attempt.holder?.pid).toBe(winnerPid);
  });

  it('takes over the lock of a process of this machine that has ended', async () => {
    const { child } = await holdLockInChild('crashed-app');
    child.process.kill('SIGKILL');
    await child.exited;
    const attempt = await acquireLock(target, 'app-1');
    expect(attempt).toMatchObject({ acquired: true, holder: { pid: process.pid, instanceId: 'app-1' } });
    expect(await readLock(target)).toMatchObject({ instanceId: 'app-1' });
  });

  it('never takes over a lock from another machine, whose process it cannot see', async () => {
    await writeFile(lockPathFor(target), JSON.stringify(holder({ hostname: 'office-desktop', pid: 999_999_999 })));
    expect(await acquireLock(target, 'app-1')).toMatchObject({ acquired: false, holder: { hostname: 'office-desktop' } });
  });

  it('waits on a lock file too new to judge that says nothing readable, and takes it over once it is old', async () => {
    await writeFile(lockPathFor(target), '');
    expect(await acquireLock(target, 'app-1')).toEqual({ acquired: false, holder: null });
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(lockPathFor(target), longAgo, longAgo);
    expect(await acquireLock(target, 'app-1')).toMatchObject({ acquired: true });
  });
});

describe('isStaleLock', () => {
  const environment = { hostname: 'fieldwork-laptop', isProcessAlive: (pid: number) => pid === 4242 };

  it('is stale only when taken on this machine by a process no longer running', () => {
    expect(isStaleLock(holder({ pid: 4242 }), environment)).toBe(false);
    expect(isStaleLock(holder({ pid: 7 }), environment)).toBe(true);
    expect(isStaleLock(holder({ pid: 7, hostname: 'office-desktop' }), environment)).toBe(false);
  });

  it('sees this process as alive', () => {
    expect(systemLockEnvironment().isProcessAlive(process.pid)).toBe(true);
  });
});

describe('releaseLock', () => {
  it('removes only its own lock', async () => {
    await acquireLock(target, 'app-1');
    await releaseLock(target, 'app-2');
    expect(await readLock(target)).toMatchObject({ instanceId: 'app-1' });
    await releaseLock(target, 'app-1');
    expect(await readLock(target)).toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves another process’s lock alone', async () => {
    const { child } = await holdLockInChild('cli-1');
    await releaseLock(target, 'cli-1');
    expect(await readLock(target)).toMatchObject({ pid: child.process.pid });
  });
});
