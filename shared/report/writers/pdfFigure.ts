// A report figure drawn into the PDF as vectors, from the network it was made of (never its SVG or a raster): node
// boxes, edges as wide as their evidence and dashed without it, arrow heads, the edges' type and sign, then the legend
// and the unevidenced relations — the geometry of networkGeometry.ts and the colours of networkSvg.ts, so it is the
// picture the app and the SVG show, scaled to the column. Its words are real text, so they can be found and copied.
import { rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { t, type Locale } from '../../i18n/translate.ts';
import {
  DASH_PATTERN, UNEVIDENCED_WIDTH, drawingBounds, edgeGeometry, edgeOffsets, edgeWidth, nodeBox, nodeLabel,
} from '../../network/networkGeometry.ts';
import { EDGE_COLOR, NEGATIVE_COLOR, NODE_FILL, arrowSize, edgeCaption } from '../../network/networkSvg.ts';
import type { ReportFigure } from '../reportDocument.ts';

const MARGIN = 24;
const LEGEND_LINE = 20;
const LABEL_SIZE = 13;
const EDGE_LABEL_SIZE = 11;
const NODE_BORDER = '#3b4046';
const TEXT = '#1d2125';

export type FigureFonts = { regular: PDFFont; bold: PDFFont; clean: (font: PDFFont, text: string) => string };

const colour = (hex: string): RGB => {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
};

const roundedRect = (x: number, y: number, width: number, height: number, r: number): string =>
  `M ${x + r} ${y} L ${x + width - r} ${y} Q ${x + width} ${y} ${x + width} ${y + r} L ${x + width} ${y + height - r} `
  + `Q ${x + width} ${y + height} ${x + width - r} ${y + height} L ${x + r} ${y + height} Q ${x} ${y + height} ${x} ${y + height - r} `
  + `L ${x} ${y + r} Q ${x} ${y} ${x + r} ${y} Z`;

/** The last point of a path and the point it comes from (its last control point, or its start). */
const pathEnd = (path: string): { end: { x: number; y: number }; from: { x: number; y: number } } => {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const n = numbers.length;
  return { end: { x: numbers[n - 2], y: numbers[n - 1] }, from: { x: numbers[n - 4], y: numbers[n - 3] } };
};

/** The figure's drawing in its own (SVG) coordinates: what to draw, and the height of the legend below the nodes. */
type Drawing = { bounds: { x: number; y: number; width: number; height: number }; legendTop: number; legendLines: number };

const layout = (figure: ReportFigure): Drawing => {
  const { graph, positions } = figure.network;
  const bounds = drawingBounds(graph.nodes.map((node) => ({ ...positions[node.id], ...nodeBox(node.label) })), MARGIN);
  const legendLines = 4 + (graph.unevidenced.length > 0 ? 1 + graph.unevidenced.length : 0);
  return { bounds: { ...bounds, height: bounds.height + legendLines * LEGEND_LINE + 8 }, legendTop: bounds.y + bounds.height + 8, legendLines };
};

/** The height the figure takes when drawn `width` points wide at most (never enlarged, at most `maxHeight`). */
export const figureScale = (figure: ReportFigure, width: number, maxHeight: number): { scale: number; height: number; width: number } => {
  const { bounds } = layout(figure);
  const scale = Math.min(1, width / bounds.width, maxHeight / bounds.height);
  return { scale, height: bounds.height * scale, width: bounds.width * scale };
};

/** Draws the figure with its top-left corner at (`left`, `top`) in page coordinates, `scale` points per SVG unit. */
export const drawFigure = (page: PDFPage, figure: ReportFigure, at: { left: number; top: number; scale: number }, fonts: FigureFonts, language: Locale): void => {
  const { graph, positions } = figure.network;
  const { bounds, legendTop } = layout(figure);
  const s = at.scale;
  // drawSvgPath puts the path's origin at (x, y) and turns its y axis downwards, as in the SVG.
  const origin = { x: at.left - bounds.x * s, y: at.top + bounds.y * s };
  const px = (x: number): number => origin.x + x * s;
  const py = (y: number): number => origin.y - y * s;
  const svgPath = (path: string, options: Parameters<PDFPage['drawSvgPath']>[1]): void => page.drawSvgPath(path, { x: origin.x, y: origin.y, scale: s, ...options });
  const text = (value: string, x: number, y: number, size: number, color: string, options: { center?: boolean; font?: PDFFont; maxWidth?: number; halo?: boolean } = {}): void => {
    const font = options.font ?? fonts.regular;
    const clean = fonts.clean(font, value);
    let fontSize = size * s;
    const natural = font.widthOfTextAtSize(clean, fontSize);
    if (options.maxWidth !== undefined && natural > options.maxWidth * s) fontSize *= (options.maxWidth * s) / natural;
    const width = font.widthOfTextAtSize(clean, fontSize);
    const left = options.center === true ? px(x) - width / 2 : px(x);
    if (options.halo === true) page.drawRectangle({ x: left - 2 * s, y: py(y) - fontSize * 0.3, width: width + 4 * s, height: fontSize * 1.25, color: rgb(1, 1, 1) });
    page.drawText(clean, { x: left, y: py(y), size: fontSize, font, color: colour(color) });
  };

  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const offsets = edgeOffsets(graph.edges);
  for (const edge of graph.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const fromBox = { ...positions[from.id], ...nodeBox(from.label) };
    const toBox = from.id === to.id ? fromBox : { ...positions[to.id], ...nodeBox(to.label) };
    const geometry = edgeGeometry(fromBox, toBox, offsets.get(edge.id) ?? 0);
    const color = colour(edge.sign === '-' ? NEGATIVE_COLOR : EDGE_COLOR);
    const width = edgeWidth(edge.evidence, graph.maxEvidence);
    // drawSvgPath scales line widths and dashes with the path, so they stay in the drawing's units.
    const dash = edge.evidence === 0 ? DASH_PATTERN.split(' ').map(Number) : undefined;
    let path = geometry.path;
    if (edge.directed) {
      // The line stops inside the arrow head, whose tip sits on the node's border.
      const { end, from: back } = pathEnd(path);
      const length = Math.hypot(end.x - back.x, end.y - back.y) || 1;
      const direction = { x: (end.x - back.x) / length, y: (end.y - back.y) / length };
      const size = arrowSize(width);
      const base = { x: end.x - direction.x * size, y: end.y - direction.y * size };
      const half = size / 2;
      const inset = { x: end.x - direction.x * size * 0.6, y: end.y - direction.y * size * 0.6 };
      path = path.replace(/-?\d+(?:\.\d+)? -?\d+(?:\.\d+)?$/, `${inset.x.toFixed(1)} ${inset.y.toFixed(1)}`);
      svgPath(`M ${end.x} ${end.y} L ${base.x - direction.y * half} ${base.y + direction.x * half} L ${base.x + direction.y * half} ${base.y - direction.x * half} Z`, { color });
    }
    svgPath(path, { borderColor: color, borderWidth: width, borderDashArray: dash });
    text(edgeCaption(edge), geometry.labelAt.x, geometry.labelAt.y - 6, EDGE_LABEL_SIZE, edge.sign === '-' ? NEGATIVE_COLOR : EDGE_COLOR, { center: true, halo: true });
  }
  for (const node of graph.nodes) {
    const box = nodeBox(node.label);
    const { x, y } = positions[node.id];
    svgPath(roundedRect(x, y, box.width, box.height, 8), { color: colour(NODE_FILL[node.kind]), borderColor: colour(NODE_BORDER), borderWidth: 1.2 });
    text(nodeLabel(node.label), x + box.width / 2, y + box.height / 2 + 4.5, LABEL_SIZE, TEXT, { center: true, maxWidth: box.width - 12 });
  }

  // The legend: a sample of each kind of line and its words, then the unevidenced relations by name.
  const left = bounds.x + 16;
  let y = legendTop;
  const sample = (words: string, options: { width: number; color?: string; dashed?: boolean; arrow?: boolean }): void => {
    const color = colour(options.color ?? EDGE_COLOR);
    page.drawLine({
      start: { x: px(left), y: py(y) }, end: { x: px(left + (options.arrow === true ? 36 : 44)), y: py(y) }, thickness: options.width * s, color,
      dashArray: options.dashed === true ? DASH_PATTERN.split(' ').map((part) => Number(part) * s) : undefined,
    });
    if (options.arrow === true) svgPath(`M ${left + 44} ${y} L ${left + 33} ${y - 5.5} L ${left + 33} ${y + 5.5} Z`, { color });
    text(words, left + 56, y + 4, 11, TEXT);
    y += LEGEND_LINE;
  };
  sample(t('network.svg.legendWidth', { count: graph.maxEvidence }, language), { width: 6 });
  sample(t('network.svg.legendDashed', undefined, language), { width: UNEVIDENCED_WIDTH, dashed: true });
  sample(t('network.svg.legendDirected', undefined, language), { width: 2, arrow: true });
  sample(t('network.svg.legendSign', undefined, language), { width: 2, color: NEGATIVE_COLOR });
  if (graph.unevidenced.length > 0) {
    text(t('network.unevidenced.heading', undefined, language), left, y + 4, 11, TEXT, { font: fonts.bold });
    y += LEGEND_LINE;
    for (const edge of graph.unevidenced) {
      text(`${labels.get(edge.from) ?? ''} ${edge.directed ? '→' : '—'} ${labels.get(edge.to) ?? ''}: ${edgeCaption(edge)}`, left, y + 4, 11, TEXT);
      y += LEGEND_LINE;
    }
  }
};
