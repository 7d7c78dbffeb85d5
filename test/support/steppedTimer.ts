// A timer for schedulers under test (autosave, backups): callbacks run only when the test advances the clock.
export type SteppedTimer = {
  timer: (callback: () => void, delayMs: number) => () => void;
  advance: (ms: number) => void;
  /** How many callbacks are waiting. */
  pending: () => number;
};

export const steppedTimer = (): SteppedTimer => {
  let now = 0;
  const waiting: { at: number; callback: () => void; live: boolean }[] = [];
  return {
    timer: (callback, delayMs) => {
      const entry = { at: now + delayMs, callback, live: true };
      waiting.push(entry);
      return () => {
        entry.live = false;
      };
    },
    advance: (ms) => {
      now += ms;
      for (const entry of waiting) {
        if (entry.live && entry.at <= now) {
          entry.live = false;
          entry.callback();
        }
      }
    },
    pending: () => waiting.filter((entry) => entry.live).length,
  };
};
