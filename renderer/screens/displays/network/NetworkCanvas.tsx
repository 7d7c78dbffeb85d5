// The network drawing on screen: the same geometry as the SVG export (shared/network), with nodes that move by
// pointer drag or, focused, by arrow keys (Shift: further); a move is saved when the drag ends or the keys rest.
// Clicking an edge opens it in the relation editor.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Id, NetworkNode } from '../../../../shared/model/index.ts';
import type { NetworkGraph } from '../../../../shared/network/networkGraph.ts';
import {
  DASH_PATTERN, drawingBounds, edgeGeometry, edgeOffsets, edgeWidth, nodeBox, nodeLabel, type NodePositions, type Point,
} from '../../../../shared/network/networkGeometry.ts';
import { EDGE_COLOR, NEGATIVE_COLOR, NODE_FILL, arrowSize, edgeCaption } from '../../../../shared/network/networkSvg.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';

type Props = {
  name: string;
  graph: NetworkGraph;
  positions: NodePositions;
  /** Saves where nodes were moved to (one write per drag or per burst of arrow keys). */
  onMove: (moves: Record<Id, Point>) => void;
  onEditRelation: (relationId: Id) => void;
  /** Enter on a focused node starts a relation from it. */
  onStartRelation: (fromNodeId: Id) => void;
};

const KEY_STEP = 10;
const KEY_STEP_LARGE = 50;
const KEY_SAVE_DELAY_MS = 500;
const MARGIN = 48;
const ARROWS: Record<string, Point> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };

export const NetworkCanvas = ({ name, graph, positions, onMove, onEditRelation, onStartRelation }: Props) => {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  /** Places of nodes being moved and not saved yet, over the saved ones. */
  const [moving, setMoving] = useState<Record<Id, Point>>({});
  const drag = useRef<{ id: Id; pointer: Point; from: Point; scale: number } | null>(null);
  const keySave = useRef<number | null>(null);
  const pending = useRef<Record<Id, Point>>({});

  // Saved places arrive through the live query; a moved node then shows them, not its unsaved place.
  useEffect(() => setMoving({}), [positions]);
  useEffect(() => () => {
    if (keySave.current !== null) window.clearTimeout(keySave.current);
  }, []);

  const placed = useMemo(() => ({ ...positions, ...moving }), [positions, moving]);
  // The frame follows the saved places only, so the drawing does not rescale under the pointer during a drag.
  // It starts at the origin (unless a node lies left of or above it), so moving one node never shifts the others.
  const bounds = useMemo(() => {
    const fitted = drawingBounds(graph.nodes.map((node) => ({ ...(positions[node.id] ?? { x: 0, y: 0 }), ...nodeBox(node.label) })), MARGIN);
    const x = Math.min(0, fitted.x);
    const y = Math.min(0, fitted.y);
    return { x, y, width: fitted.x + fitted.width - x, height: fitted.y + fitted.height - y };
  }, [graph.nodes, positions]);
  const offsets = useMemo(() => edgeOffsets(graph.edges), [graph.edges]);
  const nodesById = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph.nodes]);

  const flush = (): void => {
    if (keySave.current !== null) window.clearTimeout(keySave.current);
    keySave.current = null;
    const moves = pending.current;
    pending.current = {};
    if (Object.keys(moves).length > 0) onMove(moves);
  };

  const moveTo = (id: Id, to: Point): void => {
    pending.current = { ...pending.current, [id]: to };
    setMoving((current) => ({ ...current, [id]: to }));
  };

  const onPointerDown = (event: PointerEvent<SVGGElement>, node: NetworkNode): void => {
    if (event.button !== 0) return;
    const matrix = svg.current?.getScreenCTM();
    drag.current = { id: node.id, pointer: { x: event.clientX, y: event.clientY }, from: placed[node.id], scale: matrix ? matrix.a : 1 };
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>): void => {
    const current = drag.current;
    if (current === null) return;
    const dx = (event.clientX - current.pointer.x) / current.scale;
    const dy = (event.clientY - current.pointer.y) / current.scale;
    if (Math.abs(dx) + Math.abs(dy) < 2 && pending.current[current.id] === undefined) return;
    moveTo(current.id, { x: current.from.x + dx, y: current.from.y + dy });
  };
  const onPointerUp = (): void => {
    if (drag.current === null) return;
    drag.current = null;
    flush();
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, node: NetworkNode): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      flush();
      onStartRelation(node.id);
      return;
    }
    const arrow = ARROWS[event.key];
    if (arrow === undefined) return;
    event.preventDefault();
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const from = placed[node.id];
    moveTo(node.id, { x: from.x + arrow.x * step, y: from.y + arrow.y * step });
    if (keySave.current !== null) window.clearTimeout(keySave.current);
    keySave.current = window.setTimeout(flush, KEY_SAVE_DELAY_MS);
  };

  return (
    <svg
      ref={svg}
      className="network-canvas"
      role="group"
      aria-label={t('network.drawing', { name })}
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      width={bounds.width}
      height={bounds.height}
    >
      {graph.edges.map((edge) => {
        const from = nodesById.get(edge.from);
        const to = nodesById.get(edge.to);
        if (from === undefined || to === undefined) return null;
        const fromBox = { ...placed[from.id], ...nodeBox(from.label) };
        const geometry = edgeGeometry(fromBox, from === to ? fromBox : { ...placed[to.id], ...nodeBox(to.label) }, offsets.get(edge.id) ?? 0);
        const color = edge.sign === '-' ? NEGATIVE_COLOR : EDGE_COLOR;
        const caption = edgeCaption(edge);
        const width = edgeWidth(edge.evidence, graph.maxEvidence);
        const size = arrowSize(width);
        const markerId = `cw-view-arrow-${edge.id}`;
        return (
          <g key={edge.id} className="network-edge" data-relation-id={edge.id} onClick={() => onEditRelation(edge.id)}>
            <title>{`${from.label} → ${to.label}: ${caption} · ${t('network.relations.evidence', { count: edge.evidence })}`}</title>
            {edge.directed && (
              <defs>
                <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth={size} markerHeight={size} markerUnits="userSpaceOnUse" orient="auto-start-reverse">
                  <path d="M 0 0 L 10 5 L 0 10 z" fill={color} />
                </marker>
              </defs>
            )}
            <path d={geometry.path} fill="none" stroke="transparent" strokeWidth={14} />
            <path
              d={geometry.path}
              fill="none"
              stroke={color}
              strokeWidth={width}
              strokeDasharray={edge.evidence === 0 ? DASH_PATTERN : undefined}
              markerEnd={edge.directed ? `url(#${markerId})` : undefined}
            />
            <text x={geometry.labelAt.x} y={geometry.labelAt.y - 6} textAnchor="middle" className="network-edge-caption" fill={color}>
              {caption}
            </text>
          </g>
        );
      })}
      {graph.nodes.map((node) => {
        const at = placed[node.id];
        const box = nodeBox(node.label);
        return (
          <g
            key={node.id}
            className="network-node"
            data-node-id={node.id}
            tabIndex={0}
            role="button"
            aria-roledescription={t('network.node.roleDescription')}
            aria-label={t('network.node.aria', { label: node.label, kind: t(`network.node.kind.${node.kind}`) })}
            transform={`translate(${at.x} ${at.y})`}
            onPointerDown={(event) => onPointerDown(event, node)}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onKeyDown={(event) => onKeyDown(event, node)}
            onBlur={flush}
          >
            <title>{node.label}</title>
            <rect width={box.width} height={box.height} rx={8} fill={NODE_FILL[node.kind]} />
            <text x={box.width / 2} y={box.height / 2 + 4.5} textAnchor="middle">{nodeLabel(node.label)}</text>
          </g>
        );
      })}
    </svg>
  );
};
