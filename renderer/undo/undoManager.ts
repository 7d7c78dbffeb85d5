// The session-wide undo/redo stack: every undoable data action pushes a command after it has run;
// undo and redo run the command's async functions one at a time (a queue), never two at once.

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
   * Records a command whose write is still committing (its effect already shows), so an undo pressed at once finds
   * it. Returns `withdraw`, for when that write fails: the command leaves the stacks and the redo stack it cleared
   * comes back, as if it had never been pushed.
   */
  pushPending(command: UndoableCommand): () => void {
    const clearedRedo = [...this.undone];
    this.push(command);
    return () => {
      const done = this.done.lastIndexOf(command);
      if (done !== -1) this.done.splice(done, 1);
      const undone = this.undone.lastIndexOf(command);
      if (undone !== -1) this.undone.splice(undone, 1);
      if (this.undone.length === 0) this.undone.push(...clearedRedo);
      this.changed();
    };
  }

  /** Undoes the latest command (no-op when there is none). A failing undo keeps the command on the undo stack. */
  undo(): Promise<void> {
    return this.enqueue(async () => {
      await this.moveTop(this.done, this.undone, (command) => command.undo());
    });
  }

  /** The command an undo would revert now (undefined when there is none). */
  latest(): UndoableCommand | undefined {
    return this.done[this.done.length - 1];
  }

  /**
   * Undoes `command` only while it is the latest one, so an "Undo" tied to one action (a toast's button) never
   * reverts a later action instead. Resolves false, changing nothing, when another command is on top.
   */
  undoIfLatest(command: UndoableCommand): Promise<boolean> {
    return this.enqueue(async () => this.latest() === command && this.moveTop(this.done, this.undone, (top) => top.undo()));
  }

  /** Redoes the latest undone command (no-op when there is none). A failing redo keeps it on the redo stack. */
  redo(): Promise<void> {
    return this.enqueue(async () => {
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
