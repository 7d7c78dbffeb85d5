// A network display as a standalone SVG document (the export, and the report's figure): node boxes by kind, edges
// as wide as their evidence, dashed when unevidenced, with arrow heads when directed and their type and sign
// written beside them, then a legend and the list of unevidenced relations. Attributes only, no CSS, so the file
// looks the same in any viewer and when drawn onto a canvas for PNG.
import type { NetworkNode } from '../model/index.ts';
import { getLocale, t, type Locale } from '../i18n/translate.ts';
import type { NetworkGraph, NetworkGraphEdge } from './networkGraph.ts';
import {
  DASH_PATTERN, UNEVIDENCED_WIDTH, drawingBounds, edgeGeometry, edgeOffsets, edgeWidth, nodeBox, nodeLabel, type NodePositions,
} from './networkGeometry.ts';

export const NODE_FILL: Record<NetworkNode['kind'], string> = {
  code: '#e3ecfb', informant: '#fdf1d6', role: '#e2f3e6', free: '#f0f0f0',
};
export const EDGE_COLOR = '#4a4f57';
export const NEGATIVE_COLOR = '#b3261e';
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const MARGIN = 56;
const LEGEND_LINE = 22;

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** "sells to (+)": the type and the sign, as written beside an edge and in the list of unevidenced relations. */
export const edgeCaption = (edge: Pick<NetworkGraphEdge, 'typeLabel' | 'sign'>): string =>
  edge.sign === null ? edge.typeLabel : `${edge.typeLabel} (${edge.sign === '-' ? '−' : '+'})`;

/** The arrow head's length for an edge of `width`: readable on thin edges, wider than the line on thick ones. */
export const arrowSize = (width: number): number => Math.round(Math.max(11, width * 2.4));

export const arrowMarker = (id: string, color: string, size = 11): string =>
  `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${size}" markerHeight="${size}" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${color}"/></marker>`;

export type NetworkSvgInput = { title: string; graph: NetworkGraph; positions: NodePositions };

const edgeSvg = (
  edge: NetworkGraphEdge, graph: NetworkGraph, positions: NodePositions, offset: number, labels: Map<string, string>, markerIndex: number, locale: Locale,
): string => {
  const from = graph.nodes.find((node) => node.id === edge.from);
  const to = graph.nodes.find((node) => node.id === edge.to);
  if (from === undefined || to === undefined) return '';
  const fromBox = { ...positions[from.id], ...nodeBox(from.label) };
  const toBox = from.id === to.id ? fromBox : { ...positions[to.id], ...nodeBox(to.label) };
  const geometry = edgeGeometry(fromBox, toBox, offset);
  const color = edge.sign === '-' ? NEGATIVE_COLOR : EDGE_COLOR;
  const width = edgeWidth(edge.evidence, graph.maxEvidence);
  // Each directed edge has its own arrow head, sized to its width (a shared one is lost on the widest edges).
  const markerId = `cw-arrow-${markerIndex}`;
  const marker = edge.directed ? ` marker-end="url(#${markerId})"` : '';
  const dash = edge.evidence === 0 ? ` stroke-dasharray="${DASH_PATTERN}"` : '';
  const caption = edgeCaption(edge);
  const title = `${labels.get(from.id) ?? ''} → ${labels.get(to.id) ?? ''}: ${caption} · ${t('network.relations.evidence', { count: edge.evidence }, locale)}`;
  return [
    `<g data-relation-id="${escapeXml(edge.id)}"><title>${escapeXml(title)}</title>`,
    edge.directed ? `<defs>${arrowMarker(markerId, color, arrowSize(width))}</defs>` : '',
    `<path d="${geometry.path}" fill="none" stroke="${color}" stroke-width="${width.toFixed(1)}"${dash}${marker}/>`,
    `<text x="${geometry.labelAt.x.toFixed(1)}" y="${(geometry.labelAt.y - 6).toFixed(1)}" text-anchor="middle" font-size="12" fill="${color}" stroke="#ffffff" stroke-width="4" paint-order="stroke" ${FONT}>${escapeXml(caption)}</text>`,
    '</g>',
  ].join('');
};

const nodeSvg = (node: NetworkNode, positions: NodePositions): string => {
  const box = nodeBox(node.label);
  const at = positions[node.id];
  return [
    `<g data-node-id="${escapeXml(node.id)}"><title>${escapeXml(node.label)}</title>`,
    `<rect x="${at.x.toFixed(1)}" y="${at.y.toFixed(1)}" width="${box.width}" height="${box.height}" rx="8" fill="${NODE_FILL[node.kind]}" stroke="#3b4046" stroke-width="1.2"/>`,
    `<text x="${(at.x + box.width / 2).toFixed(1)}" y="${(at.y + box.height / 2 + 4.5).toFixed(1)}" text-anchor="middle" font-size="13" fill="#1d2125" ${FONT}>${escapeXml(nodeLabel(node.label))}</text>`,
    '</g>',
  ].join('');
};

/** The legend's lines, each a sample drawing and its words, and the unevidenced relations by name. */
const legendSvg = (graph: NetworkGraph, left: number, top: number, labels: Map<string, string>, locale: Locale): { svg: string; height: number } => {
  const parts: string[] = [];
  let y = top;
  const sample = (attributes: string, text: string): void => {
    parts.push(`<path d="M ${left} ${y} L ${left + 44} ${y}" fill="none" ${attributes}/>`);
    parts.push(`<text x="${left + 56}" y="${y + 4}" font-size="12" fill="#1d2125" ${FONT}>${escapeXml(text)}</text>`);
    y += LEGEND_LINE;
  };
  sample(`stroke="${EDGE_COLOR}" stroke-width="6"`, t('network.svg.legendWidth', { count: graph.maxEvidence }, locale));
  sample(`stroke="${EDGE_COLOR}" stroke-width="${UNEVIDENCED_WIDTH}" stroke-dasharray="${DASH_PATTERN}"`, t('network.svg.legendDashed', undefined, locale));
  sample(`stroke="${EDGE_COLOR}" stroke-width="2" marker-end="url(#cw-arrow-legend)"`, t('network.svg.legendDirected', undefined, locale));
  sample(`stroke="${NEGATIVE_COLOR}" stroke-width="2"`, t('network.svg.legendSign', undefined, locale));
  if (graph.unevidenced.length > 0) {
    parts.push(`<text x="${left}" y="${y + 4}" font-size="12" font-weight="600" fill="#1d2125" ${FONT}>${escapeXml(t('network.unevidenced.heading', undefined, locale))}</text>`);
    y += LEGEND_LINE;
    for (const edge of graph.unevidenced) {
      const line = `${labels.get(edge.from) ?? ''} ${edge.directed ? '→' : '—'} ${labels.get(edge.to) ?? ''}: ${edgeCaption(edge)}`;
      parts.push(`<text x="${left}" y="${y + 4}" font-size="12" fill="#1d2125" data-unevidenced="${escapeXml(edge.id)}" ${FONT}>${escapeXml(line)}</text>`);
      y += LEGEND_LINE;
    }
  }
  return { svg: parts.join(''), height: y - top };
};

/**
 * The whole drawing as an SVG file's text; every node needs a position (layoutNetwork gives them). The legend's words
 * are in `locale` (the report's language; the UI's by default).
 */
export const networkSvg = ({ title, graph, positions }: NetworkSvgInput, locale: Locale = getLocale()): string => {
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const bounds = drawingBounds(graph.nodes.map((node) => ({ ...positions[node.id], ...nodeBox(node.label) })), MARGIN);
  const offsets = edgeOffsets(graph.edges);
  const legendTop = bounds.y + bounds.height + 8;
  const legend = legendSvg(graph, bounds.x + 24, legendTop, labels, locale);
  const width = Math.max(bounds.width, 420);
  const height = bounds.height + legend.height + 24;
  const viewBox = `${bounds.x.toFixed(1)} ${bounds.y.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="${viewBox}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${arrowMarker('cw-arrow-legend', EDGE_COLOR)}</defs>`,
    `<rect x="${bounds.x.toFixed(1)}" y="${bounds.y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" fill="#ffffff"/>`,
    ...graph.edges.map((edge, index) => edgeSvg(edge, graph, positions, offsets.get(edge.id) ?? 0, labels, index, locale)),
    ...graph.nodes.map((node) => nodeSvg(node, positions)),
    legend.svg,
    '</svg>',
    '',
  ].join('\n');
};
