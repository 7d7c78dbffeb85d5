// The backup scheduler on a stepped clock: when backups are written, given the changes commit() publishes.
import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, startBackupScheduler, type BackupReason } from '../../../../renderer/data/backupScheduler.ts';
import { emitDataEvent } from '../../../../renderer/data/dataEvents.ts';
import { tableChange } from '../../../../shared/project/projectChange.ts';
import type { BackupEntry } from '../../../../shared/platform/bridge.ts';
import { steppedTimer, type SteppedTimer } from '../../../support/steppedTimer.ts';

const MINUTE = 60 * 1000;

/** Lets queued promise callbacks (the scheduler's backup queue) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const changeIn = (projectId: string | null) => emitDataEvent({ projectId, change: tableChange('memos', [], ['m-1']) });

/** A scheduler for project p1 whose backups are recorded (and fail while `failing` is set). */
const schedulerFor = (clock: SteppedTimer) => {
  const written: BackupReason[] = [];
  const failed: BackupReason[] = [];
  const control: { failing: boolean; hold: boolean; release: (() => void) | null } = { failing: false, hold: false, release: null };
  const scheduler = startBackupScheduler({
    projectId: 'p1',
    timer: clock.timer,
    backUp: async (reason) => {
      if (control.hold) await new Promise<void>((resolve) => (control.release = resolve));
      if (control.failing) throw new Error('disk full');
      written.push(reason);
      return { fileName: `b${written.length}`, projectId: 'p1', projectName: 'P', savedAt: '2026-12-07T00:00:00.000Z', sizeBytes: 1 } satisfies BackupEntry;
    },
    onFailed: (_, reason) => failed.push(reason),
  });
  return { scheduler, written, failed, control };
};

describe('backup scheduler', () => {
  it('writes nothing while the project is unchanged', async () => {
    const clock = steppedTimer();
    const { scheduler, written } = schedulerFor(clock);
    clock.advance(60 * MINUTE);
    changeIn('another project');
    changeIn(null);
    clock.advance(60 * MINUTE);
    await settle();
    expect(written).toEqual([]);
    expect(await scheduler.close()).toBeNull();
    expect(written).toEqual([]);
  });

  it('writes one backup ten minutes after the first change, however many changes follow', async () => {
    const clock = steppedTimer();
    const { scheduler, written } = schedulerFor(clock);
    changeIn('p1');
    clock.advance(4 * MINUTE);
    changeIn('p1');
    changeIn('p1');
    clock.advance(BACKUP_INTERVAL_MS - 4 * MINUTE - 1);
    await settle();
    expect(written).toEqual([]);
    clock.advance(1);
    await settle();
    expect(written).toEqual(['interval']);
    expect(scheduler.hasChanges()).toBe(false);
    // Quiet afterwards: no further backups, and none at close.
    clock.advance(30 * MINUTE);
    await settle();
    expect(await scheduler.close()).toBeNull();
    expect(written).toEqual(['interval']);
  });

  it('keeps writing every ten minutes while changes keep coming', async () => {
    const clock = steppedTimer();
    const { scheduler, written } = schedulerFor(clock);
    for (let minute = 0; minute < 35; minute += 1) {
      changeIn('p1');
      clock.advance(MINUTE);
      await settle();
    }
    expect(written).toEqual(['interval', 'interval', 'interval']);
    await scheduler.close();
    expect(written).toEqual(['interval', 'interval', 'interval', 'close']);
  });

  it('writes a closing backup only when something changed since the last one, and stops listening', async () => {
    const clock = steppedTimer();
    const { scheduler, written } = schedulerFor(clock);
    changeIn('p1');
    expect(scheduler.hasChanges()).toBe(true);
    expect(await scheduler.close()).toMatchObject({ fileName: 'b1' });
    expect(clock.pending()).toBe(0);
    changeIn('p1');
    clock.advance(BACKUP_INTERVAL_MS);
    await settle();
    expect(written).toEqual(['close']);
    expect(await scheduler.close()).toBeNull();
  });

  it('flushes the changes at a close request and goes on listening', async () => {
    const clock = steppedTimer();
    const { scheduler, written } = schedulerFor(clock);
    expect(await scheduler.flush()).toBeNull();
    changeIn('p1');
    await scheduler.flush();
    expect(clock.pending()).toBe(0);
    changeIn('p1');
    clock.advance(BACKUP_INTERVAL_MS);
    await settle();
    expect(written).toEqual(['close', 'interval']);
  });

  it('backs up on request even without changes, and restarts the interval from there', async () => {
    const clock = steppedTimer();
    const { scheduler, written } = schedulerFor(clock);
    await scheduler.backUpNow();
    changeIn('p1');
    clock.advance(5 * MINUTE);
    await scheduler.backUpNow();
    expect(clock.pending()).toBe(0);
    clock.advance(BACKUP_INTERVAL_MS);
    await settle();
    expect(written).toEqual(['asked', 'asked']);
  });

  it('counts a change made while a backup is being written toward the next one', async () => {
    const clock = steppedTimer();
    const { scheduler, written, control } = schedulerFor(clock);
    control.hold = true;
    const first = scheduler.backUpNow();
    await settle();
    changeIn('p1');
    control.hold = false;
    control.release?.();
    await first;
    expect(scheduler.hasChanges()).toBe(true);
    clock.advance(BACKUP_INTERVAL_MS);
    await settle();
    expect(written).toEqual(['asked', 'interval']);
  });

  it('runs one backup at a time: a close waits for the running one', async () => {
    const clock = steppedTimer();
    const { scheduler, written, control } = schedulerFor(clock);
    changeIn('p1');
    control.hold = true;
    clock.advance(BACKUP_INTERVAL_MS);
    await settle();
    const closing = scheduler.close();
    await settle();
    expect(written).toEqual([]);
    control.hold = false;
    control.release?.();
    expect(await closing).toBeNull();
    expect(written).toEqual(['interval']);
  });

  it('reports a failed backup and tries again after the next interval', async () => {
    const clock = steppedTimer();
    const { scheduler, written, failed, control } = schedulerFor(clock);
    control.failing = true;
    changeIn('p1');
    clock.advance(BACKUP_INTERVAL_MS);
    await settle();
    expect(failed).toEqual(['interval']);
    expect(scheduler.hasChanges()).toBe(true);
    control.failing = false;
    clock.advance(BACKUP_INTERVAL_MS);
    await settle();
    expect(written).toEqual(['interval']);
    await scheduler.close();
  });

  it('leaves a failed request to its caller, and backs up at close what it did not write', async () => {
    const clock = steppedTimer();
    const { scheduler, written, failed, control } = schedulerFor(clock);
    control.failing = true;
    await expect(scheduler.backUpNow()).rejects.toThrow('disk full');
    expect(failed).toEqual([]);
    control.failing = false;
    await scheduler.close();
    expect(written).toEqual(['close']);
  });
});
