// The standalone SVG of a network: well-formed XML with one box per node, one path per edge as wide as its evidence,
// dashed without evidence, arrow heads on directed relations, captions with the sign, a legend, and the
// unevidenced relations listed by name; text escaped.
import { describe, expect, it } from 'vitest';
import { buildNetworkGraph } from '../../../../shared/network/networkGraph.ts';
import { layoutNetwork } from '../../../../shared/network/networkLayout.ts';
import { networkSvg } from '../../../../shared/network/networkSvg.ts';
import { relationTypeLabel } from '../../../../shared/network/relationTypes.ts';
import { EXISTING, NETWORK, RELATIONS } from './networkFixture.ts';
import { findAll, findOne, parseSvg, type SvgElement } from './svgTree.ts';

const drawing = async (title: string): Promise<SvgElement> => {
  const graph = buildNetworkGraph(NETWORK, RELATIONS, EXISTING, relationTypeLabel);
  const positions = await layoutNetwork(graph.nodes, graph.edges, { direction: 'right' });
  return parseSvg(networkSvg({ title, graph, positions }));
};

const edge = (svg: SvgElement, id: string) => {
  const group = findOne(svg, 'g', 'data-relation-id', id);
  if (group === undefined) throw new Error(`no edge ${id}`);
  const path = group.children.find((child) => child.name === 'path');
  const caption = group.children.find((child) => child.name === 'text');
  if (path === undefined || caption === undefined) throw new Error(`edge ${id} is not drawn`);
  return { path: path.attributes, caption: caption.text };
};

describe('networkSvg', () => {
  it('draws every node and edge, widths by evidence, dashed and listed when unevidenced', async () => {
    const svg = await drawing('Ecosystem <model> & "roles"');
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.children.find((child) => child.name === 'title')?.text).toBe('Ecosystem <model> & "roles"');
    const nodes = findAll(svg, 'g', 'data-node-id');
    expect(nodes).toHaveLength(5);
    expect(nodes.map((node) => findAll(node, 'text')[0].text)).toContain("MSME's internationalisation");
    expect(findAll(svg, 'g', 'data-relation-id')).toHaveLength(5);

    const width = (id: string): number => Number(edge(svg, id).path['stroke-width']);
    expect(width('r-entry')).toBeGreaterThan(width('r-market'));
    expect(width('r-market')).toBeGreaterThan(width('r-synergy'));
    expect(edge(svg, 'r-synergy').path['stroke-dasharray']).toBeTruthy();
    expect(edge(svg, 'r-entry').path['stroke-dasharray']).toBeUndefined();

    // Each directed edge points with its own arrow head, as wide as the edge needs and in the edge's colour.
    const arrowOf = (id: string) => {
      const reference = /^url\(#(.+)\)$/.exec(edge(svg, id).path['marker-end'] ?? '');
      return reference === null ? undefined : findOne(svg, 'marker', 'id', reference[1]);
    };
    expect(arrowOf('r-synergy')).toBeUndefined();
    expect(Number(arrowOf('r-entry')?.attributes.markerWidth)).toBeGreaterThan(Number(arrowOf('r-market')?.attributes.markerWidth));
    expect(findAll(arrowOf('r-contra') ?? svg, 'path')[0].attributes.fill).toBe('#b3261e');
    expect(findAll(arrowOf('r-entry') ?? svg, 'path')[0].attributes.fill).toBe('#4a4f57');
    expect(edge(svg, 'r-contra').caption).toBe('contradicts (−)');
    expect(edge(svg, 'r-market').caption).toBe('sells to (+)');

    const listed = findAll(svg, 'text', 'data-unevidenced').map((text) => text.text);
    expect(listed).toEqual(['Business networks — Global collaboration: synergy']);
    expect(svg.text).toContain('Dashed: no evidence yet');
  });

  it('writes a drawing of an empty network', () => {
    const graph = buildNetworkGraph({ kind: 'network', direction: 'right', nodes: [] }, [], null, relationTypeLabel);
    const svg = parseSvg(networkSvg({ title: 'Empty', graph, positions: {} }));
    expect(findAll(svg, 'g', 'data-node-id')).toHaveLength(0);
    expect(Number(svg.attributes.width)).toBeGreaterThan(0);
  });
});
