// The automatic layout of a network display with elkjs's layered algorithm (Sugiyama style: relations mostly run one
// way, actors → outcomes, which suits context charts and causal networks), deterministic for the same graph. ELK
// sees only the skeleton of the relations (layoutSkeleton.ts) and positions only nodes: the view draws the edges.
// Nodes the user placed keep their place; the others take the layout's. Pure JS with no DOM: it runs in a Web Worker
// (renderer/workers/networkLayoutWorker.ts), on the page as a fallback, and in Node for the CLI and the report.
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Id } from '../model/index.ts';
import { layoutSkeleton } from './layoutSkeleton.ts';
import { nodeBox, type NodePositions } from './networkGeometry.ts';

export type LayoutNodeInput = { id: Id; label: string; x: number | null; y: number | null };
export type LayoutEdgeInput = { id: Id; from: Id; to: Id };
export type NetworkLayoutOptions = {
  direction: 'right' | 'down';
  /** Lay out every node afresh, ignoring the places the user dragged nodes to ("Auto layout"). */
  ignorePlaced?: boolean;
};

let engine: Promise<ELK> | null = null;

/** One ELK engine per thread, loaded on first use (the bundled build runs its layout on the calling thread). */
export const loadLayoutEngine = (): Promise<ELK> => {
  engine ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk());
  return engine;
};

/** Where the layout puts the first node column or row, leaving room for labels of edges looping above. */
const ORIGIN = 48;

export const layoutNetwork = async (
  nodes: readonly LayoutNodeInput[], edges: readonly LayoutEdgeInput[], options: NetworkLayoutOptions,
): Promise<NodePositions> => {
  const graph: ElkNode = {
    id: 'network',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction === 'down' ? 'DOWN' : 'RIGHT',
      'elk.spacing.nodeNode': '44',
      'elk.layered.spacing.nodeNodeBetweenLayers': '110',
      'elk.spacing.componentComponent': '60',
    },
    children: nodes.map((node) => ({ id: node.id, ...nodeBox(node.label) })),
    edges: layoutSkeleton(nodes.map((node) => node.id), edges)
      .map((edge, index) => ({ id: `skeleton-${index}`, sources: [edge.from], targets: [edge.to] })),
  };
  const laidOut = nodes.length === 0 ? graph : await (await loadLayoutEngine()).layout(graph);
  const computed = new Map((laidOut.children ?? []).map((child) => [child.id, { x: ORIGIN + (child.x ?? 0), y: ORIGIN + (child.y ?? 0) }]));
  const positions: NodePositions = {};
  for (const node of nodes) {
    const placed = !options.ignorePlaced && node.x !== null && node.y !== null;
    positions[node.id] = placed ? { x: node.x ?? 0, y: node.y ?? 0 } : (computed.get(node.id) ?? { x: ORIGIN, y: ORIGIN });
  }
  return positions;
};
