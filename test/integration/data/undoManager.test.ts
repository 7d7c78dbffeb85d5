// The session UndoManager: stack order, redo cleared by a new action, the size cap, one command at a time,
// a failing command staying on its stack, labels and subscriptions.
import { describe, expect, it } from 'vitest';
import { UndoManager, type UndoableCommand } from '../../../renderer/undo/undoManager.ts';

const recorder = () => {
  const log: string[] = [];
  let running = 0;
  const command = (label: string, delay = 0): UndoableCommand => ({
    label,
    undo: async () => {
      running += 1;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, delay));
      log.push(`undo ${label}`);
      running -= 1;
    },
    redo: async () => {
      running += 1;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, delay));
      log.push(`redo ${label}`);
      running -= 1;
    },
  });
  return { log, command };
};

describe('UndoManager', () => {
  it('undoes and redoes in stack order, one at a time, and a push clears the redo stack', async () => {
    const manager = new UndoManager();
    const { log, command } = recorder();
    manager.push(command('a', 5));
    manager.push(command('b', 1));
    expect(manager.undoLabel).toBe('b');
    await Promise.all([manager.undo(), manager.undo(), manager.redo()]);
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    expect(manager.redoLabel).toBe('b');
    manager.push(command('c'));
    expect(manager.canRedo).toBe(false);
    await manager.redo();
    expect(log).toHaveLength(3);
  });

  it('waits for a tracked write before undoing, so an undo pressed mid-write reverts that write', async () => {
    const manager = new UndoManager();
    const { log, command } = recorder();
    manager.push(command('a'));
    let finish: () => void = () => undefined;
    const write = new Promise<void>((resolve) => {
      finish = resolve;
    }).then(() => manager.push(command('b')));
    manager.track(write);
    const undone = manager.undo();
    await Promise.resolve();
    expect(log).toEqual([]);
    finish();
    await undone;
    expect(log).toEqual(['undo b']);
    expect(manager.undoLabel).toBe('a');
  });

  it('undoes the step before when the tracked write fails (it pushed nothing)', async () => {
    const manager = new UndoManager();
    const { log, command } = recorder();
    manager.push(command('a'));
    const failing = Promise.reject(new Error('disk full'));
    manager.track(failing).catch(() => undefined);
    await manager.undo();
    expect(log).toEqual(['undo a']);
  });

  it('knows whether it still holds a command, so a stale toast can tell a cleared stack from a later action', async () => {
    const manager = new UndoManager();
    const { command } = recorder();
    const a = command('a');
    manager.push(a);
    expect(manager.holds(a)).toBe(true);
    await manager.undo();
    expect(manager.holds(a)).toBe(true);
    manager.clear();
    expect(manager.holds(a)).toBe(false);
  });

  it('keeps at most the cap of commands and forgets everything on clear', async () => {
    const manager = new UndoManager(3);
    const { log, command } = recorder();
    for (const label of ['1', '2', '3', '4', '5']) manager.push(command(label));
    for (let i = 0; i < 5; i += 1) await manager.undo();
    expect(log).toEqual(['undo 5', 'undo 4', 'undo 3']);
    manager.clear();
    expect(manager.getState()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });

  it('keeps a failing command on its stack, reports the error and goes on with the next one', async () => {
    const manager = new UndoManager();
    const { log, command } = recorder();
    manager.push(command('ok'));
    manager.push({ label: 'broken', undo: () => Promise.reject(new Error('nope')), redo: () => Promise.resolve() });
    await expect(manager.undo()).rejects.toThrow('nope');
    expect(manager.undoLabel).toBe('broken');
    expect(manager.canRedo).toBe(false);
    let notified = 0;
    const stop = manager.subscribe(() => {
      notified += 1;
    });
    manager.push(command('next'));
    await manager.undo();
    stop();
    expect(log).toEqual(['undo next']);
    expect(notified).toBeGreaterThanOrEqual(2);
  });
});
