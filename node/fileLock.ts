// The lock beside a project file (`.NAME.caseweave.lock`): whoever holds it may write the file; anyone else opens it
// read-only and is told who has it. The lock file says which process on which machine, for which user and app
// instance, took it when. It is created atomically (`wx`), so two processes racing for it cannot both win; a lock
// left by a process of this machine that no longer runs is stale and taken over. Electron main and the CLI share it.
import { hostname as systemHostname, userInfo } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { systemErrorCode } from './systemError.ts';

/** Who holds a lock, as written in the lock file. */
export type LockHolder = {
  pid: number;
  hostname: string;
  userName: string;
  /** One per running app or CLI process (a random id), so a restarted app does not mistake an old lock for its own. */
  instanceId: string;
  /** ISO instant the lock was taken. */
  lockedAt: string;
};

export type LockEnvironment = {
  hostname: string;
  isProcessAlive: (pid: number) => boolean;
  now: () => Date;
};

export type LockAttempt = { acquired: true; holder: LockHolder } | { acquired: false; holder: LockHolder | null };

/** A lock file that exists but says nothing readable is left alone this long: its writer may still be filling it. */
export const UNREADABLE_LOCK_GRACE_MS = 10_000;

const LOCK_FORMAT_FIELDS = ['pid', 'hostname', 'userName', 'instanceId', 'lockedAt'] as const;

export const lockPathFor = (target: string): string => path.join(path.dirname(target), `.${path.basename(target)}.lock`);

/** Signal 0 probes without signalling: ESRCH means gone; EPERM means alive but someone else's. */
export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return systemErrorCode(error) === 'EPERM';
  }
};

const currentUserName = (): string => {
  try {
    return userInfo().username;
  } catch {
    // No entry in the user database (some containers): the lock still works, it just names no one.
    return '';
  }
};

export const systemLockEnvironment = (): LockEnvironment => ({ hostname: systemHostname(), isProcessAlive, now: () => new Date() });

/** The holder this process writes into a lock it takes. */
export const currentLockHolder = (instanceId: string, environment: LockEnvironment = systemLockEnvironment()): LockHolder => ({
  pid: process.pid,
  hostname: environment.hostname,
  userName: currentUserName(),
  instanceId,
  lockedAt: environment.now().toISOString(),
});

const parseHolder = (text: string): LockHolder | null => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record: Record<string, unknown> = { ...value };
  const { pid, hostname, userName, instanceId, lockedAt } = record;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
  if (typeof hostname !== 'string' || typeof userName !== 'string' || typeof instanceId !== 'string' || typeof lockedAt !== 'string') return null;
  return { pid, hostname, userName, instanceId, lockedAt };
};

type LockFileState = { kind: 'free' } | { kind: 'held'; holder: LockHolder; text: string } | { kind: 'unreadable'; text: string; ageMs: number };

const readLockFile = async (lockPath: string, now: Date): Promise<LockFileState> => {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const holder = parseHolder(text);
    return holder ? { kind: 'held', holder, text } : { kind: 'unreadable', text, ageMs: now.getTime() - info.mtimeMs };
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return { kind: 'free' };
    throw error;
  }
};

/** Who holds the lock of `target`, or null when nobody does (or the lock file cannot be read as one). */
export const readLock = async (target: string): Promise<LockHolder | null> => {
  const state = await readLockFile(lockPathFor(target), new Date());
  return state.kind === 'held' ? state.holder : null;
};

/**
 * A lock nobody holds any more: taken on this machine by a process that has ended. A lock from another machine is
 * never judged stale: its process cannot be probed from here, and that machine may still be writing (a synced folder).
 */
export const isStaleLock = (holder: LockHolder, environment: Pick<LockEnvironment, 'hostname' | 'isProcessAlive'>): boolean =>
  holder.hostname === environment.hostname && !environment.isProcessAlive(holder.pid);

const isSameHolder = (a: LockHolder, b: Pick<LockHolder, 'pid' | 'hostname' | 'instanceId'>): boolean =>
  a.pid === b.pid && a.hostname === b.hostname && a.instanceId === b.instanceId;

const createLockFile = async (lockPath: string, holder: LockHolder): Promise<boolean> => {
  let handle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (error) {
    if (systemErrorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder, [...LOCK_FORMAT_FIELDS], 2)}\n`);
    await handle.sync();
    await handle.close();
  } catch (error) {
    // A lock that says nothing would block everyone for the grace period: take it back.
    await handle.close().catch(() => undefined);
    await rm(lockPath, { force: true });
    throw error;
  }
  return true;
};

/** Removes a stale lock file only if it still says what was judged stale, so a lock someone just took survives. */
const removeIfUnchanged = async (lockPath: string, staleText: string): Promise<void> => {
  const current = await readFile(lockPath, 'utf8').catch(() => null);
  if (current === staleText) await rm(lockPath, { force: true });
};

/**
 * Takes the lock of `target` for `instanceId`. Succeeds when the lock is free, already this instance's, or stale;
 * otherwise answers who holds it (null when the lock file is unreadable but too recent to judge).
 */
export const acquireLock = async (
  target: string,
  instanceId: string,
  environment: LockEnvironment = systemLockEnvironment(),
): Promise<LockAttempt> => {
  const lockPath = lockPathFor(target);
  const holder = currentLockHolder(instanceId, environment);
  // A few rounds: each one either takes the lock, finds it held, or clears a stale lock and tries again.
  for (let round = 0; round < 3; round += 1) {
    if (await createLockFile(lockPath, holder)) return { acquired: true, holder };
    const state = await readLockFile(lockPath, environment.now());
    if (state.kind === 'free') continue;
    if (state.kind === 'held') {
      if (isSameHolder(state.holder, holder)) return { acquired: true, holder: state.holder };
      if (!isStaleLock(state.holder, environment)) return { acquired: false, holder: state.holder };
    } else if (state.ageMs < UNREADABLE_LOCK_GRACE_MS) {
      return { acquired: false, holder: null };
    }
    await removeIfUnchanged(lockPath, state.text);
  }
  return { acquired: false, holder: await readLock(target) };
};

/** Gives up this instance's lock of `target`; a lock someone else holds (or took over) is left alone. */
export const releaseLock = async (target: string, instanceId: string, environment: Pick<LockEnvironment, 'hostname'> = systemLockEnvironment()): Promise<void> => {
  const lockPath = lockPathFor(target);
  const state = await readLockFile(lockPath, new Date());
  if (state.kind !== 'held') return;
  if (!isSameHolder(state.holder, { pid: process.pid, hostname: environment.hostname, instanceId })) return;
  await removeIfUnchanged(lockPath, state.text);
};
