// Progress of a long file operation, shown only once it has run for half a second, so quick saves and opens do not
// flash a bar: the operation reports fractions from 0 to 1, and `show` hears them (null when the bar goes) only
// after the delay. The timer is injected so tests step time.
export const PROGRESS_DELAY_MS = 500;

export type ShownProgress = { label: string; fraction: number } | null;

export type DelayTimer = (callback: () => void, delayMs: number) => () => void;

const systemDelay: DelayTimer = (callback, delayMs) => {
  const handle = setTimeout(callback, delayMs);
  return () => clearTimeout(handle);
};

export const runWithDelayedProgress = async <T>(
  label: string,
  work: (onProgress: (fraction: number) => void) => Promise<T>,
  show: (progress: ShownProgress) => void,
  timer: DelayTimer = systemDelay,
): Promise<T> => {
  let fraction = 0;
  let visible = false;
  const cancel = timer(() => {
    visible = true;
    show({ label, fraction });
  }, PROGRESS_DELAY_MS);
  try {
    return await work((reported) => {
      fraction = reported;
      if (visible) show({ label, fraction });
    });
  } finally {
    cancel();
    if (visible) show(null);
  }
};
