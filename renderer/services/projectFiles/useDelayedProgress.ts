// Progress of a long file operation, shown only once it has run for half a second: quick saves and opens do not
// flash a bar. The operation reports fractions from 0 to 1; null when nothing runs (or not for long yet).
import { useCallback, useRef, useState } from 'react';

/** How long an operation runs before its progress bar appears. */
export const PROGRESS_DELAY_MS = 500;

export type ShownProgress = { label: string; fraction: number } | null;

export const useDelayedProgress = () => {
  const [shown, setShown] = useState<ShownProgress>(null);
  const latest = useRef<{ label: string; fraction: number; visible: boolean } | null>(null);

  const track = useCallback(async <T,>(label: string, work: (onProgress: (fraction: number) => void) => Promise<T>): Promise<T> => {
    const current = { label, fraction: 0, visible: false };
    latest.current = current;
    const timer = setTimeout(() => {
      current.visible = true;
      if (latest.current === current) setShown({ label, fraction: current.fraction });
    }, PROGRESS_DELAY_MS);
    try {
      return await work((fraction) => {
        current.fraction = fraction;
        if (current.visible && latest.current === current) setShown({ label, fraction });
      });
    } finally {
      clearTimeout(timer);
      if (latest.current === current) {
        latest.current = null;
        setShown(null);
      }
    }
  }, []);

  return { shown, track };
};
