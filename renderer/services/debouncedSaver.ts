// The timing of every autosaving editor (memos, summary sheets, display cell notes, a conclusion's statement), with no
// React in it: a draft is written once typing pauses (~600 ms), at once when flushed (blur, leaving the editor);
// drafts typed meanwhile merge into the pending one, never lost; writes run one after another, so a record created by
// the first save is updated by the next. It reports its state — dirty, saving, saved, failed — as it goes.
export const AUTOSAVE_DELAY_MS = 600;

export type SaveState = { status: 'idle' | 'dirty' | 'saving' | 'saved' } | { status: 'failed'; message: string };

/** Runs `callback` after `delayMs`; the function it returns cancels it. */
export type Timer = (callback: () => void, delayMs: number) => () => void;

const realTimer: Timer = (callback, delayMs) => {
  const handle = setTimeout(callback, delayMs);
  return () => clearTimeout(handle);
};

export type DebouncedSaverOptions<Draft> = {
  /** Writes one draft. */
  write: (draft: Draft) => Promise<void>;
  /**
   * A draft that needs no write, and the state it leaves: 'idle' (nothing to keep yet), 'saved' (as stored) or 'dirty'
   * (not savable as it is, e.g. an empty statement); null writes it. Asked just before the write would run.
   */
  settle?: (draft: Draft) => 'idle' | 'saved' | 'dirty' | null;
  /** Folds a new draft into the one still waiting (a patch of other fields); without it the newer draft replaces it. */
  merge?: (pending: Draft, next: Draft) => Draft;
  /** The state a failed write leaves (and the place to report it). */
  failed: (error: unknown) => SaveState;
  onState: (state: SaveState) => void;
  delayMs?: number;
  timer?: Timer;
};

export type DebouncedSaver<Draft> = {
  /** Records the draft (merged into a waiting one) and (re)starts the pause timer. */
  schedule: (draft: Draft) => void;
  /** Writes the waiting draft now; resolves when every write so far is done. */
  flush: () => Promise<void>;
  /** Drops a waiting draft (its record is being deleted). */
  discard: () => void;
  /** True while a draft waits or a write runs. */
  busy: () => boolean;
  state: () => SaveState;
};

export const createDebouncedSaver = <Draft>(options: DebouncedSaverOptions<Draft>): DebouncedSaver<Draft> => {
  const timer = options.timer ?? realTimer;
  let pending: { draft: Draft } | null = null;
  let cancel: (() => void) | null = null;
  let chain: Promise<void> = Promise.resolve();
  let state: SaveState = { status: 'idle' };
  const setState = (next: SaveState) => {
    state = next;
    options.onState(next);
  };
  const stopTimer = () => {
    cancel?.();
    cancel = null;
  };
  // After a write (or a draft that needed none), a draft typed meanwhile keeps the editor dirty.
  const settled = (status: 'idle' | 'saved' | 'dirty') => setState({ status: pending === null ? status : 'dirty' });

  const flush = (): Promise<void> => {
    stopTimer();
    const taken = pending;
    pending = null;
    if (taken === null) return chain;
    chain = chain.then(async () => {
      const skip = options.settle?.(taken.draft) ?? null;
      if (skip !== null) {
        settled(skip);
        return;
      }
      setState({ status: 'saving' });
      try {
        await options.write(taken.draft);
        settled('saved');
      } catch (error) {
        setState(options.failed(error));
      }
    });
    return chain;
  };

  return {
    schedule: (draft) => {
      pending = { draft: pending !== null && options.merge !== undefined ? options.merge(pending.draft, draft) : draft };
      setState({ status: 'dirty' });
      stopTimer();
      cancel = timer(() => void flush(), options.delayMs ?? AUTOSAVE_DELAY_MS);
    },
    flush,
    discard: () => {
      stopTimer();
      pending = null;
    },
    busy: () => pending !== null || state.status === 'saving',
    state: () => state,
  };
};
