// The "Undo" button of a toast that reports one action: it reverts that action only, never one done after it.
import { DataError } from '../data/errors.ts';
import type { UndoManager } from '../undo/undoManager.ts';

export type UndoToastAction = { label: string; run: () => Promise<void> };

/**
 * Call right after the action has pushed its command. Clicking the button later undoes that command if it is still
 * the latest; otherwise it changes nothing and says why (the top bar's Undo steps back through the later changes).
 * When the stacks were cleared since (the deleted project was the open one, and the app moved to another), nothing
 * can have been built on the command any more, and the button undoes it directly.
 */
export const undoToastAction = (manager: UndoManager, label: string): UndoToastAction | undefined => {
  const command = manager.latest();
  if (command === undefined) return undefined;
  return {
    label,
    run: async () => {
      if (!manager.holds(command)) {
        await command.undo();
        return;
      }
      if (!(await manager.undoIfLatest(command))) throw new DataError('app.undo.notLatest', { action: command.label });
    },
  };
};
