// The data-event bus itself: listeners can unsubscribe, and a throwing listener does not stop the others.
// (What commit publishes, and when, is tested in commit.test.ts.)
import { describe, expect, it, vi } from 'vitest';
import { emitDataEvent, onDataEvent, writesTo } from '../../../renderer/data/dataEvents.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';

describe('data events', () => {
  it('keeps calling other listeners when one throws, and stops calling an unsubscribed one', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const calls: boolean[] = [];
    const stopBad = onDataEvent(() => {
      throw new Error('listener bug');
    });
    const stopGood = onDataEvent((event) => calls.push(writesTo(event, 'memos')));
    emitDataEvent({ projectId: 'p', change: tableChange('memos', [], ['m-1']) });
    stopGood();
    emitDataEvent({ projectId: 'p', change: tableChange('codes', [], ['c-1']) });
    stopBad();
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    expect(calls).toEqual([true]);
  });
});
