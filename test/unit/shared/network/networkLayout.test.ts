// The automatic layout with elkjs in Node: every node placed, none overlapping, the same graph laid out the same
// way twice, relations running in the chosen direction, and dragged nodes kept where the user put them.
import { describe, expect, it } from 'vitest';
import { layoutNetwork } from '../../../../shared/network/networkLayout.ts';
import { nodeBox, type NodePositions } from '../../../../shared/network/networkGeometry.ts';
import { NETWORK, RELATIONS } from './networkFixture.ts';

const edges = RELATIONS.map((relation) => ({ id: relation.id, from: relation.fromNodeId, to: relation.toNodeId }));
const labelOf = new Map(NETWORK.nodes.map((node) => [node.id, node.label]));

const overlaps = (positions: NodePositions): boolean => {
  const boxes = Object.entries(positions).map(([id, at]) => ({ ...at, ...nodeBox(labelOf.get(id) ?? '') }));
  return boxes.some((a, i) => boxes.some((b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height));
};

describe('layoutNetwork', () => {
  it('places every node without overlaps, the same way each time', async () => {
    const first = await layoutNetwork(NETWORK.nodes, edges, { direction: 'right' });
    expect(Object.keys(first).sort()).toEqual(NETWORK.nodes.map((node) => node.id).sort());
    expect(overlaps(first)).toBe(false);
    expect(await layoutNetwork(NETWORK.nodes, edges, { direction: 'right' })).toEqual(first);
  });

  it('runs relations left to right, or top to bottom', async () => {
    const right = await layoutNetwork(NETWORK.nodes, edges, { direction: 'right' });
    expect(right.msme.x).toBeGreaterThan(right.diaspora.x);
    expect(right.msme.x).toBeGreaterThan(right.association.x);
    const down = await layoutNetwork(NETWORK.nodes, edges, { direction: 'down' });
    expect(down.msme.y).toBeGreaterThan(down.diaspora.y);
    expect(down.msme.y).toBeGreaterThan(down.association.y);
  });

  it('keeps nodes the user placed unless told to lay out everything afresh', async () => {
    const nodes = NETWORK.nodes.map((node) => (node.id === 'msme' ? { ...node, x: 700, y: 333 } : node));
    const kept = await layoutNetwork(nodes, edges, { direction: 'right' });
    expect(kept.msme).toEqual({ x: 700, y: 333 });
    const fresh = await layoutNetwork(nodes, edges, { direction: 'right', ignorePlaced: true });
    expect(fresh.msme).not.toEqual({ x: 700, y: 333 });
    expect(fresh).toEqual(await layoutNetwork(NETWORK.nodes, edges, { direction: 'right' }));
  });

  it('lays out a network of 80 nodes and 300 relations', async () => {
    const nodes = Array.from({ length: 80 }, (_, index) => ({ id: `n${index}`, label: `Code ${index}`, x: null, y: null }));
    const many = Array.from({ length: 300 }, (_, index) => ({ id: `e${index}`, from: `n${(index * 7) % 80}`, to: `n${(index * 13 + 5) % 80}` }));
    const positions = await layoutNetwork(nodes, many, { direction: 'right' });
    expect(Object.keys(positions)).toHaveLength(80);
    expect(Object.values(positions).every((at) => Number.isFinite(at.x) && Number.isFinite(at.y))).toBe(true);
    const boxes = nodes.map((node) => ({ ...positions[node.id], ...nodeBox(node.label) }));
    expect(boxes.some((a, i) => boxes.some((b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height))).toBe(false);
    // The layout sees only the skeleton of the relations, yet most relations still run left to right.
    const forward = many.filter((edge) => positions[edge.to].x > positions[edge.from].x).length;
    expect(forward / many.length).toBeGreaterThan(0.7);
    expect(await layoutNetwork(nodes, many, { direction: 'right' })).toEqual(positions);
  });
});
