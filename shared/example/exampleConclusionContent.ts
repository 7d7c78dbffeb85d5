// What the example's researcher concluded, as data (issue 10): one conclusion per function of the model, with the
// excerpts that support or disconfirm it (named by the phrases exampleCodings.ts codes), how disconfirming items were
// resolved, and the verification tactics logged; a conclusion that rests on one informant only (and is shown as single
// source); and the rival explanation of the association conclusion. exampleConclusions.ts turns them into rows.
import type { EvidenceResolution, TacticOutcome, VerificationTactic } from '../model/index.ts';
import type { CodePath } from './exampleDisplayContent.ts';

export type ExampleEvidence = { quote: string; weightNote?: string; disconfirming?: EvidenceResolution | 'unresolved' };

export type ExampleConclusion = {
  key: string;
  statement: string;
  /** The model code whose model role the conclusion speaks to; null for none. */
  code: CodePath | null;
  status: 'tentative' | 'supported' | 'verified';
  reason: string;
  evidence: readonly ExampleEvidence[];
  tactics: readonly { tactic: VerificationTactic; outcome: TacticOutcome; note: string }[];
  rivalOf?: string;
};

export const EXAMPLE_CONCLUSIONS: readonly ExampleConclusion[] = [
  {
    key: 'networks', code: ['Business networks'], status: 'supported',
    statement: 'Business networks were the entry point to export markets: the first exports went through traders and visitors, not through the workshops’ own efforts.',
    reason: 'The owner’s account and the workshop labels agree.',
    evidence: [
      { quote: 'I only made drums for a trader from Surabaya', weightNote: 'First-hand, reported.' },
      { quote: "So my first export was through other people's networks." },
      { quote: 'a shop owner in Ubud came to Sentul himself' },
      { quote: "labels with the exporter's name, not the workshop's name", weightNote: 'Observed at the workshop.' },
    ],
    tactics: [{ tactic: 'triangulating', outcome: 'weakens', note: 'Interview and observation agree, but both come from one owner’s workshop: other owners are needed.' }],
  },
  {
    key: 'collaboration', code: ['Global collaboration'], status: 'supported',
    statement: 'Collaboration with foreign partners created value — new designs and better drying — at the price of dependence on them.',
    reason: 'Observed practice matches what the owner reports.',
    evidence: [
      { quote: 'That changed my designs. Before, we made what our fathers made.' },
      { quote: 'Since then we dry the mahogany for at least three months.' },
      { quote: 'so nobody carves a log that is too wet', weightNote: 'Observed.' },
      { quote: 'Nobody in Sentul chose this design; it came from a catalogue of a shop abroad.', weightNote: 'Observed.' },
      { quote: 'But I depend on them.', disconfirming: { kind: 'qualified', note: 'The conclusion now names the dependence as the price of the value created.' } },
    ],
    tactics: [
      { tactic: 'weighting-evidence', outcome: 'confirms', note: 'Two observed practices back the reported change.' },
      { tactic: 'negative-evidence', outcome: 'weakens', note: 'Dependence on partners found; the statement was qualified.' },
    ],
  },
  {
    key: 'diaspora', code: ['Diaspora'], status: 'supported',
    statement: 'The diaspora connects the workshops to buyers abroad: it translates their wishes and brings shops to the makers.',
    reason: 'The diaspora informant and the association’s expo report agree.',
    evidence: [
      { quote: 'Saya jadi jembatan.' },
      { quote: 'Saya terjemahkan keinginan mereka: ukuran, jenis kulit, warna, cara mengikat tali.' },
      { quote: 'kemudian mengajak dua toko di Köln' },
      { quote: 'ask diaspora members abroad to visit these buyers', weightNote: 'A document: the association’s plan, not yet an outcome.' },
    ],
    tactics: [{ tactic: 'triangulating', outcome: 'confirms', note: 'An interview and a document.' }],
  },
  {
    key: 'associations', code: ['Business associations'], status: 'tentative',
    statement: 'The association builds the workshops’ capacity: training, shared booths and market information they could not afford alone.',
    reason: 'Drawn from the association’s own account; owners disagree in part.',
    evidence: [
      { quote: 'We organise sessions on drying and finishing the wood' },
      { quote: 'The training about export documents was useful, I admit.' },
      { quote: 'announcing a training on export documents next week', weightNote: 'Observed.' },
      { quote: 'Twelve member workshops shared two booths at the provincial craft expo in Surabaya' },
      { quote: 'I went once and got no orders.', disconfirming: { kind: 'explained', note: 'One exhibition without orders; the expo report shows orders for shared booths.' } },
      { quote: 'Some think the association only helps the big owners who already have buyers.', disconfirming: 'unresolved' },
    ],
    tactics: [
      { tactic: 'rival-explanations', outcome: 'inconclusive', note: 'The rival (it serves owners who already export) keeps its own evidence.' },
      { tactic: 'informant-feedback', outcome: 'inconclusive', note: 'To ask small makers at the next visit.' },
    ],
  },
  {
    key: 'phone', code: ['Diaspora'], status: 'tentative',
    statement: 'Buyers abroad want someone they can phone when a drum cracks.',
    reason: 'One remark, one informant.',
    evidence: [{ quote: 'Pembeli di sini ingin ada orang yang bisa ditelepon kalau drumnya retak.' }],
    tactics: [{ tactic: 'representativeness', outcome: 'weakens', note: 'Only the diaspora informant says so.' }],
  },
  {
    key: 'associations-rival', code: ['Business associations'], status: 'tentative', rivalOf: 'associations',
    statement: 'The association mainly serves owners who already export.',
    reason: 'A rival explanation raised by owners.',
    evidence: [
      { quote: 'Some think the association only helps the big owners who already have buyers.' },
      { quote: 'I went once and got no orders.' },
      { quote: 'none of the participating workshops shipped abroad by itself' },
    ],
    tactics: [],
  },
];
