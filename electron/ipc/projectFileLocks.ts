// The project-file locks main holds for its windows: one lock file per open project file (node/fileLock.ts), plus
// a table of which window holds which file, so a second window of this app is told "another Caseweave window" without
// touching the disk. Locks are released when their window closes and when the app quits.
import path from 'node:path';
import type { LockAttempt, LockHolder } from '../../node/fileLock.ts';
import { systemErrorCode } from '../../node/systemError.ts';
import { formatDateTime, t } from '../../shared/i18n/translate.ts';

/** A window, by its webContents id. */
export type LockOwner = number;

export type ProjectFileLockDeps = {
  /** One per app run (a random id), written into every lock file this app takes. */
  instanceId: string;
  acquireLock: (target: string, instanceId: string) => Promise<LockAttempt>;
  releaseLock: (target: string, instanceId: string) => Promise<void>;
};

/** `lockedBy` is absent when nobody holds the lock but it cannot be taken: the file's folder cannot be written. */
export type LockOutcome = { locked: true } | { locked: false; lockedBy?: string };

/** "researcher on fieldwork-laptop, since 1 Mar 2026, 09:00": who the user should ask to close the file. */
export const describeLockHolder = (holder: LockHolder | null): string => {
  if (holder === null) return t('electron.lock.unreadable');
  const time = Number.isNaN(Date.parse(holder.lockedAt)) ? holder.lockedAt : formatDateTime(holder.lockedAt);
  return holder.userName === ''
    ? t('electron.lock.heldOnHost', { host: holder.hostname, time })
    : t('electron.lock.heldBy', { user: holder.userName, host: holder.hostname, time });
};

/** A lock file that cannot be created because the folder is read-only: the file can be read, never written. */
const isUnwritableFolder = (error: unknown): boolean => ['EACCES', 'EPERM', 'EROFS'].includes(systemErrorCode(error) ?? '');

export type ProjectFileLocks = ReturnType<typeof createProjectFileLocks>;

export const createProjectFileLocks = (deps: ProjectFileLockDeps) => {
  const owners = new Map<string, LockOwner>();
  const pending = new Set<Promise<void>>();
  const key = (file: string): string => path.resolve(file);

  const releaseOnDisk = (file: string): Promise<void> => {
    const release = deps.releaseLock(file, deps.instanceId).catch(() => undefined).finally(() => pending.delete(release));
    pending.add(release);
    return release;
  };

  return {
    /**
     * Takes (or confirms) `owner`'s lock of `file`. Asked again before every linked write, since the lock file may
     * have been deleted or taken over behind the app's back.
     */
    take: async (file: string, owner: LockOwner): Promise<LockOutcome> => {
      const holder = owners.get(key(file));
      if (holder !== undefined && holder !== owner) return { locked: false, lockedBy: t('electron.lock.anotherWindow') };
      let attempt: LockAttempt;
      try {
        attempt = await deps.acquireLock(file, deps.instanceId);
      } catch (error) {
        if (isUnwritableFolder(error)) return { locked: false };
        throw error;
      }
      if (!attempt.acquired) {
        owners.delete(key(file));
        return { locked: false, lockedBy: describeLockHolder(attempt.holder) };
      }
      owners.set(key(file), owner);
      return { locked: true };
    },
    isHeldBy: (file: string, owner: LockOwner): boolean => owners.get(key(file)) === owner,
    release: async (file: string, owner: LockOwner): Promise<void> => {
      if (owners.get(key(file)) !== owner) return;
      owners.delete(key(file));
      await releaseOnDisk(file);
    },
    /** Every lock of a window that closed. */
    releaseOwner: async (owner: LockOwner): Promise<void> => {
      const files = [...owners].filter(([, holder]) => holder === owner).map(([file]) => file);
      for (const file of files) owners.delete(file);
      await Promise.all(files.map(releaseOnDisk));
    },
    /** True while a lock is held or still being released: quitting waits for `releaseAll` then. */
    isBusy: (): boolean => owners.size > 0 || pending.size > 0,
    releaseAll: async (): Promise<void> => {
      const files = [...owners.keys()];
      owners.clear();
      await Promise.all([...files.map(releaseOnDisk), ...pending]);
    },
  };
};
