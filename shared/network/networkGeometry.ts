// The geometry the network view and the SVG writer share, so the screen and the exported file draw the same
// picture: node boxes sized from their labels, edge widths from evidence, and edge paths that end at the node's
// border (where an arrow head must sit), bowed apart when two nodes have several relations.
import type { Id } from '../model/index.ts';

export type Point = { x: number; y: number };
/** Top-left corners by node id. */
export type NodePositions = Record<Id, Point>;
export type NodeBox = { width: number; height: number };

export const NODE_HEIGHT = 40;
const CHARACTER_WIDTH = 7.2;
const MIN_NODE_WIDTH = 96;
const MAX_NODE_WIDTH = 240;
/** The longest label drawn whole; longer ones end in an ellipsis (the full label stays in the node's title). */
export const MAX_LABEL_CHARACTERS = 30;

export const nodeLabel = (label: string): string =>
  label.length > MAX_LABEL_CHARACTERS ? `${label.slice(0, MAX_LABEL_CHARACTERS - 1)}…` : label;

export const nodeBox = (label: string): NodeBox => ({
  width: Math.round(Math.min(MAX_NODE_WIDTH, Math.max(MIN_NODE_WIDTH, nodeLabel(label).length * CHARACTER_WIDTH + 28))),
  height: NODE_HEIGHT,
});

export const UNEVIDENCED_WIDTH = 1.5;
const MIN_EVIDENCED_WIDTH = 2;
const MAX_EDGE_WIDTH = 9;

/** An edge's stroke width: thin and dashed without evidence, growing with its evidence up to the best evidenced. */
export const edgeWidth = (evidence: number, maxEvidence: number): number =>
  evidence <= 0 || maxEvidence <= 0
    ? UNEVIDENCED_WIDTH
    : MIN_EVIDENCED_WIDTH + ((MAX_EDGE_WIDTH - MIN_EVIDENCED_WIDTH) * evidence) / maxEvidence;

export const DASH_PATTERN = '7 5';

type Box = Point & NodeBox;

/** Where the ray from the box's centre towards `toward` leaves the box. */
const borderPoint = (box: Box, toward: Point): Point => {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: cx + dx * scale, y: cy + dy * scale };
};

export type EdgeGeometry = {
  /** An SVG path: a straight line, or a quadratic curve when bowed apart from its siblings. */
  path: string;
  start: Point;
  end: Point;
  /** Where the edge's label (its type and sign) sits. */
  labelAt: Point;
};

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The path from `from` to `to`; `offset` bows it sideways (the n-th of several relations between the same nodes), a
 * self-relation loops above its node.
 */
export const edgeGeometry = (from: Box, to: Box, offset: number): EdgeGeometry => {
  if (from === to || (from.x === to.x && from.y === to.y)) {
    const start = { x: from.x + from.width * 0.35, y: from.y };
    const end = { x: from.x + from.width * 0.65, y: from.y };
    const lift = 36 + Math.abs(offset);
    const path = `M ${round(start.x)} ${round(start.y)} C ${round(start.x)} ${round(start.y - lift)} ${round(end.x)} ${round(end.y - lift)} ${round(end.x)} ${round(end.y)}`;
    return { path, start, end, labelAt: { x: from.x + from.width / 2, y: from.y - lift * 0.8 } };
  }
  const a = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const b = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  const control = { x: (a.x + b.x) / 2 + normal.x * offset * 2, y: (a.y + b.y) / 2 + normal.y * offset * 2 };
  const start = borderPoint(from, offset === 0 ? b : control);
  const end = borderPoint(to, offset === 0 ? a : control);
  const labelAt = offset === 0
    ? { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }
    : { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y };
  const path = offset === 0
    ? `M ${round(start.x)} ${round(start.y)} L ${round(end.x)} ${round(end.y)}`
    : `M ${round(start.x)} ${round(start.y)} Q ${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`;
  return { path, start, end, labelAt };
};

const EDGE_SPREAD = 26;

/**
 * The sideways offset of each edge: edges between the same two nodes (either way) spread symmetrically, a lone
 * edge runs straight.
 */
export const edgeOffsets = (edges: readonly { id: Id; from: Id; to: Id }[]): Map<Id, number> => {
  const groups = new Map<string, { id: Id; flipped: boolean }[]>();
  for (const edge of edges) {
    const key = edge.from < edge.to ? `${edge.from}\u0000${edge.to}` : `${edge.to}\u0000${edge.from}`;
    groups.set(key, [...(groups.get(key) ?? []), { id: edge.id, flipped: edge.from > edge.to }]);
  }
  const offsets = new Map<Id, number>();
  for (const group of groups.values()) {
    group.forEach((edge, index) => {
      const offset = (index - (group.length - 1) / 2) * EDGE_SPREAD;
      // The normal turns with the edge's direction, so an edge drawn the other way takes the opposite sign.
      offsets.set(edge.id, edge.flipped ? -offset : offset);
    });
  }
  return offsets;
};

/** The extent of the drawing: every node box, with a margin. */
export const drawingBounds = (boxes: readonly Box[], margin: number): { x: number; y: number; width: number; height: number } => {
  if (boxes.length === 0) return { x: 0, y: 0, width: 2 * margin, height: 2 * margin };
  const left = Math.min(...boxes.map((box) => box.x)) - margin;
  // Room above for self-relation loops and labels.
  const top = Math.min(...boxes.map((box) => box.y)) - margin;
  const right = Math.max(...boxes.map((box) => box.x + box.width)) + margin;
  const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
};
