// Offset snapping among the transcript's text runs: exact inside a run; in a gap (paragraph break, label)
// a range start moves forward and a range end backward; ranges trimmed to words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstRunEndingAfter, lastRunStartingBefore, offsetToRunPoint, trimRangeToWords, visibleRange,
} from '../../../../renderer/transcript/transcriptOffsets.ts';

// "Hello world\n\nSecond line\nthird" → runs at [0,11), [13,24), [25,30).
const RUNS = [{ start: 0, end: 11 }, { start: 13, end: 24 }, { start: 25, end: 30 }];

describe('offsetToRunPoint', () => {
  it('is exact inside a run, whichever way it snaps', () => {
    expect(offsetToRunPoint(RUNS, 4, 'forward')).toEqual({ index: 0, offset: 4 });
    expect(offsetToRunPoint(RUNS, 4, 'backward')).toEqual({ index: 0, offset: 4 });
    expect(offsetToRunPoint(RUNS, 20, 'forward')).toEqual({ index: 1, offset: 7 });
  });

  it('moves a start in a gap to the next run and an end to the previous one', () => {
    expect(offsetToRunPoint(RUNS, 11, 'forward')).toEqual({ index: 1, offset: 0 });
    expect(offsetToRunPoint(RUNS, 12, 'forward')).toEqual({ index: 1, offset: 0 });
    expect(offsetToRunPoint(RUNS, 12, 'backward')).toEqual({ index: 0, offset: 11 });
    expect(offsetToRunPoint(RUNS, 13, 'backward')).toEqual({ index: 0, offset: 11 });
    expect(offsetToRunPoint(RUNS, 30, 'forward')).toBeNull();
    expect(offsetToRunPoint(RUNS, 0, 'backward')).toBeNull();
    expect(offsetToRunPoint([], 3, 'forward')).toBeNull();
  });

  it('agrees with a linear scan for any runs and offset (property)', () => {
    const runsArb = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 9 })), { maxLength: 12 }).map((pairs) => {
      let cursor = 0;
      return pairs.map(([gap, length]) => {
        const start = cursor + gap + 1;
        cursor = start + length;
        return { start, end: start + length };
      });
    });
    fc.assert(
      fc.property(runsArb, fc.nat(150), (runs, offset) => {
        const forward = runs.findIndex((run) => run.end > offset);
        expect(firstRunEndingAfter(runs, offset)).toBe(forward < 0 ? runs.length : forward);
        const backward = runs.findLastIndex((run) => run.start < offset);
        expect(lastRunStartingBefore(runs, offset)).toBe(backward);
        const point = offsetToRunPoint(runs, offset, 'forward');
        if (point !== null) expect(runs[point.index].start + point.offset).toBe(Math.max(offset, runs[point.index].start));
      }),
    );
  });
});

describe('visibleRange', () => {
  it('spans runs, and is null when only a gap is covered', () => {
    expect(visibleRange(RUNS, 6, 18)).toEqual({ from: { index: 0, offset: 6 }, to: { index: 1, offset: 5 } });
    expect(visibleRange(RUNS, 11, 13)).toBeNull();
    expect(visibleRange(RUNS, 11, 14)).toEqual({ from: { index: 1, offset: 0 }, to: { index: 1, offset: 1 } });
  });
});

describe('trimRangeToWords', () => {
  it('drops white space at both ends and keeps the words between', () => {
    const text = 'one  two\n\nthree ';
    expect(trimRangeToWords(text, 3, 16)).toEqual({ start: 5, end: 15 });
    expect(trimRangeToWords(text, 3, 5)).toEqual({ start: 5, end: 5 });
    expect(trimRangeToWords(text, -4, 99)).toEqual({ start: 0, end: 15 });
  });
});
