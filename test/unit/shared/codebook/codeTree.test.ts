// The nested code tree view, its coding counts and code paths.
import { describe, expect, it } from 'vitest';
import { buildCodeTree, codePath, countCodingsByCode, flattenCodeTree, indexCodes, inVivoCodeName, nextPaletteColor, CODE_PALETTE } from '../../../../shared/codebook/index.ts';
import { code, sampleSnapshot } from './codebookFixture.ts';

describe('buildCodeTree', () => {
  it('nests codes in order with counts including and excluding descendants', () => {
    const { codes, codings } = sampleSnapshot();
    const tree = buildCodeTree([...codes].reverse(), codings);
    expect(tree.map((node) => node.code.id)).toEqual(['n', 'c']);
    const networks = tree[0];
    expect(networks.children.map((node) => node.code.id)).toEqual(['n1', 'n2']);
    expect(networks.ownCodingCount).toBe(0);
    expect(networks.totalCodingCount).toBe(4);
    const learning = networks.children[1];
    expect(learning.ownCodingCount).toBe(1);
    expect(learning.totalCodingCount).toBe(2);
    expect(learning.children[0].depth).toBe(2);
    expect(flattenCodeTree(tree).map((node) => node.code.id)).toEqual(['n', 'n1', 'n2', 'n2a', 'c', 'c1', 'c2']);
  });

  it('keeps codes with a missing parent or a parent cycle visible at the top level', () => {
    const codes = [code('a', 'A', 'ghost', 0), code('x', 'X', 'y', 0), code('y', 'Y', 'x', 0)];
    const ids = flattenCodeTree(buildCodeTree(codes, [])).map((node) => node.code.id);
    expect(ids.sort()).toEqual(['a', 'x', 'y']);
  });
});

describe('codePath', () => {
  it('joins names from the top level down', () => {
    const byId = indexCodes(sampleSnapshot().codes);
    expect(codePath(byId, 'n1')).toBe('Business networks / Exporters and intermediaries');
    expect(codePath(byId, 'n2a', ' > ')).toBe('Business networks > Learning > WhatsApp group');
    expect(codePath(byId, 'missing')).toBe('');
  });
});

describe('nextPaletteColor', () => {
  it('picks an unused colour first, then the least used', () => {
    expect(nextPaletteColor([])).toBe(CODE_PALETTE[0]);
    expect(nextPaletteColor([CODE_PALETTE[0].toUpperCase()])).toBe(CODE_PALETTE[1]);
    expect(nextPaletteColor([...CODE_PALETTE, CODE_PALETTE[0]])).toBe(CODE_PALETTE[1]);
  });
});

describe('inVivoCodeName', () => {
  it('names a code from the selected words', () => {
    expect(inVivoCodeName('  "the door is opened by people,"  ')).toBe('the door is opened by people');
    expect(inVivoCodeName('wong\nJawa   seneng.')).toBe('wong Jawa seneng');
    expect(inVivoCodeName('...')).toBe('');
    const long = inVivoCodeName('one two three four five six seven eight nine ten eleven twelve thirteen fourteen');
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(61);
    expect(long).toMatch(/^one two .* \w+…$/);
  });
});

describe('buildCodeTree from counts kept elsewhere', () => {
  it('gives the same tree from a count map as from the codings', () => {
    const { codes, codings } = sampleSnapshot();
    const counts = countCodingsByCode(codings);
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(codings.length);
    expect(buildCodeTree(codes, counts)).toEqual(buildCodeTree(codes, codings));
    expect(buildCodeTree(codes, new Map())[0].totalCodingCount).toBe(0);
  });
});
