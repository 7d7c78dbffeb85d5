// Whether the transcript has keyboard focus (:focus-visible), followed through its own focus and blur events. The
// coding bar shows the transcript's keys then; a `:has(.transcript:focus-visible)` rule on an ancestor did the same
// but made every change inside a 100k-word transcript re-check the styles of all of it.
import { useEffect, useState } from 'react';
import type { TranscriptSurface } from './transcriptSurface.ts';

export const useKeyboardFocus = (surface: TranscriptSurface | null): boolean => {
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (surface === null) return undefined;
    const { root } = surface;
    const onFocus = () => setFocused(root.matches(':focus-visible'));
    const onBlur = () => setFocused(false);
    root.addEventListener('focus', onFocus);
    root.addEventListener('blur', onBlur);
    if (root.ownerDocument.activeElement === root) onFocus();
    return () => {
      root.removeEventListener('focus', onFocus);
      root.removeEventListener('blur', onBlur);
      setFocused(false);
    };
  }, [surface]);
  return focused;
};
