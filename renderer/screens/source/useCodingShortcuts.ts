// Keyboard shortcuts of the source screen: Ctrl/Cmd+K or "/" opens the code picker, Ctrl/Cmd+Shift+I codes the
// selection in vivo. "/" is left alone while the user types in a field.
import { useEffect, useRef } from 'react';
import { isTextEditingTarget } from '../../services/textEditingTarget.ts';

export type CodingShortcut = 'picker' | 'inVivo' | null;

export const codingShortcutOf = (
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, editingText: boolean,
): CodingShortcut => {
  const command = event.ctrlKey || event.metaKey;
  if (event.altKey) return null;
  if (command && !event.shiftKey && event.key.toLowerCase() === 'k') return 'picker';
  if (command && event.shiftKey && (event.code === 'KeyI' || event.key.toLowerCase() === 'i')) return 'inVivo';
  if (!command && event.key === '/' && !editingText) return 'picker';
  return null;
};

export const useCodingShortcuts = (enabled: boolean, handlers: { onPicker: () => void; onInVivo: () => void }): void => {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const shortcut = codingShortcutOf(event, isTextEditingTarget(event.target));
      if (shortcut === null) return;
      event.preventDefault();
      if (shortcut === 'picker') latest.current.onPicker();
      else latest.current.onInVivo();
    };
    globalThis.addEventListener('keydown', onKeyDown);
    return () => globalThis.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
};
