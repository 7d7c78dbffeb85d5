// The positions of a network's nodes: the automatic layout (elkjs, off the UI thread) for the graph's structure, with
// the places the user dragged nodes to on top. The layout reruns only when nodes, labels, relations or the
// direction change, not when a node is dragged; until it answers, the last positions stay on screen. Nothing is laid
// out before the display's relations are read: a layout of the nodes alone would keep the worker busy for nothing.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { NetworkDisplayDefinition } from '../../../../shared/model/index.ts';
import type { NetworkGraphEdge } from '../../../../shared/network/networkGraph.ts';
import type { NodePositions } from '../../../../shared/network/networkGeometry.ts';
import { isAbortError } from '../../../workers/rpcClient.ts';
import { layoutOffThread } from './layoutClient.ts';

export type NetworkLayoutState = { positions: NodePositions; laidOut: boolean };

export const useNetworkLayout = (definition: NetworkDisplayDefinition, edges: readonly NetworkGraphEdge[], ready: boolean): NetworkLayoutState => {
  const input = useMemo(() => ({
    nodes: definition.nodes.map((node) => ({ id: node.id, label: node.label, x: null, y: null })),
    edges: edges.map((edge) => ({ id: edge.id, from: edge.from, to: edge.to })),
    options: { direction: definition.direction, ignorePlaced: true },
  }), [definition.nodes, definition.direction, edges]);
  // What the layout depends on, as one value: a drag changes node places, not this.
  const structure = JSON.stringify([input.nodes.map((node) => [node.id, node.label]), input.edges, input.options]);
  const latest = useRef(input);
  latest.current = input;
  const [automatic, setAutomatic] = useState<{ structure: string; positions: NodePositions } | null>(null);

  useEffect(() => {
    if (!ready) return;
    const { nodes, edges: links, options } = latest.current;
    const controller = new AbortController();
    layoutOffThread(nodes, links, options, controller.signal).then(
      (positions) => setAutomatic({ structure, positions }),
      (error: unknown) => {
        if (!isAbortError(error)) console.error('Caseweave: the network layout failed', error);
      },
    );
    return () => controller.abort();
  }, [structure, ready]);

  return useMemo(() => {
    const positions: NodePositions = {};
    definition.nodes.forEach((node, index) => {
      const computed = automatic?.positions[node.id];
      positions[node.id] = node.x !== null && node.y !== null
        ? { x: node.x, y: node.y }
        // A node the layout has not placed yet waits in a column on the left.
        : computed ?? { x: 48, y: 48 + index * 60 };
    });
    return { positions, laidOut: automatic?.structure === structure };
  }, [definition.nodes, automatic, structure]);
};
