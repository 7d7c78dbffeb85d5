// The session-wide undo/redo stack: every undoable data action pushes a command once its write has committed;
// undo and redo run the command's async functions one at a time (a queue), never two at once, and first wait for
// the writes still committing (track), so Ctrl+Z pressed right after an action finds that action's step.

export type UndoableCommand = {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
};

export type UndoState = { canUndo: boolean; canRedo: boolean; undoLabel: string | null; redoLabel: string | null };

export const UNDO_STACK_LIMIT = 200;

export class UndoManager {
  private readonly done: UndoableCommand[] = [];
  private readonly undone: UndoableCommand[] = [];
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();
  private state: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  private readonly limit: number;

  constructor(limit: number = UNDO_STACK_LIMIT) {
    this.limit = limit;
  }

  get canUndo(): boolean {
    return this.state.canUndo;
  }

  get canRedo(): boolean {
    return this.state.canRedo;
  }

  get undoLabel(): string | null {
    return this.state.undoLabel;
  }

  get redoLabel(): string | null {
    return this.state.redoLabel;
  }

  /** A stable snapshot (replaced on every change), for useSyncExternalStore. */
  getState = (): UndoState => this.state;

  /** Records a command that has already been done; a new action makes the redo stack meaningless. */
  push(command: UndoableCommand): void {
    this.done.push(command);
    if (this.done.length > this.limit) this.done.splice(0, this.done.length - this.limit);
    this.undone.length = 0;
    this.changed();
  }

  /**
   * Follows a write that is still committing and will push its command when it has: undo, redo and undoIfLatest
   * wait for it first. Returns the same promise.
   */
  track<T>(write: Promise<T>): Promise<T> {
    this.inFlight.add(write);
    const settle = () => {
      this.inFlight.delete(write);
    };
    write.then(settle, settle);
    return write;
  }

  /** Resolves when every tracked write has settled (succeeded or failed). */
  private async writesSettled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Undoes the latest command (no-op when there is none). A failing undo keeps the command on the undo stack. */
  undo(): Promise<void> {
    return this.enqueue(async () => {
      await this.writesSettled();
      await this.moveTop(this.done, this.undone, (command) => command.undo());
    });
  }

  /** The command an undo would revert now (undefined when there is none). */
  latest(): UndoableCommand | undefined {
    return this.done[this.done.length - 1];
  }

  /** Whether the command is on the undo or the redo stack (false once the stacks were cleared). */
  holds(command: UndoableCommand): boolean {
    return this.done.includes(command) || this.undone.includes(command);
  }

  /**
   * Undoes `command` only while it is the latest one, so an "Undo" tied to one action (a toast's button) never
   * reverts a later action instead. Resolves false, changing nothing, when another command is on top.
   */
  undoIfLatest(command: UndoableCommand): Promise<boolean> {
    return this.enqueue(async () => {
      await this.writesSettled();
      return this.latest() === command && this.moveTop(this.done, this.undone, (top) => top.undo());
    });
  }

  /** Redoes the latest undone command (no-op when there is none). A failing redo keeps it on the redo stack. */
  redo(): Promise<void> {
    return this.enqueue(async () => {
      await this.writesSettled();
      await this.moveTop(this.undone, this.done, (command) => command.redo());
    });
  }

  /**
   * Runs the top command of `from` and moves it onto `to`; when running fails it stays on `from`. Listeners hear of
   * the pop while it runs (so buttons disable) and of the outcome. False when `from` is empty.
   */
  private async moveTop(from: UndoableCommand[], to: UndoableCommand[], run: (command: UndoableCommand) => Promise<void>): Promise<boolean> {
    const command = from.pop();
    if (command === undefined) return false;
    try {
      await run(command);
    } catch (error) {
      from.push(command);
      throw error;
    } finally {
      this.changed();
    }
    to.push(command);
    this.changed();
    return true;
  }

  /** Forgets everything (the open project changed). */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.changed();
  }

  /** Resolves when every queued undo/redo has run. */
  idle(): Promise<void> {
    return this.queue;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    // The queue goes on after a failure; the caller still sees the error through `run`.
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private changed(): void {
    const top = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    const state: UndoState = {
      canUndo: top !== undefined,
      canRedo: next !== undefined,
      undoLabel: top?.label ?? null,
      redoLabel: next?.label ?? null,
    };
    const same = state.canUndo === this.state.canUndo && state.canRedo === this.state.canRedo &&
      state.undoLabel === this.state.undoLabel && state.redoLabel === this.state.redoLabel;
    if (same) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }
}
