// Closing waits for the renderer: the first close is held and the renderer asked, readyToClose lets it close, a
// renderer that never answers is closed after the timeout, and readyToClose alone never closes anything.
import { describe, expect, it } from 'vitest';
import { CLOSE_TIMEOUT_MS, createCloseGuard } from '../../electron/closeGuard.ts';

const scripted = () => {
  const log: string[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const guard = createCloseGuard({
    requestClose: () => log.push('close-requested'),
    close: () => log.push('closed'),
    startTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  });
  /** Fires the pending timers, as if their time had come. */
  const elapse = () => timers.filter((timer) => !timer.cancelled).forEach((timer) => timer.run());
  return { guard, log, timers, elapse };
};

describe('createCloseGuard', () => {
  it('holds the first close, asks the renderer once, and closes when it is ready', () => {
    const { guard, log, timers, elapse } = scripted();
    expect(guard.mayClose()).toBe(false);
    expect(guard.mayClose()).toBe(false);
    expect(log).toEqual(['close-requested']);
    guard.rendererReady();
    expect(log).toEqual(['close-requested', 'closed']);
    expect(guard.mayClose()).toBe(true);
    expect(timers[0].cancelled).toBe(true);
    elapse();
    expect(log).toEqual(['close-requested', 'closed']);
  });

  it('closes after the timeout when the renderer never answers', () => {
    const { guard, log, timers, elapse } = scripted();
    guard.mayClose();
    expect(timers.map((timer) => timer.ms)).toEqual([CLOSE_TIMEOUT_MS]);
    expect(CLOSE_TIMEOUT_MS).toBeGreaterThanOrEqual(3_000);
    expect(CLOSE_TIMEOUT_MS).toBeLessThanOrEqual(10_000);
    elapse();
    expect(log).toEqual(['close-requested', 'closed']);
    guard.rendererReady();
    expect(log).toEqual(['close-requested', 'closed']);
    expect(guard.mayClose()).toBe(true);
  });

  it('ignores readyToClose when no close was asked', () => {
    const { guard, log } = scripted();
    guard.rendererReady();
    expect(log).toEqual([]);
    expect(guard.mayClose()).toBe(false);
    expect(log).toEqual(['close-requested']);
  });
});
