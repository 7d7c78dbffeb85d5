// The progress bar of file operations on a stepped clock: nothing for an operation shorter than half a second; a
// longer one shows its progress from then on, and the bar goes when it ends, also when it fails.
import { describe, expect, it } from 'vitest';
import { PROGRESS_DELAY_MS, runWithDelayedProgress, type ShownProgress } from '../../../../renderer/services/projectFiles/delayedProgress.ts';
import { steppedTimer } from '../../../support/steppedTimer.ts';

/** An operation the test drives: it reports progress and ends when told. */
const controlledWork = () => {
  const control: { report: (fraction: number) => void; finish: (failure?: Error) => void } = { report: () => undefined, finish: () => undefined };
  const work = (onProgress: (fraction: number) => void) =>
    new Promise<string>((resolve, reject) => {
      control.report = onProgress;
      control.finish = (failure) => (failure === undefined ? resolve('done') : reject(failure));
    });
  return { control, work };
};

describe('delayed progress', () => {
  it('shows nothing for an operation that ends within half a second', async () => {
    const clock = steppedTimer();
    const shown: ShownProgress[] = [];
    const { control, work } = controlledWork();
    const running = runWithDelayedProgress('Saving', work, (progress) => shown.push(progress), clock.timer);
    control.report(0.5);
    clock.advance(PROGRESS_DELAY_MS - 1);
    control.finish();
    expect(await running).toBe('done');
    clock.advance(PROGRESS_DELAY_MS);
    expect(shown).toEqual([]);
  });

  it('shows a longer operation’s progress from half a second on, and takes the bar away when it fails', async () => {
    const clock = steppedTimer();
    const shown: ShownProgress[] = [];
    const { control, work } = controlledWork();
    const running = runWithDelayedProgress('Opening', work, (progress) => shown.push(progress), clock.timer);
    control.report(0.2);
    clock.advance(PROGRESS_DELAY_MS);
    control.report(0.7);
    control.finish(new Error('damaged'));
    await expect(running).rejects.toThrow('damaged');
    expect(shown).toEqual([{ label: 'Opening', fraction: 0.2 }, { label: 'Opening', fraction: 0.7 }, null]);
  });
});
