// How main tells the user who holds a project file, and its table of windows: a window's own lock is confirmed on
// disk before each write, another window is named without touching the disk, a read-only folder opens read-only.
import { describe, expect, it } from 'vitest';
import type { LockAttempt, LockHolder } from '../../node/fileLock.ts';
import { createProjectFileLocks, describeLockHolder } from '../../electron/ipc/projectFileLocks.ts';

const holder: LockHolder = {
  pid: 4242,
  hostname: 'fieldwork-laptop',
  userName: 'researcher',
  instanceId: 'other',
  lockedAt: '2026-03-01T09:00:00.000Z',
};

describe('describeLockHolder', () => {
  it('names the user, the machine and since when', () => {
    const text = describeLockHolder(holder);
    expect(text).toMatch(/^researcher on fieldwork-laptop, since /);
    expect(text).toContain('2026');
  });

  it('names the machine alone when the user is unknown, and says when the lock cannot be read', () => {
    expect(describeLockHolder({ ...holder, userName: '' })).toMatch(/^Caseweave on fieldwork-laptop, since /);
    expect(describeLockHolder(null)).toBe('another Caseweave (its lock file cannot be read yet)');
  });
});

describe('createProjectFileLocks', () => {
  const scripted = (answer: (file: string) => Promise<LockAttempt>) => {
    const calls: string[] = [];
    const locks = createProjectFileLocks({
      instanceId: 'app-run-1',
      acquireLock: async (file) => {
        calls.push(`acquire ${file}`);
        return answer(file);
      },
      releaseLock: async (file) => {
        calls.push(`release ${file}`);
      },
    });
    return { locks, calls };
  };

  it('asks the disk again for a window’s own lock, but answers another window from its table', async () => {
    const mine: LockHolder = { ...holder, instanceId: 'app-run-1' };
    const { locks, calls } = scripted(async () => ({ acquired: true, holder: mine }));
    expect(await locks.take('/p.caseweave', 1)).toEqual({ locked: true });
    expect(await locks.take('/p.caseweave', 1)).toEqual({ locked: true });
    expect(await locks.take('/p.caseweave', 2)).toEqual({ locked: false, lockedBy: 'another Caseweave window' });
    expect(calls).toEqual(['acquire /p.caseweave', 'acquire /p.caseweave']);
  });

  it('forgets a lock someone took over behind its back', async () => {
    let attempt: LockAttempt = { acquired: true, holder: { ...holder, instanceId: 'app-run-1' } };
    const { locks } = scripted(async () => attempt);
    await locks.take('/p.caseweave', 1);
    attempt = { acquired: false, holder };
    expect(await locks.take('/p.caseweave', 1)).toMatchObject({ locked: false, lockedBy: expect.stringContaining('researcher') });
    expect(locks.isHeldBy('/p.caseweave', 1)).toBe(false);
  });

  it('opens read-only, naming nobody, when the folder cannot be written', async () => {
    const { locks } = scripted(async () => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    });
    expect(await locks.take('/media/cdrom/p.caseweave', 1)).toEqual({ locked: false });
  });

  it('releases only the owner’s locks, and waits for releases still running', async () => {
    const { locks, calls } = scripted(async () => ({ acquired: true, holder: { ...holder, instanceId: 'app-run-1' } }));
    await locks.take('/a.caseweave', 1);
    await locks.take('/b.caseweave', 2);
    await locks.release('/b.caseweave', 1);
    await locks.releaseOwner(1);
    expect(calls.filter((call) => call.startsWith('release'))).toEqual(['release /a.caseweave']);
    expect(locks.isBusy()).toBe(true);
    await locks.releaseAll();
    expect(locks.isBusy()).toBe(false);
    expect(calls.filter((call) => call.startsWith('release'))).toEqual(['release /a.caseweave', 'release /b.caseweave']);
  });
});
