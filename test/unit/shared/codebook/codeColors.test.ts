// The colour a new code gets: distinct from its siblings' (top level: a palette colour; sub-code: a shade of its
// parent's hue), so two codes side by side never show identical stripes (issue 7, item 5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_PALETTE,
  createCode,
  DISTINCT_COLOR_DIFFERENCE,
  newCodeColor,
  subCodeShade,
  type CodingSnapshot,
} from '../../../../shared/codebook/index.ts';
import { colorDifference, hexToHsl, hslToHex } from '../../../../shared/codebook/colorSpace.ts';
import { code, NOW, PROJECT, sequentialIds } from './codebookFixture.ts';

const context = { now: NOW, newId: sequentialIds('colour') };

/** Hue distance on the colour wheel, in degrees. */
const hueGap = (a: string, b: string): number => {
  const gap = Math.abs(hexToHsl(a).h - hexToHsl(b).h) % 360;
  return Math.min(gap, 360 - gap);
};

const nearest = (color: string, others: readonly string[]): number => Math.min(...others.map((other) => colorDifference(color, other)));

/** Creates `count` codes under `parentId` one after another, as a user would, and returns their colours. */
const createMany = (snapshot: CodingSnapshot, parentId: string | null, count: number): { snapshot: CodingSnapshot; colors: string[] } => {
  let current = snapshot;
  const colors: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const outcome = createCode(current, { projectId: PROJECT, parentId, name: `New ${index}` }, context);
    current = outcome.snapshot;
    colors.push(outcome.code.color);
  }
  return { snapshot: current, colors };
};

describe('colour arithmetic', () => {
  it('converts to hue/saturation/lightness and back, and measures perceived difference', () => {
    for (const color of CODE_PALETTE) expect(hslToHex(hexToHsl(color))).toBe(color);
    expect(colorDifference('#1f77b4', '#1f77b4')).toBe(0);
    expect(colorDifference('#000000', '#ffffff')).toBeCloseTo(100, 3);
    expect(colorDifference('#1f77b4', '#d62728')).toBeCloseTo(colorDifference('#d62728', '#1f77b4'), 10);
    // Two blues of the palette are closer than a blue and a red.
    expect(colorDifference('#1f77b4', '#3d5a80')).toBeLessThan(colorDifference('#1f77b4', '#d62728'));
  });
});

describe('a new top-level code', () => {
  it('never takes a colour its siblings already show while the palette has a distinct one', () => {
    // The first palette colour is the least used in the codebook (the sub-codes use the others twice each), but a
    // top-level sibling already has it: the new code must not look like that sibling.
    const children = CODE_PALETTE.slice(1).flatMap((color, index) => [
      code(`a${index}`, `Child ${index} a`, 'top', index * 2, { color }),
      code(`b${index}`, `Child ${index} b`, 'top', index * 2 + 1, { color }),
    ]);
    const snapshot: CodingSnapshot = { codes: [code('top', 'Business networks', null, 0, { color: CODE_PALETTE[0] }), ...children], codings: [] };
    const { code: created } = createCode(snapshot, { projectId: PROJECT, parentId: null, name: 'Diaspora' }, context);
    expect(CODE_PALETTE).toContain(created.color);
    expect(colorDifference(created.color, CODE_PALETTE[0])).toBeGreaterThanOrEqual(DISTINCT_COLOR_DIFFERENCE);
  });

  it('gets twelve different palette colours for twelve siblings', () => {
    const { colors } = createMany({ codes: [], codings: [] }, null, CODE_PALETTE.length);
    expect(new Set(colors).size).toBe(CODE_PALETTE.length);
  });
});

describe('a new sub-code', () => {
  it('starts from its parent’s hue in a shade that differs from the parent', () => {
    const parent = code('n', 'Business networks', null, 0, { color: '#1f77b4' });
    const { code: created } = createCode({ codes: [parent], codings: [] }, { projectId: PROJECT, parentId: 'n', name: 'Exporters' }, context);
    expect(hueGap(created.color, parent.color)).toBeLessThanOrEqual(30);
    expect(colorDifference(created.color, parent.color)).toBeGreaterThanOrEqual(DISTINCT_COLOR_DIFFERENCE);
  });

  it('differs from every sibling, one sub-code after another', () => {
    const parent = code('n', 'Business networks', null, 0, { color: '#1f77b4' });
    const { colors } = createMany({ codes: [parent], codings: [] }, 'n', 6);
    colors.forEach((color, index) => {
      expect(hueGap(color, parent.color)).toBeLessThanOrEqual(30);
      expect(nearest(color, [parent.color, ...colors.slice(0, index)])).toBeGreaterThanOrEqual(DISTINCT_COLOR_DIFFERENCE);
    });
  });

  it('is a distinguishable shade of any palette parent for the first three sub-codes, given any earlier siblings’ own colours', () => {
    const saturated = CODE_PALETTE.filter((color) => hexToHsl(color).s > 0.1);
    fc.assert(
      fc.property(fc.constantFrom(...saturated), fc.array(fc.constantFrom(...CODE_PALETTE), { maxLength: 3 }), (parentColor, siblings) => {
        const shades: string[] = [];
        for (let index = 0; index < 3; index += 1) shades.push(subCodeShade(parentColor, [...siblings, ...shades]));
        return shades.every((shade, index) =>
          hueGap(shade, parentColor) <= 30 && nearest(shade, [parentColor, ...siblings, ...shades.slice(0, index)]) >= DISTINCT_COLOR_DIFFERENCE);
      }),
    );
  });

  it('keeps a grey parent’s children grey', () => {
    const grey = '#7f7f7f';
    const shade = newCodeColor([{ id: 'g', parentId: null, color: grey }], 'g');
    expect(hexToHsl(shade).s).toBeLessThan(0.08);
    expect(colorDifference(shade, grey)).toBeGreaterThanOrEqual(DISTINCT_COLOR_DIFFERENCE);
  });
});
