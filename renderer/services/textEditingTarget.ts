// Which key presses belong to a text field rather than to the app: fields keep their own undo and their own "/",
// so session-wide shortcuts (the shell's undo keys, a screen's coding keys) leave those presses alone.

/** True when the key press belongs to a field that undoes its own typing. */
export const isTextEditingTarget = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target.isContentEditable;
};
