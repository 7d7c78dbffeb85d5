// Heat shading of a count cell: the accent colour, stronger as the value nears the matrix's largest; the text turns
// light on the darkest cells so it stays readable. The PNG export shades with the same numbers.
import type { CSSProperties } from 'react';

/** The shade's opacity for `value` out of `maxValue`, 0 when the cell is not shaded. */
export const heatAlpha = (value: number | null, maxValue: number): number =>
  value === null || value <= 0 || maxValue <= 0 ? 0 : 0.08 + 0.62 * Math.min(1, value / maxValue);

/** Above this opacity the cell's text is drawn light. */
export const LIGHT_TEXT_ALPHA = 0.45;

export const HEAT_RGB = '47, 93, 138';

export const heatStyle = (value: number | null, maxValue: number): CSSProperties | undefined => {
  const alpha = heatAlpha(value, maxValue);
  if (alpha === 0) return undefined;
  return { background: `rgba(${HEAT_RGB}, ${alpha.toFixed(3)})`, color: alpha > LIGHT_TEXT_ALPHA ? '#ffffff' : undefined };
};
