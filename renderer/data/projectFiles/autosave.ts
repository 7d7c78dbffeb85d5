// Autosave of a project linked to a file: after every change the file is written again, once the user pauses for
// a moment and never later than five seconds after the first unsaved change, so steady typing cannot hold it off.
// The changes are the data events of commit() for the project (and for coders, whom the file carries). Saves run
// one at a time; a change during a save is saved next. A failed save is reported and waits for the next change or
// "Save now". The timer is injected so tests step time.
import type { Id } from '../../../shared/model/index.ts';
import { systemTimer, type BackupTimer } from '../backupScheduler.ts';
import { onDataEvent, writesTo } from '../dataEvents.ts';

/** Quiet time after the last change before saving. */
export const AUTOSAVE_QUIET_MS = 1500;
/** The longest a change waits to be saved. */
export const AUTOSAVE_MAX_WAIT_MS = 5000;

export type AutosaveStatus =
  /** Nothing unsaved; `at` is when the file was last written here (null: not yet in this session). */
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown };

export type AutosaveOptions = {
  projectId: Id;
  /** Writes the linked file; resolves with the time it was saved. */
  save: () => Promise<{ savedAt: string }>;
  onStatus: (status: AutosaveStatus) => void;
  timer?: BackupTimer;
  quietMs?: number;
  maxWaitMs?: number;
};

export type Autosave = {
  /** Saves now whether or not anything changed (Ctrl+S); rejects when the save fails. */
  saveNow(): Promise<void>;
  /** Saves now when something is unsaved (the window is closing or hidden); never rejects. */
  flush(): Promise<void>;
  /** Stops listening, then flushes: the project is being closed or linked elsewhere. */
  stop(): Promise<void>;
  hasChanges(): boolean;
};

export const startAutosave = ({
  projectId, save, onStatus, timer = systemTimer, quietMs = AUTOSAVE_QUIET_MS, maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
}: AutosaveOptions): Autosave => {
  let dirty = false;
  let stopped = false;
  let cancelQuiet: (() => void) | null = null;
  let cancelMaxWait: (() => void) | null = null;
  let queue: Promise<void> = Promise.resolve();

  const cancelTimers = (): void => {
    cancelQuiet?.();
    cancelMaxWait?.();
    cancelQuiet = null;
    cancelMaxWait = null;
  };

  /** Queues one save of everything changed up to its start. */
  const run = (force: boolean): Promise<void> => {
    cancelTimers();
    const written = queue.then(async () => {
      if (!dirty && !force) return;
      dirty = false;
      onStatus({ kind: 'saving' });
      try {
        const { savedAt } = await save();
        onStatus(dirty ? { kind: 'pending' } : { kind: 'saved', at: savedAt });
      } catch (error) {
        dirty = true;
        onStatus({ kind: 'failed', error });
        throw error;
      }
    });
    queue = written.catch(() => undefined);
    return written;
  };

  const schedule = (): void => {
    cancelQuiet?.();
    cancelQuiet = timer(() => void run(false).catch(() => undefined), quietMs);
    cancelMaxWait ??= timer(() => void run(false).catch(() => undefined), maxWaitMs);
  };

  const unsubscribe = onDataEvent((event) => {
    if (stopped || (event.projectId !== projectId && !writesTo(event, 'coders'))) return;
    dirty = true;
    onStatus({ kind: 'pending' });
    schedule();
  });

  const flush = async (): Promise<void> => {
    await queue;
    if (dirty) await run(false).catch(() => undefined);
  };

  return {
    saveNow: () => run(true),
    flush,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      unsubscribe();
      cancelTimers();
      await flush();
    },
    hasChanges: () => dirty,
  };
};
