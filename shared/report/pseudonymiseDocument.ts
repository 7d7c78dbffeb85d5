// Pseudonymisation of a whole report document: every text it holds — titles, paragraphs, table cells, quotes and
// their tags, figure captions and the figure's drawing — passes through the project's replacer, so no writer can
// let a real name through. The figure's SVG is drawn from node labels, so those are replaced in the graph and the
// SVG is redrawn by the caller's `redraw`.
import type { ReportBlock, ReportDocument, ReportFigure } from './reportDocument.ts';

type Replace = (text: string) => string;

const figureOf = (figure: ReportFigure, replace: Replace, redraw: (figure: ReportFigure) => ReportFigure): ReportFigure => {
  const { graph } = figure.network;
  const nodes = graph.nodes.map((node) => ({ ...node, label: replace(node.label) }));
  const edge = <E extends { note: string; typeLabel: string }>(item: E): E => ({ ...item, note: replace(item.note), typeLabel: replace(item.typeLabel) });
  return redraw({
    ...figure,
    caption: replace(figure.caption),
    network: { ...figure.network, title: replace(figure.network.title), graph: { ...graph, nodes, edges: graph.edges.map(edge), unevidenced: graph.unevidenced.map(edge) } },
  });
};

const blockOf = (block: ReportBlock, replace: Replace, redraw: (figure: ReportFigure) => ReportFigure): ReportBlock => {
  switch (block.kind) {
    case 'heading': return { ...block, text: replace(block.text) };
    case 'paragraph': return { ...block, text: replace(block.text) };
    case 'list': return { ...block, items: block.items.map(replace) };
    case 'facts': return { ...block, items: block.items.map((item) => ({ label: replace(item.label), value: replace(item.value) })) };
    case 'table': return { ...block, caption: replace(block.caption), header: block.header.map(replace), rows: block.rows.map((row) => row.map(replace)) };
    case 'quote': return { ...block, text: replace(block.text), tag: replace(block.tag) };
    case 'figure': return figureOf(block, replace, redraw);
  }
};

/** The document with every text replaced; `redraw` makes a figure's SVG anew from its (replaced) network. */
export const pseudonymiseDocument = (document: ReportDocument, replace: Replace, redraw: (figure: ReportFigure) => ReportFigure): ReportDocument => ({
  ...document,
  title: replace(document.title),
  subtitle: replace(document.subtitle),
  titleBlocks: document.titleBlocks.map((block) => blockOf(block, replace, redraw) as ReportDocument['titleBlocks'][number]),
  sections: document.sections.map((section) => ({
    ...section, title: replace(section.title), blocks: section.blocks.map((block) => blockOf(block, replace, redraw)),
  })),
});
