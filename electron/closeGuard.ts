// Closing a window waits for the renderer: the first close is held back and the renderer is sent 'close-requested'
// (flush the autosave, write the closing backup); the window closes when it answers readyToClose, or after a timeout,
// so a hung or crashed renderer cannot keep the window open for ever. Plain logic; main wires it to the window.
export const CLOSE_TIMEOUT_MS = 8_000;

export type CloseGuardDeps = {
  /** Sends the renderer the 'close-requested' menu command. */
  requestClose: () => void;
  /** Closes the window for real (or quits, when the close came from quitting). */
  close: () => void;
  /** Starts a timer; returns its cancel function. */
  startTimer: (run: () => void, ms: number) => () => void;
  timeoutMs?: number;
};

export type CloseGuard = {
  /** From the window's 'close' event: true lets it close, false means prevent it (the renderer has been asked). */
  mayClose: () => boolean;
  /** The renderer's readyToClose: closes if a close is waiting; otherwise nothing (it never closes uninvited). */
  rendererReady: () => void;
};

export const createCloseGuard = (deps: CloseGuardDeps): CloseGuard => {
  let state: 'open' | 'waiting' | 'closing' = 'open';
  let cancelTimer: () => void = () => undefined;

  const finish = (): void => {
    if (state === 'closing') return;
    cancelTimer();
    state = 'closing';
    deps.close();
  };

  return {
    mayClose: () => {
      if (state === 'closing') return true;
      if (state === 'open') {
        state = 'waiting';
        cancelTimer = deps.startTimer(finish, deps.timeoutMs ?? CLOSE_TIMEOUT_MS);
        deps.requestClose();
      }
      return false;
    },
    rendererReady: () => {
      if (state === 'waiting') finish();
    },
  };
};
