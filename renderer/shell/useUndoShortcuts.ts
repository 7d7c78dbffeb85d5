// Session-wide undo/redo: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, through the UndoManager, and so do
// Electron's Edit → Undo/Redo menu items. Text fields and editable rich text keep their own local undo: keys are left
// to them, and the menu items undo their typing instead of the session's last action.
import { useEffect } from 'react';
import { useUndoManager } from '../services/UndoContext.tsx';
import { onMenuCommand } from '../platform/platform.ts';
import { useToasts } from '../services/Toasts.tsx';
import { isTextEditingTarget } from '../services/textEditingTarget.ts';

export type UndoKey = 'undo' | 'redo' | null;

export const undoKeyOf = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): UndoKey => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
};

export const useUndoShortcuts = (): void => {
  const manager = useUndoManager();
  const { runWrite } = useToasts();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEditingTarget(event.target)) return;
      const action = undoKeyOf(event);
      if (action === null) return;
      event.preventDefault();
      void runWrite(() => (action === 'undo' ? manager.undo() : manager.redo()));
    };
    const stopMenu = onMenuCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      // The text field's own history; execCommand is the one way to reach it from outside a key press.
      if (isTextEditingTarget(document.activeElement)) document.execCommand(command);
      else void runWrite(() => (command === 'undo' ? manager.undo() : manager.redo()));
    });
    globalThis.addEventListener('keydown', onKeyDown);
    return () => {
      stopMenu();
      globalThis.removeEventListener('keydown', onKeyDown);
    };
  }, [manager, runWrite]);
};
