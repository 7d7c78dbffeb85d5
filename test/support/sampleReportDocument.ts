// A small report document holding every kind of block, with texts that test escaping (<, &, |, *, quotes) and
// Indonesian letters, for the writers' tests. Not the example project: the content builder has its own tests.
import type { NetworkGraph } from '../../shared/network/networkGraph.ts';
import type { ReportDocument } from '../../shared/report/reportDocument.ts';
import { reportFigure } from '../../shared/report/reportFigure.ts';

const graph: NetworkGraph = {
  nodes: [
    { id: 'n1', kind: 'code', refId: 'c1', label: 'Business networks', x: null, y: null },
    { id: 'n2', kind: 'code', refId: 'c2', label: 'Export markets', x: null, y: null },
    { id: 'n3', kind: 'role', refId: 'association', label: 'Association', x: null, y: null },
  ],
  edges: [
    { id: 'e1', from: 'n1', to: 'n2', type: 'leads-to', typeLabel: 'leads to', directed: true, sign: '+', note: '', evidence: 4 },
    { id: 'e2', from: 'n3', to: 'n1', type: 'supports', typeLabel: 'supports', directed: true, sign: null, note: '', evidence: 0 },
  ],
  unevidenced: [],
  maxEvidence: 4,
};
graph.unevidenced = [graph.edges[1]];

const positions = { n1: { x: 0, y: 0 }, n2: { x: 260, y: 0 }, n3: { x: 0, y: 140 } };

export const SAMPLE_QUOTE = 'Kami kirim 200 djembe ke Jerman lewat teman di Bali — "pesanan" & <bonus> | 50% *cepat*';
export const SAMPLE_HEADINGS = ['Findings', 'Trustworthiness'];

export const sampleReportDocument = (): ReportDocument => ({
  language: 'en',
  title: 'Djembe craft in Sentul: an ecosystem model',
  subtitle: 'Ecosystem-model report',
  dateLine: '7 December 2026',
  generatedAt: '2026-12-07T09:00:00.000Z',
  titleBlocks: [{ kind: 'facts', items: [{ label: 'Informants', value: '12' }, { label: 'Title-page fact', value: 'shown under the date' }] }],
  sections: [
    {
      id: 'findings',
      title: 'Findings',
      blocks: [
        { kind: 'heading', level: 2, text: 'Entry point: business networks', color: '#2e7d32' },
        { kind: 'paragraph', text: 'Networks bring buyers & orders <first>; see table 1.' },
        { kind: 'facts', items: [{ label: 'Status', value: 'Supported' }, { label: 'Triangulation', value: 'Triangulated — 2 source kinds, 3 roles' }] },
        { kind: 'quote', text: SAMPLE_QUOTE, tag: '[Owner A · owner · interview · 3 March 2024]' },
        { kind: 'heading', level: 3, text: 'Disconfirming evidence' },
        { kind: 'list', items: ['One buyer came through a trade fair | explained', 'None unresolved'], ordered: false },
        { kind: 'list', items: ['First step', 'Second step'], ordered: true },
        { kind: 'paragraph', text: 'No member checks yet.', style: 'note' },
      ],
    },
    {
      id: 'model',
      title: 'The ecosystem model',
      blocks: [reportFigure({ id: 'figure-1', fileName: 'figure-1.svg', caption: 'Figure 1. The ecosystem model', network: { title: 'Ecosystem', graph, positions } })],
    },
    {
      id: 'trustworthiness',
      title: 'Trustworthiness',
      blocks: [
        {
          kind: 'table',
          caption: 'Table 1. Evidence per conclusion',
          header: ['Conclusion', 'Evidence', 'Source kinds | roles'],
          rows: [['Networks are the entry point', '12', 'interview, observation'], ['Associations build capacity', '3', 'document']],
        },
      ],
    },
  ],
});
