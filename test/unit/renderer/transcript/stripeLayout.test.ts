// Stripe lanes: stripes that share vertical extent never share a lane, free lanes are reused, and the number of
// lanes is the largest number of stripes stacked at one height; visible-window and point queries over codings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../../shared/model/index.ts';
import { assignStripeLanes, codingsAt, codingsOverlapping, type StripeBox } from '../../../../renderer/transcript/stripeLayout.ts';

const coding = (id: string, start: number, end: number): Coding => ({
  id, projectId: 'p', sourceId: 's', codeId: `code-${id}`, start, end, coderId: 'me', createdAt: '2026-01-01T00:00:00.000Z',
});

const box = (id: string, top: number, bottom: number): StripeBox => ({ coding: coding(id, top, bottom), top, bottom });

describe('assignStripeLanes', () => {
  it('puts overlapping stripes side by side and reuses a lane once it is free', () => {
    const { stripes, laneCount } = assignStripeLanes([box('a', 0, 40), box('b', 20, 60), box('c', 50, 80), box('d', 90, 100)], 2);
    const lane = Object.fromEntries(stripes.map((stripe) => [stripe.coding.id, stripe.lane]));
    expect(lane).toEqual({ a: 0, b: 1, c: 0, d: 0 });
    expect(laneCount).toBe(2);
  });

  it('keeps a gap between stripes that follow each other in one lane', () => {
    const { stripes } = assignStripeLanes([box('a', 0, 20), box('b', 21, 40)], 2);
    expect(stripes.map((stripe) => stripe.lane)).toEqual([0, 1]);
  });

  it('never overlaps within a lane and uses as many lanes as the deepest stack (property)', () => {
    const boxes = fc.array(fc.tuple(fc.nat(300), fc.integer({ min: 1, max: 80 })), { maxLength: 30 })
      .map((pairs) => pairs.map(([top, height], index) => box(`c${index}`, top, top + height)));
    fc.assert(
      fc.property(boxes, (input) => {
        const gap = 2;
        const { stripes, laneCount } = assignStripeLanes(input, gap);
        expect(stripes).toHaveLength(input.length);
        for (const a of stripes) {
          for (const b of stripes) {
            if (a === b || a.lane !== b.lane) continue;
            expect(a.bottom + gap <= b.top || b.bottom + gap <= a.top).toBe(true);
          }
        }
        let deepest = 0;
        for (const probe of input) {
          // Stacks are measured with the same gap: boxes closer than `gap` count as touching.
          deepest = Math.max(deepest, input.filter((other) => other.top <= probe.top && other.bottom + gap > probe.top).length);
        }
        expect(laneCount).toBe(deepest);
      }),
    );
  });
});

describe('coding queries', () => {
  const codings = [coding('a', 0, 10), coding('b', 5, 30), coding('c', 12, 14), coding('d', 40, 50)];

  it('finds the codings overlapping a window', () => {
    expect(codingsOverlapping(codings, 10, 13).map((found) => found.id)).toEqual(['b', 'c']);
    expect(codingsOverlapping(codings, 30, 40).map((found) => found.id)).toEqual([]);
    expect(codingsOverlapping(codings, 0, 100).map((found) => found.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds the codings covering an offset (half-open)', () => {
    expect(codingsAt(codings, 5).map((found) => found.id)).toEqual(['a', 'b']);
    expect(codingsAt(codings, 10).map((found) => found.id)).toEqual(['b']);
    expect(codingsAt(codings, 14).map((found) => found.id)).toEqual(['b']);
    expect(codingsAt(codings, 35).map((found) => found.id)).toEqual([]);
  });
});
