// Colour arithmetic for code colours: "#rrggbb" to and from hue/saturation/lightness (to derive shades of a hue),
// and the perceived difference of two colours (CIELAB ΔE*76), so "distinguishable" is a number, not a guess.

/** Hue in degrees [0, 360), saturation and lightness in [0, 1]. */
export type Hsl = { h: number; s: number; l: number };

type Rgb = { r: number; g: number; b: number };

const rgbOf = (hex: string): Rgb => {
  const value = Number.parseInt(hex.slice(1, 7), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
};

const channelHex = (channel: number): string => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0');

export const hexToHsl = (hex: string): Hsl => {
  const { r, g, b } = rgbOf(hex);
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const l = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return { h: 0, s: 0, l };
  const s = chroma / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === red) h = ((green - blue) / chroma) % 6;
  else if (max === green) h = (blue - red) / chroma + 2;
  else h = (red - green) / chroma + 4;
  return { h: (h * 60 + 360) % 360, s: Math.min(1, s), l };
};

export const hslToHex = ({ h, s, l }: Hsl): string => {
  const chroma = (1 - Math.abs(2 * l - 1)) * s;
  const sector = (((h % 360) + 360) % 360) / 60;
  const x = chroma * (1 - Math.abs((sector % 2) - 1));
  const [red, green, blue] =
    sector < 1 ? [chroma, x, 0] : sector < 2 ? [x, chroma, 0] : sector < 3 ? [0, chroma, x] : sector < 4 ? [0, x, chroma] : sector < 5 ? [x, 0, chroma] : [chroma, 0, x];
  const m = l - chroma / 2;
  return `#${channelHex((red + m) * 255)}${channelHex((green + m) * 255)}${channelHex((blue + m) * 255)}`;
};

/** sRGB channel (0–255) to linear light. */
const linear = (channel: number): number => {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

const labCurve = (ratio: number): number => (ratio > 216 / 24389 ? Math.cbrt(ratio) : (24389 / 27 * ratio + 16) / 116);

/** CIELAB of an sRGB colour under the D65 white point. */
const labOf = (hex: string): [number, number, number] => {
  const { r, g, b } = rgbOf(hex);
  const [red, green, blue] = [linear(r), linear(g), linear(b)];
  const x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / 0.95047;
  const y = 0.2126729 * red + 0.7151522 * green + 0.072175 * blue;
  const z = (0.0193339 * red + 0.119192 * green + 0.9503041 * blue) / 1.08883;
  const [fx, fy, fz] = [labCurve(x), labCurve(y), labCurve(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
};

/** Perceived difference of two "#rrggbb" colours: 0 for the same colour, about 2 just noticeable, 100 black to white. */
export const colorDifference = (a: string, b: string): number => {
  const [l1, a1, b1] = labOf(a);
  const [l2, a2, b2] = labOf(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};
