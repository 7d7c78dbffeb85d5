// A report figure from a network display's graph and positions: its standalone SVG (networkSvg.ts) with the size the
// SVG declares, so every writer places it at the same proportions. `redrawFigure` makes the SVG anew after the graph
// changed (pseudonymisation replaces node labels).
import type { NetworkGraph } from '../network/networkGraph.ts';
import type { NodePositions } from '../network/networkGeometry.ts';
import type { Locale } from '../i18n/translate.ts';
import { networkSvg } from '../network/networkSvg.ts';
import type { ReportFigure } from './reportDocument.ts';

const declaredSize = (svg: string): { width: number; height: number } => {
  const match = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return match === null ? { width: 600, height: 400 } : { width: Number(match[1]), height: Number(match[2]) };
};

export type FigureInput = { id: string; fileName: string; caption: string; network: { title: string; graph: NetworkGraph; positions: NodePositions } };

/** The figure; its legend is in `locale` (the report's language; the UI's by default). */
export const reportFigure = ({ id, fileName, caption, network }: FigureInput, locale?: Locale): ReportFigure => {
  const svg = networkSvg(network, locale);
  return { kind: 'figure', id, fileName, caption, svg, ...declaredSize(svg), network };
};

export const redrawFigure = (figure: ReportFigure, locale?: Locale): ReportFigure => reportFigure(figure, locale);
