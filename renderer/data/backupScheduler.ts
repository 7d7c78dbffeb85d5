// When the open project is backed up: ten minutes after the first change since the last backup (so every ten
// minutes while the user works, never while the project sits unchanged), at close when something changed since, and
// whenever the user asks ("Back up now"). Writes run one at a time. The timer is injected so tests step time.
import type { Id } from '../../shared/model/index.ts';
import type { BackupEntry } from '../../shared/platform/bridge.ts';
import { onDataEvent } from './dataEvents.ts';

export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export type BackupReason = 'interval' | 'close' | 'asked';

/** Calls `callback` after `delayMs` and returns the function that cancels it: setTimeout, or a test's stepped clock. */
export type BackupTimer = (callback: () => void, delayMs: number) => () => void;

export const systemTimer: BackupTimer = (callback, delayMs) => {
  const handle = globalThis.setTimeout(callback, delayMs);
  return () => globalThis.clearTimeout(handle);
};

export type BackupSchedulerOptions = {
  projectId: Id;
  /** Writes one backup of the project (snapshot → `.caseweave` bytes → backup store); null when the project is gone. */
  backUp: (reason: BackupReason) => Promise<BackupEntry | null>;
  timer?: BackupTimer;
  intervalMs?: number;
  onBackedUp?: (entry: BackupEntry, reason: BackupReason) => void;
  /** A backup the user did not ask for failed; it is tried again after the next interval. */
  onFailed?: (error: unknown, reason: BackupReason) => void;
};

export type BackupScheduler = {
  /** Writes a backup now, whether or not anything changed, and starts the next interval afresh. */
  backUpNow(): Promise<BackupEntry | null>;
  /** True when the project changed since its last backup (or since it was opened). */
  hasChanges(): boolean;
  /** When the project changed since its last backup, writes the closing backup (the window is closing); keeps listening. */
  flush(): Promise<BackupEntry | null>;
  /** Stops listening and flushes: the project is being closed. */
  close(): Promise<BackupEntry | null>;
};

export const startBackupScheduler = ({
  projectId, backUp, timer = systemTimer, intervalMs = BACKUP_INTERVAL_MS, onBackedUp, onFailed,
}: BackupSchedulerOptions): BackupScheduler => {
  let changed = false;
  let closing = false;
  let cancelTimer: (() => void) | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const stopTimer = (): void => {
    cancelTimer?.();
    cancelTimer = null;
  };

  const startTimer = (): void => {
    if (cancelTimer !== null || closing) return;
    cancelTimer = timer(() => {
      cancelTimer = null;
      // A failure is reported through onFailed and retried after the next interval.
      void run('interval').catch(() => undefined);
    }, intervalMs);
  };

  /** Queues one backup; the changes it covers are those up to its start, so later ones start the next interval. */
  const run = (reason: BackupReason): Promise<BackupEntry | null> => {
    const written = queue.then(async () => {
      changed = false;
      try {
        const entry = await backUp(reason);
        if (entry !== null) onBackedUp?.(entry, reason);
        return entry;
      } catch (error) {
        changed = true;
        if (reason !== 'asked') onFailed?.(error, reason);
        throw error;
      } finally {
        if (changed) startTimer();
      }
    });
    queue = written.catch(() => undefined);
    return written;
  };

  // The data events of commit(): every committed write of this project, whichever screen or undo step made it.
  const unsubscribe = onDataEvent((event) => {
    if (event.projectId !== projectId || closing) return;
    changed = true;
    startTimer();
  });

  const flush = async (): Promise<BackupEntry | null> => {
    stopTimer();
    // A backup still running covers the changes before it; one failing meanwhile leaves `changed` set for this one.
    await queue;
    if (!changed) return null;
    return run('close').catch(() => null);
  };

  return {
    backUpNow: () => {
      stopTimer();
      return run('asked');
    },
    hasChanges: () => changed,
    flush,
    close: async () => {
      if (closing) return null;
      closing = true;
      unsubscribe();
      return flush();
    },
  };
};
