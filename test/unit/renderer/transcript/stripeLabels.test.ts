// Stripe labels: each stripe's code name goes beside it where there is room — at its top, or lower in a tall stripe —
// never overlapping another label; a label without room is left to hover and focus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coding } from '../../../../shared/model/index.ts';
import { gutterColumns, placeStripeLabels } from '../../../../renderer/transcript/stripeLabels.ts';
import { assignStripeLanes, type PlacedStripe } from '../../../../renderer/transcript/stripeLayout.ts';

const HEIGHT = 16;

const stripe = (id: string, top: number, bottom: number, lane = 0): PlacedStripe => {
  const coding: Coding = { id, projectId: 'p', sourceId: 's', codeId: `code-${id}`, start: top, end: bottom, coderId: 'me', createdAt: '2026-01-01T00:00:00.000Z' };
  return { coding, top, bottom, lane };
};

const places = (stripes: PlacedStripe[]): Record<string, number | null> =>
  Object.fromEntries(placeStripeLabels(stripes, HEIGHT).map((place) => [place.codingId, place.top]));

const lines = (stripes: PlacedStripe[]): Record<string, number> =>
  Object.fromEntries(placeStripeLabels(stripes, HEIGHT).map((place) => [place.codingId, place.lines]));

describe('placeStripeLabels', () => {
  it('labels each stripe at its top when the stripes are a line or more apart', () => {
    expect(places([stripe('a', 0, 22), stripe('b', 40, 62), stripe('c', 100, 180)])).toEqual({ a: 0, b: 40, c: 100 });
  });

  it('moves the label of a tall stripe below a short one that starts on the same line', () => {
    expect(places([stripe('long', 0, 120, 0), stripe('short', 0, 22, 1)])).toEqual({ short: 0, long: HEIGHT + 2 });
  });

  it('gives a stripe two lines for its name when it is two lines tall, one when it is shorter', () => {
    expect(lines([stripe('tall', 0, 44), stripe('short', 60, 82), stripe('tiny', 100, 104)])).toEqual({ tall: 2, short: 1, tiny: 1 });
    expect(places([stripe('tall', 0, 44), stripe('next', 30, 44, 1)])).toEqual({ tall: 0, next: null });
    expect(places([stripe('tall', 0, 44), stripe('next', 30, 52, 1)])).toEqual({ tall: 0, next: 2 * HEIGHT + 2 });
  });

  it('leaves a label without room to hover and focus', () => {
    expect(places([stripe('a', 0, 22), stripe('b', 4, 26, 1), stripe('c', 30, 52)])).toEqual({ a: 0, b: null, c: 30 });
  });

  it('never overlaps two labels and keeps each within its stripe’s extent (property)', () => {
    const stripes = fc.array(fc.tuple(fc.nat(400), fc.integer({ min: 4, max: 200 })), { maxLength: 25 })
      .map((pairs) => assignStripeLanes(pairs.map(([top, height], index) => stripe(`c${index}`, top, top + height))).stripes);
    fc.assert(
      fc.property(stripes, (input) => {
        const placed = placeStripeLabels(input, HEIGHT);
        expect(placed).toHaveLength(input.length);
        const byId = new Map(input.map((item) => [item.coding.id, item]));
        const boxes = placed.flatMap((place) => (place.top === null ? [] : [{ top: place.top, bottom: place.top + place.lines * HEIGHT }]))
          .sort((a, b) => a.top - b.top);
        for (let index = 1; index < boxes.length; index += 1) expect(boxes[index].top).toBeGreaterThanOrEqual(boxes[index - 1].bottom);
        for (const place of placed) {
          const own = byId.get(place.codingId);
          if (place.top === null || own === undefined) continue;
          expect(place.lines).toBeGreaterThanOrEqual(1);
          expect(place.lines).toBeLessThanOrEqual(2);
          expect(place.top).toBeGreaterThanOrEqual(own.top);
          // Within the stripe, except a one-line label at the top of a stripe shorter than a line.
          expect(place.top + place.lines * HEIGHT).toBeLessThanOrEqual(Math.max(own.bottom, own.top + HEIGHT));
        }
        // The first stripe from the top always gets its label.
        const first = [...input].sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.lane - b.lane)[0];
        if (first !== undefined) expect(placed.find((place) => place.codingId === first.coding.id)?.top).toBe(first.top);
      }),
    );
  });
});

describe('the stripe margin', () => {
  it('keeps one width while lanes come and go, so coding never re-wraps the text', () => {
    const widths = new Set(Array.from({ length: 15 }, (_, lanes) => gutterColumns(lanes).width));
    expect(widths.size).toBe(1);
    // Only a passage coded fifteen ways at once widens it.
    expect(gutterColumns(16).width).toBeGreaterThan(gutterColumns(0).width);
  });

  it('gives the extra lanes room from the names column, and shows names only while the column is wide enough', () => {
    expect(gutterColumns(3)).toMatchObject({ labelColumn: 96, showsLabels: true });
    expect(gutterColumns(6).labelColumn).toBe(gutterColumns(3).labelColumn - 24);
    expect(gutterColumns(6).showsLabels).toBe(true);
    expect(gutterColumns(12)).toMatchObject({ showsLabels: false });
  });
});
