// Offset snapping among the transcript's text segments: exact inside a segment; in a gap (paragraph break, label)
// a range start moves forward and a range end backward; ranges trimmed to words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstSegmentEndingAfter, lastSegmentStartingBefore, offsetToSegmentPoint, trimRangeToWords, visibleRange,
} from '../../../../renderer/transcript/transcriptOffsets.ts';

// "Hello world\n\nSecond line\nthird" → segments at [0,11), [13,24), [25,30).
const SEGMENTS = [{ start: 0, end: 11 }, { start: 13, end: 24 }, { start: 25, end: 30 }];

describe('offsetToSegmentPoint', () => {
  it('is exact inside a segment, whichever way it snaps', () => {
    expect(offsetToSegmentPoint(SEGMENTS, 4, 'forward')).toEqual({ index: 0, offset: 4 });
    expect(offsetToSegmentPoint(SEGMENTS, 4, 'backward')).toEqual({ index: 0, offset: 4 });
    expect(offsetToSegmentPoint(SEGMENTS, 20, 'forward')).toEqual({ index: 1, offset: 7 });
  });

  it('moves a start in a gap to the next segment and an end to the previous one', () => {
    expect(offsetToSegmentPoint(SEGMENTS, 11, 'forward')).toEqual({ index: 1, offset: 0 });
    expect(offsetToSegmentPoint(SEGMENTS, 12, 'forward')).toEqual({ index: 1, offset: 0 });
    expect(offsetToSegmentPoint(SEGMENTS, 12, 'backward')).toEqual({ index: 0, offset: 11 });
    expect(offsetToSegmentPoint(SEGMENTS, 13, 'backward')).toEqual({ index: 0, offset: 11 });
    expect(offsetToSegmentPoint(SEGMENTS, 30, 'forward')).toBeNull();
    expect(offsetToSegmentPoint(SEGMENTS, 0, 'backward')).toBeNull();
    expect(offsetToSegmentPoint([], 3, 'forward')).toBeNull();
  });

  it('agrees with a linear scan for any segments and offset (property)', () => {
    const segmentsArb = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 9 })), { maxLength: 12 }).map((pairs) => {
      let cursor = 0;
      return pairs.map(([gap, length]) => {
        const start = cursor + gap + 1;
        cursor = start + length;
        return { start, end: start + length };
      });
    });
    fc.assert(
      fc.property(segmentsArb, fc.nat(150), (segments, offset) => {
        const forward = segments.findIndex((segment) => segment.end > offset);
        expect(firstSegmentEndingAfter(segments, offset)).toBe(forward < 0 ? segments.length : forward);
        const backward = segments.findLastIndex((segment) => segment.start < offset);
        expect(lastSegmentStartingBefore(segments, offset)).toBe(backward);
        const point = offsetToSegmentPoint(segments, offset, 'forward');
        if (point !== null) expect(segments[point.index].start + point.offset).toBe(Math.max(offset, segments[point.index].start));
      }),
    );
  });
});

describe('visibleRange', () => {
  it('spans segments, and is null when only a gap is covered', () => {
    expect(visibleRange(SEGMENTS, 6, 18)).toEqual({ from: { index: 0, offset: 6 }, to: { index: 1, offset: 5 } });
    expect(visibleRange(SEGMENTS, 11, 13)).toBeNull();
    expect(visibleRange(SEGMENTS, 11, 14)).toEqual({ from: { index: 1, offset: 0 }, to: { index: 1, offset: 1 } });
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
