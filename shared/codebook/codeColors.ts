// Code colours: validation of "#RRGGBB" and the palette new codes are coloured from.
import { CodebookError } from './codebookError.ts';

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

/** The first palette colour nobody uses yet; when all are used, the least used one (earliest on a tie). */
export const nextPaletteColor = (usedColors: readonly string[]): string => {
  const uses = new Map(CODE_PALETTE.map((color) => [color, 0]));
  for (const used of usedColors) {
    const key = used.toLowerCase();
    const count = uses.get(key);
    if (count !== undefined) uses.set(key, count + 1);
  }
  let best = CODE_PALETTE[0];
  for (const color of CODE_PALETTE) if ((uses.get(color) ?? 0) < (uses.get(best) ?? 0)) best = color;
  return best;
};
