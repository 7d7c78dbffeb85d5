// A network display as a report figure: its graph with the relations' evidence counted against what still exists,
// laid out by elkjs where the researcher placed no node (nodes they dragged keep their place), drawn by networkSvg
// in the report's language. Deterministic: the same display gives the same drawing.
import type { Display, NetworkDisplayDefinition } from '../../model/index.ts';
import { buildNetworkGraph, type NetworkGraph, type NetworkGraphEdge } from '../../network/networkGraph.ts';
import { layoutNetwork } from '../../network/networkLayout.ts';
import { edgeCaption } from '../../network/networkSvg.ts';
import { relationTypeLabel } from '../../network/relationTypes.ts';
import type { ReportFigure } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { reportFigure } from '../reportFigure.ts';

export const displayGraph = (facts: ReportFacts, display: Display & { definition: NetworkDisplayDefinition }): NetworkGraph => {
  const existing = { codingIds: new Set(facts.matrixData.codings.map((coding) => coding.id)), memoIds: new Set(facts.memos.map((memo) => memo.id)) };
  const relations = facts.relations.filter((relation) => relation.displayId === display.id);
  return buildNetworkGraph(display.definition, relations, existing, (type) => relationTypeLabel(type, facts.words.locale));
};

/** "Diaspora → Overseas customers: sells to (+)", as the drawing's legend names an unevidenced relation. */
export const relationLine = (graph: NetworkGraph, edge: NetworkGraphEdge): string => {
  const label = (id: string): string => graph.nodes.find((node) => node.id === id)?.label ?? '';
  return `${label(edge.from)} ${edge.directed ? '→' : '—'} ${label(edge.to)}: ${edgeCaption(edge)}`;
};

export const isNetworkDisplay = (display: Display): display is Display & { definition: NetworkDisplayDefinition } =>
  display.type === 'network' && display.definition.kind === 'network';

export const networkFigure = async (facts: ReportFacts, display: Display & { definition: NetworkDisplayDefinition }, number: number): Promise<ReportFigure> => {
  const graph = displayGraph(facts, display);
  const positions = await layoutNetwork(
    graph.nodes.map((node) => ({ id: node.id, label: node.label, x: node.x, y: node.y })),
    graph.edges.map((edge) => ({ id: edge.id, from: edge.from, to: edge.to })),
    { direction: display.definition.direction },
  );
  return reportFigure({
    id: `figure-${number}`,
    fileName: `figure-${number}.svg`,
    caption: facts.words.text('report.figure.caption', { number, name: display.name }),
    network: { title: display.name, graph, positions },
  }, facts.words.locale);
};
