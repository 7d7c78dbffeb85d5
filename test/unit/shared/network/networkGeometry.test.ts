// Geometry shared by the network view and its SVG: node boxes, edge widths by evidence, edges ending on node borders,
// several relations between one pair bowed apart.
import { describe, expect, it } from 'vitest';
import { edgeGeometry, edgeOffsets, edgeWidth, nodeBox, nodeLabel, NODE_HEIGHT, UNEVIDENCED_WIDTH } from '../../../../shared/network/networkGeometry.ts';

describe('network geometry', () => {
  it('sizes node boxes from their labels within bounds, shortening long labels', () => {
    expect(nodeBox('A')).toEqual({ width: 96, height: NODE_HEIGHT });
    expect(nodeBox('Business networks').width).toBeGreaterThan(96);
    expect(nodeBox('x'.repeat(200)).width).toBe(nodeBox('x'.repeat(30)).width);
    expect(nodeLabel('x'.repeat(40))).toBe(`${'x'.repeat(29)}…`);
  });

  it('widens edges with their evidence and keeps unevidenced ones thinnest', () => {
    expect(edgeWidth(0, 5)).toBe(UNEVIDENCED_WIDTH);
    expect(edgeWidth(1, 5)).toBeGreaterThan(UNEVIDENCED_WIDTH);
    expect(edgeWidth(5, 5)).toBeGreaterThan(edgeWidth(2, 5));
    expect(edgeWidth(5, 5)).toBe(9);
  });

  it('starts and ends a straight edge on the borders of its nodes', () => {
    const from = { x: 0, y: 0, width: 100, height: 40 };
    const to = { x: 300, y: 0, width: 100, height: 40 };
    const geometry = edgeGeometry(from, to, 0);
    expect(geometry.start).toEqual({ x: 100, y: 20 });
    expect(geometry.end).toEqual({ x: 300, y: 20 });
    expect(geometry.path).toBe('M 100 20 L 300 20');
    expect(geometry.labelAt).toEqual({ x: 200, y: 20 });
  });

  it('bows several edges of one pair apart, either way round, and leaves a lone edge straight', () => {
    const offsets = edgeOffsets([
      { id: 'a', from: 'n1', to: 'n2' }, { id: 'b', from: 'n2', to: 'n1' }, { id: 'c', from: 'n1', to: 'n3' },
    ]);
    expect(offsets.get('c')).toBe(0);
    // The second of the pair takes +13, flipped to −13 because it runs the other way (its normal points the other way).
    expect(offsets.get('a')).toBe(-13);
    expect(offsets.get('b')).toBe(-13);
    const from = { x: 0, y: 0, width: 100, height: 40 };
    const to = { x: 300, y: 0, width: 100, height: 40 };
    const first = edgeGeometry(from, to, offsets.get('a') ?? 0);
    const second = edgeGeometry(to, from, offsets.get('b') ?? 0);
    expect(first.path).toContain(' Q ');
    // The two curves bulge to opposite sides of the line between the nodes.
    expect(Math.sign(first.labelAt.y - 20)).toBe(-Math.sign(second.labelAt.y - 20));
  });
});
