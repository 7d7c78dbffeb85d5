// Layout of the coding stripes: which codings fall in the visible part of a transcript, and the lane of each stripe
// so that stripes sharing any vertical extent sit side by side instead of on top of one another.
import type { Coding } from '../../shared/model/index.ts';

/** A measured stripe: its coding and its vertical extent in pixels, relative to the transcript frame. */
export type StripeBox = { coding: Coding; top: number; bottom: number };

export type PlacedStripe = StripeBox & { lane: number };

/** Codings that overlap [from, to) (codings sorted by start, as the store keeps them). */
export const codingsOverlapping = (codings: readonly Coding[], from: number, to: number): Coding[] => {
  const found: Coding[] = [];
  for (const coding of codings) {
    if (coding.start >= to) break;
    if (coding.end > from) found.push(coding);
  }
  return found;
};

/**
 * Greedy interval colouring by vertical extent: stripes sorted by top (longer first on a tie) take the lowest lane
 * whose previous stripe ends above them. Returns the stripes with lanes, and how many lanes were needed.
 */
export const assignStripeLanes = (boxes: readonly StripeBox[], gap: number = 2): { stripes: PlacedStripe[]; laneCount: number } => {
  const ordered = [...boxes].sort((a, b) => a.top - b.top || b.bottom - a.bottom || a.coding.start - b.coding.start || (a.coding.id < b.coding.id ? -1 : 1));
  const laneBottoms: number[] = [];
  const stripes: PlacedStripe[] = [];
  for (const box of ordered) {
    let lane = laneBottoms.findIndex((bottom) => bottom + gap <= box.top);
    if (lane === -1) {
      lane = laneBottoms.length;
      laneBottoms.push(box.bottom);
    } else {
      laneBottoms[lane] = box.bottom;
    }
    stripes.push({ ...box, lane });
  }
  return { stripes, laneCount: laneBottoms.length };
};

/** Codings that cover the offset (start ≤ offset < end). */
export const codingsAt = (codings: readonly Coding[], offset: number): Coding[] => {
  const found: Coding[] = [];
  for (const coding of codings) {
    if (coding.start > offset) break;
    if (coding.end > offset) found.push(coding);
  }
  return found;
};
