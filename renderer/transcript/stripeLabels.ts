// Where the code names of the coding stripes go: a column beside the stripes holds one label per stripe where there is
// room (as MAXQDA's stripe column does). A label sits at its stripe's top, or lower within a tall stripe when that
// place is taken; a stripe tall enough gets a second line for a long name; a stripe whose label finds no room shows
// it on hover and focus only.
import type { PlacedStripe } from './stripeLayout.ts';

/** A label's place: the top of its first line and how many lines it has, or null when it has no room. */
export type StripeLabelPlace = { codingId: string; top: number | null; lines: number };

/**
 * Places labels of lines `lineHeight` pixels high without overlaps, top to bottom. Stripes are taken by top, shorter
 * first on a tie (a tall stripe can still place its label further down, a short one cannot); each label goes to the
 * first free place within its stripe's extent, with as many lines (up to `maxLines`) as the stripe is tall.
 */
export const placeStripeLabels = (
  stripes: readonly PlacedStripe[], lineHeight: number, maxLines: number = 2, gap: number = 2,
): StripeLabelPlace[] => {
  const ordered = [...stripes].sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.lane - b.lane);
  let free = -Infinity;
  return ordered.map((stripe) => {
    const top = Math.max(stripe.top, free);
    // The label must start within the stripe: at its top, or high enough still to end by its bottom.
    const room = Math.max(stripe.bottom - top, stripe.top === top ? lineHeight : 0);
    const lines = Math.min(maxLines, Math.floor(room / lineHeight));
    if (lines < 1) return { codingId: stripe.coding.id, top: null, lines: 0 };
    free = top + lines * lineHeight + gap;
    return { codingId: stripe.coding.id, top, lines };
  });
};
