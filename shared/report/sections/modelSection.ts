// The ecosystem model figure, from the ecosystem network display (the network display marked for the report, else
// the first network display): nodes and typed relations, edge width from evidence, unevidenced relations dashed in
// the drawing and named here in the text. Without a network display the section says so.
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { displayGraph, isNetworkDisplay, networkFigure, relationLine } from './networkFigure.ts';
import { note, paragraph, type SectionInput } from './sectionInput.ts';

/** The display the model figure is drawn from, or undefined when the project has no network display. */
export const ecosystemDisplay = (facts: Pick<ReportFacts, 'displays'>) => {
  const networks = facts.displays.filter(isNetworkDisplay);
  return networks.find((display) => display.includeInReport) ?? networks[0];
};

export const modelBlocks = async ({ facts, figures }: SectionInput): Promise<ReportBlock[]> => {
  const { words } = facts;
  const display = ecosystemDisplay(facts);
  if (display === undefined) return [note(words.text('report.model.none'))];
  const graph = displayGraph(facts, display);
  return [
    paragraph(words.text('report.model.intro', { name: display.name, nodes: graph.nodes.length, relations: graph.edges.length })),
    await networkFigure(facts, display, figures.next()),
    { kind: 'heading', level: 2, text: words.text('report.model.unevidenced') },
    graph.unevidenced.length === 0
      ? note(words.text('report.model.allEvidenced'))
      : { kind: 'list', ordered: false, items: graph.unevidenced.map((edge) => relationLine(graph, edge)) },
  ];
};
