// The graph of a network display: which relations become edges, their evidence counted against what still exists,
// the unevidenced ones listed, and the widest edge's evidence.
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph, evidenceCount } from '../../../../shared/network/networkGraph.ts';
import { relationTypeLabel } from '../../../../shared/network/relationTypes.ts';
import { EXISTING, NETWORK, RELATIONS } from './networkFixture.ts';

describe('buildNetworkGraph', () => {
  it('draws the relations between nodes of the display, counting only evidence that still exists', () => {
    const graph = buildNetworkGraph(NETWORK, RELATIONS, EXISTING, relationTypeLabel);
    expect(graph.edges.map((edge) => [edge.id, edge.evidence])).toEqual([
      ['r-entry', 4], ['r-market', 1], ['r-train', 1], ['r-synergy', 0], ['r-contra', 1],
    ]);
    expect(graph.unevidenced.map((edge) => edge.id)).toEqual(['r-synergy']);
    expect(graph.maxEvidence).toBe(4);
    expect(graph.edges.find((edge) => edge.id === 'r-market')).toMatchObject({ typeLabel: 'sells to', directed: true, sign: '+' });
    // A custom type is shown by its own name.
    expect(graph.edges.find((edge) => edge.id === 'r-synergy')?.typeLabel).toBe('synergy');
  });

  it('counts every listed id when told nothing about what exists', () => {
    expect(evidenceCount(RELATIONS[1], null)).toBe(2);
    expect(evidenceCount(RELATIONS[1], EXISTING)).toBe(1);
  });

  it('makes an empty graph of a network without nodes', () => {
    expect(buildNetworkGraph({ kind: 'network', direction: 'down', nodes: [] }, RELATIONS, EXISTING, relationTypeLabel))
      .toEqual({ nodes: [], edges: [], unevidenced: [], maxEvidence: 0 });
  });
});
