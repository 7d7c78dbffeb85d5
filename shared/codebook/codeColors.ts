// Code colours: validation of "#RRGGBB", the palette new codes are coloured from, and the colour a new code gets so
// that its stripes can be told from its siblings' (a top-level code: a palette colour no sibling is close to; a
// sub-code: a shade of its parent's hue that differs from the parent and from every sibling).
import type { Code } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { CodebookError } from './codebookError.ts';
import { colorDifference, hexToHsl, hslToHex } from './colorSpace.ts';

/** Twelve distinguishable, mid-saturation colours that read on white and behind dark text stripes. */
export const CODE_PALETTE: readonly string[] = [
  '#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#17becf',
  '#8c564b', '#e377c2', '#bcbd22', '#7f7f7f', '#3d5a80', '#c9184a',
];

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const isCodeColor = (value: string): boolean => HEX_COLOR.test(value);

/** Returns the colour in lower case or throws a CodebookError naming it. */
export const validCodeColor = (color: string): string => {
  const trimmed = color.trim();
  if (!isCodeColor(trimmed)) throw new CodebookError('codebook.error.invalidColor', { color });
  return trimmed.toLowerCase();
};

/** The candidate used least often among `usedColors` (the earliest on a tie). */
const leastUsed = (candidates: readonly string[], usedColors: readonly string[]): string => {
  const uses = new Map(candidates.map((color) => [color, 0]));
  for (const used of usedColors) {
    const key = used.toLowerCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let best = candidates[0];
  for (const color of candidates) if ((uses.get(color) ?? 0) < (uses.get(best) ?? 0)) best = color;
  return best;
};

/** The first palette colour nobody uses yet; when all are used, the least used one (earliest on a tie). */
export const nextPaletteColor = (usedColors: readonly string[]): string => leastUsed(CODE_PALETTE, usedColors);

/** Colours at least this far apart (CIELAB ΔE) read as different stripes side by side; the palette's closest pair is 18. */
export const DISTINCT_COLOR_DIFFERENCE = 12;

const nearestDifference = (color: string, others: readonly string[]): number =>
  others.reduce((nearest, other) => Math.min(nearest, colorDifference(color, other)), Infinity);

const farthestFrom = (candidates: readonly string[], others: readonly string[]): string => {
  let best = candidates[0];
  let bestDifference = -1;
  for (const candidate of candidates) {
    const difference = nearestDifference(candidate, others);
    if (difference > bestDifference) {
      best = candidate;
      bestDifference = difference;
    }
  }
  return best;
};

/**
 * A palette colour no sibling is close to; among those the least used in the whole codebook (as nextPaletteColor).
 * When every palette colour is close to some sibling, the one farthest from its nearest sibling.
 */
export const distinctPaletteColor = (siblingColors: readonly string[], usedColors: readonly string[]): string => {
  const free = CODE_PALETTE.filter((color) => nearestDifference(color, siblingColors) >= DISTINCT_COLOR_DIFFERENCE);
  return free.length > 0 ? leastUsed(free, usedColors) : farthestFrom(CODE_PALETTE, siblingColors);
};

/** Lightness steps tried first (lighter, darker, then further), then the same with the hue turned a little. */
const SHADE_LIGHTNESS_STEPS = [0.13, -0.11, 0.24, -0.2, 0.07, -0.06, 0.18, 0.3];
const SHADE_HUE_STEPS = [0, 16, -16, 30, -30];
/** Shades stay dark enough to show on white and light enough to read dark text over their tint. */
const SHADE_LIGHTNESS = { min: 0.2, max: 0.74 };
const SHADE_MIN_SATURATION = 0.35;
const GREY_SATURATION = 0.08;

/** The shades of a parent colour a sub-code may take, in order of preference (same hue first). */
export const parentShades = (parentColor: string): string[] => {
  const parent = hexToHsl(parentColor);
  // A grey parent stays grey: turning its (meaningless) hue would make its children look unrelated.
  const saturation = parent.s < GREY_SATURATION ? parent.s : Math.max(SHADE_MIN_SATURATION, parent.s);
  const hueSteps = parent.s < GREY_SATURATION ? [0] : SHADE_HUE_STEPS;
  const shades: string[] = [];
  for (const hueStep of hueSteps) {
    for (const lightnessStep of SHADE_LIGHTNESS_STEPS) {
      const l = Math.min(SHADE_LIGHTNESS.max, Math.max(SHADE_LIGHTNESS.min, parent.l + lightnessStep));
      const shade = hslToHex({ h: parent.h + hueStep, s: saturation, l });
      if (!shades.includes(shade)) shades.push(shade);
    }
  }
  return shades;
};

/**
 * The colour of a new sub-code: the first shade of its parent's hue that differs from the parent and every sibling
 * by DISTINCT_COLOR_DIFFERENCE; when a large family has used them all, the shade farthest from its nearest relative.
 */
export const subCodeShade = (parentColor: string, siblingColors: readonly string[]): string => {
  const relatives = [parentColor, ...siblingColors];
  const shades = parentShades(parentColor);
  return shades.find((shade) => nearestDifference(shade, relatives) >= DISTINCT_COLOR_DIFFERENCE) ?? farthestFrom(shades, relatives);
};

/** The colour a new code under `parentId` gets in a codebook of `codes` (the parent must be among them). */
export const newCodeColor = (codes: readonly Pick<Code, 'id' | 'parentId' | 'color'>[], parentId: Id | null): string => {
  const siblingColors = codes.filter((code) => code.parentId === parentId).map((code) => code.color);
  const parent = parentId === null ? undefined : codes.find((code) => code.id === parentId);
  if (parent === undefined) return distinctPaletteColor(siblingColors, codes.map((code) => code.color));
  return subCodeShade(parent.color, siblingColors);
};
