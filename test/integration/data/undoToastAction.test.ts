// A toast's "Undo" reverts the action the toast reports, never a later one: UndoManager.undoIfLatest and the toast
// action built on it (a later action on top makes the button refuse with a message instead of undoing it).
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../renderer/data/errors.ts';
import { UndoManager, type UndoableCommand } from '../../../renderer/undo/undoManager.ts';
import { undoToastAction } from '../../../renderer/services/undoToastAction.ts';

const logged = (log: string[], label: string): UndoableCommand => ({
  label,
  undo: async () => {
    log.push(`undo ${label}`);
  },
  redo: async () => {
    log.push(`redo ${label}`);
  },
});

describe('undoIfLatest', () => {
  it('undoes the command while it is on top and refuses, changing nothing, once another is pushed', async () => {
    const manager = new UndoManager();
    const log: string[] = [];
    const hits = logged(log, 'Code 2 hits');
    manager.push(hits);
    expect(manager.latest()).toBe(hits);
    const other = logged(log, 'Code 1 hit');
    manager.push(other);
    expect(await manager.undoIfLatest(hits)).toBe(false);
    expect(log).toEqual([]);
    expect(manager.latest()).toBe(other);
    expect(manager.canRedo).toBe(false);

    await manager.undo();
    expect(await manager.undoIfLatest(hits)).toBe(true);
    expect(log).toEqual(['undo Code 1 hit', 'undo Code 2 hits']);
    expect(manager.redoLabel).toBe('Code 2 hits');
    // Already undone: a second click does nothing.
    expect(await manager.undoIfLatest(hits)).toBe(false);
    expect(log).toHaveLength(2);
  });

  it('waits for queued undos before deciding', async () => {
    const manager = new UndoManager();
    const log: string[] = [];
    const first = logged(log, 'first');
    manager.push(first);
    manager.push(logged(log, 'second'));
    const [, undone] = await Promise.all([manager.undo(), manager.undoIfLatest(first)]);
    expect(undone).toBe(true);
    expect(log).toEqual(['undo second', 'undo first']);
  });
});

describe('undoToastAction', () => {
  it('is tied to the command pushed just before it', async () => {
    const manager = new UndoManager();
    const log: string[] = [];
    expect(undoToastAction(manager, 'Undo')).toBeUndefined();
    manager.push(logged(log, 'Delete code “Training”'));
    const action = undoToastAction(manager, 'Undo');
    expect(action?.label).toBe('Undo');
    manager.push(logged(log, 'Code 1 hit'));
    const refused = action?.run();
    await expect(refused).rejects.toBeInstanceOf(DataError);
    await expect(refused).rejects.toThrow('Other changes came after “Delete code “Training””');
    expect(log).toEqual([]);

    await manager.undo();
    await action?.run();
    expect(log).toEqual(['undo Code 1 hit', 'undo Delete code “Training”']);
  });

  it('still undoes its command after the stack was cleared (the deleted project was the open one)', async () => {
    const manager = new UndoManager();
    const log: string[] = [];
    manager.push(logged(log, 'Delete project “Pilot”'));
    const action = undoToastAction(manager, 'Undo');
    // Opening another project clears the session's stack; nothing done since can depend on the deleted project.
    manager.clear();
    manager.push(logged(log, 'Code 1 hit'));
    await action?.run();
    expect(log).toEqual(['undo Delete project “Pilot”']);
    expect(manager.undoLabel).toBe('Code 1 hit');
  });
});
