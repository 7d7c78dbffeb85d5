// Where the code names of the coding stripes go: a column beside the stripes holds one label per stripe where there is
// room (as MAXQDA's stripe column does). A label sits at its stripe's top, or lower within a tall stripe when that
// place is taken; a stripe tall enough gets a second line for a long name; a stripe whose label finds no room shows
// it on hover and focus only.
import type { PlacedStripe } from './stripeLayout.ts';

export const STRIPE_WIDTH = 5;
export const STRIPE_GAP = 3;
/** The column of code names left of the stripes (see coding.css). */
export const LABEL_COLUMN_WIDTH = 96;
/** Room for three lanes; more lanes take their room from the names column first. */
const MIN_LANES_WIDTH = 27;
/** Below this, the names column shows no names; each shows on hover and focus instead. */
const MIN_LABEL_COLUMN = 48;

/**
 * The margin's width and how much of it the names column has, for `laneCount` lanes of stripes. The margin keeps one
 * width while lanes come and go (they narrow the names column instead), so coding never shifts the text sideways: a
 * narrower transcript would re-wrap every line of a 100k-word source. Only past fifteen lanes does it grow.
 */
export const gutterColumns = (laneCount: number): { width: number; labelColumn: number; showsLabels: boolean } => {
  const lanesWidth = Math.max(MIN_LANES_WIDTH, laneCount * (STRIPE_WIDTH + STRIPE_GAP) + STRIPE_GAP);
  const labelColumn = Math.max(0, LABEL_COLUMN_WIDTH + MIN_LANES_WIDTH - lanesWidth);
  return { width: labelColumn + lanesWidth, labelColumn, showsLabels: labelColumn >= MIN_LABEL_COLUMN };
};

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
