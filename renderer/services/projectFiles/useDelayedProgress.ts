// The progress bar of the window's file operations (runWithDelayedProgress) as React state: the latest operation's
// progress once it has run for half a second, null otherwise.
import { useCallback, useState } from 'react';
import { runWithDelayedProgress, type ShownProgress } from './delayedProgress.ts';

export type { ShownProgress };

export const useDelayedProgress = () => {
  const [shown, setShown] = useState<ShownProgress>(null);
  const track = useCallback(
    <T,>(label: string, work: (onProgress: (fraction: number) => void) => Promise<T>): Promise<T> => runWithDelayedProgress(label, work, setShown),
    [],
  );
  return { shown, track };
};
