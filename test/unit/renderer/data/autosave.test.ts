// Autosave on a stepped clock: when the linked file is written, given the changes commit() publishes.
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_QUIET_MS, startAutosave, type AutosaveStatus } from '../../../../renderer/data/projectFiles/autosave.ts';
import { emitDataEvent } from '../../../../renderer/data/dataEvents.ts';
import { tableChange } from '../../../../shared/project/projectChange.ts';
import { steppedTimer } from '../../../support/steppedTimer.ts';

/** Lets queued promise callbacks (the save queue) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const changeIn = (projectId: string | null) => emitDataEvent({ projectId, change: tableChange('memos', [], ['m-1']) });

const autosaveFor = (clock = steppedTimer()) => {
  const saves: number[] = [];
  const statuses: AutosaveStatus['kind'][] = [];
  const control = { failing: false, elapsed: 0 };
  const autosave = startAutosave({
    projectId: 'p1',
    timer: clock.timer,
    save: async () => {
      if (control.failing) throw new Error('disk full');
      saves.push(control.elapsed);
      return { savedAt: `t${control.elapsed}` };
    },
    onStatus: (status) => statuses.push(status.kind),
  });
  const advance = async (ms: number) => {
    control.elapsed += ms;
    clock.advance(ms);
    await settle();
  };
  return { autosave, saves, statuses, control, advance, clock };
};

describe('autosave', () => {
  it('saves once the user pauses after a change, and not at all without one', async () => {
    const { autosave, saves, statuses, advance } = autosaveFor();
    await advance(AUTOSAVE_MAX_WAIT_MS * 3);
    expect(saves).toEqual([]);
    changeIn('p1');
    changeIn('p1');
    await advance(AUTOSAVE_QUIET_MS - 1);
    expect(saves).toEqual([]);
    await advance(1);
    expect(saves).toEqual([AUTOSAVE_MAX_WAIT_MS * 3 + AUTOSAVE_QUIET_MS]);
    expect(statuses.slice(-2)).toEqual(['saving', 'saved']);
    expect(autosave.hasChanges()).toBe(false);
    await autosave.stop();
  });

  it('saves within the longest wait even while changes keep coming', async () => {
    const { autosave, saves, advance } = autosaveFor();
    const typingPause = 100;
    for (let elapsed = 0; elapsed < AUTOSAVE_MAX_WAIT_MS * 2; elapsed += typingPause) {
      changeIn('p1');
      await advance(typingPause);
    }
    expect(saves.length).toBeGreaterThanOrEqual(2);
    expect(saves[0]).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
    await autosave.stop();
  });

  it('ignores other projects, follows coders, and saves the last change when stopped', async () => {
    const { autosave, saves, advance } = autosaveFor();
    changeIn('p2');
    await advance(AUTOSAVE_MAX_WAIT_MS);
    expect(saves).toEqual([]);
    emitDataEvent({ projectId: null, change: tableChange('coders', [{ id: 'c', name: 'Ayu', initials: 'A', createdAt: 'x', updatedAt: 'x' }]) });
    await advance(AUTOSAVE_MAX_WAIT_MS);
    expect(saves).toHaveLength(1);
    changeIn('p1');
    await autosave.stop();
    expect(saves).toHaveLength(2);
    changeIn('p1');
    await advance(AUTOSAVE_MAX_WAIT_MS);
    expect(saves).toHaveLength(2);
  });

  it('reports a failed save, keeps the change unsaved, and Save now retries it', async () => {
    const { autosave, saves, statuses, control, advance } = autosaveFor();
    control.failing = true;
    changeIn('p1');
    await advance(AUTOSAVE_MAX_WAIT_MS);
    expect(statuses.at(-1)).toBe('failed');
    expect(autosave.hasChanges()).toBe(true);
    control.failing = false;
    await autosave.saveNow();
    expect(saves).toHaveLength(1);
    expect(statuses.at(-1)).toBe('saved');
    await autosave.stop();
  });
});
