// What the example's researcher wrote in its displays, as data: the summaries of the role-ordered matrix, the ratings
// (with their justifying quotes) of the association-support checklist, and the typed relations of the ecosystem
// network. Codes are named by their paths, codings by the phrases exampleCodings.ts quotes; exampleDisplays.ts turns
// them into rows. A name or phrase that is not found stops the example (a test checks every one).

export type CodePath = readonly string[];

const NETWORKS: CodePath = ['Business networks'];
const COLLABORATION: CodePath = ['Global collaboration'];
const DIASPORA: CodePath = ['Diaspora'];
const ASSOCIATIONS: CodePath = ['Business associations'];
const OUTCOMES: CodePath = ['Internationalization outcomes'];

/** The four functions of the model, in the order of the study's framework. */
export const EXAMPLE_MODEL_CODES: readonly CodePath[] = [NETWORKS, COLLABORATION, DIASPORA, ASSOCIATIONS];

export const EXAMPLE_DISPLAY_NAMES = {
  roleOrdered: 'Role-ordered matrix: the four functions by informant role',
  triangulation: 'Triangulation: the four functions and their outcomes across source kinds',
  checklist: 'Checklist: support from the association',
  network: 'Ecosystem network',
} as const;

/** A written summary of the role-ordered matrix's cell (role × function). */
export type ExampleRoleSummary = { role: string; code: CodePath; text: string };

export const EXAMPLE_ROLE_SUMMARIES: readonly ExampleRoleSummary[] = [
  {
    role: 'owner', code: NETWORKS,
    text: 'Exports began through other people’s networks: a trader from Surabaya, then an Ubud shop owner who came himself. '
      + 'Foreign drum groups now write to Pak Harjo’s son, but orders still travel through the exporter.',
  },
  {
    role: 'owner', code: COLLABORATION,
    text: 'Foreign buyers set the standard (dry wood, tight skins, synthetic rope) and changed the designs. '
      + 'The price is better, but Pak Harjo depends on them, as the eight empty months of 2020 showed.',
  },
  {
    role: 'owner', code: ASSOCIATIONS,
    text: 'A member who seldom attends: the training on export documents was useful, the exhibition cost money and brought no orders.',
  },
  {
    role: 'association representative', code: ASSOCIATIONS,
    text: 'The association stops price cutting, trains, brought a mentor from Belgium and shares booths at fairs. '
      + 'Bu Wulan admits that small makers feel it mostly helps the big owners.',
  },
  {
    role: 'diaspora actor', code: DIASPORA,
    text: 'Mbak Rina is the bridge: she translates what buyers in Europe want (size, skin, colour, rope) and brings shops to the makers.',
  },
];

/** The kinds of association support the checklist rates, as sub-codes of the association code. */
export const EXAMPLE_CHECKLIST_CODE: CodePath = ASSOCIATIONS;
export const EXAMPLE_CHECKLIST_ROWS: readonly string[] = ['Training', 'Mentoring', 'Exhibitions', 'Market information', 'Policy advocacy'];

/** A rating of the checklist's cell (support × role) on the default scale, with the phrase that justifies it. */
export type ExampleRating = { support: string; role: string; rating: string; quote: string | null; text: string };

export const EXAMPLE_RATINGS: readonly ExampleRating[] = [
  {
    support: 'Training', role: 'association representative', rating: 'strong', quote: 'We organise sessions on drying and finishing the wood',
    text: 'Sessions on drying, finishing, tuning, costing and export documents.',
  },
  {
    support: 'Training', role: 'owner', rating: 'present', quote: 'The training about export documents was useful, I admit.',
    text: 'Useful on export documents; the social media training was not for him.',
  },
  {
    support: 'Mentoring', role: 'association representative', rating: 'present', quote: 'a drum teacher from Belgium stayed two weeks',
    text: 'One visiting teacher, remembered as the most valuable session.',
  },
  {
    support: 'Exhibitions', role: 'association representative', rating: 'strong', quote: 'One member alone cannot pay for a booth, but ten members together can.',
    text: 'Shared booths in Jakarta and Surabaya every year.',
  },
  {
    support: 'Exhibitions', role: 'owner', rating: 'sketchy', quote: 'the exhibitions cost money for the booth and the transport',
    text: 'Went once, paid for booth and transport, got no orders.',
  },
  {
    support: 'Market information', role: 'association representative', rating: 'absent', quote: null,
    text: 'Not mentioned in the interview; only the expo report passes buyers’ questions on to the members.',
  },
  {
    support: 'Policy advocacy', role: 'association representative', rating: 'present', quote: 'stop price cutting between neighbours',
    text: 'The association’s first job: one price towards the exporters.',
  },
];

/** A relation of the ecosystem network between two of its code nodes, evidenced by the codings of these phrases. */
export type ExampleRelation = {
  from: CodePath; to: CodePath; type: string; directed: boolean; sign: '+' | '-' | null; note: string; evidence: readonly string[];
};

/** The network's nodes: the four functions around the MSMEs' internationalisation. */
export const EXAMPLE_NETWORK_CODES: readonly CodePath[] = [...EXAMPLE_MODEL_CODES, OUTCOMES];

/** The custom relation type the example adds to the defaults. */
export const EXAMPLE_RELATION_TYPE = 'synergy';

export const EXAMPLE_RELATIONS: readonly ExampleRelation[] = [
  {
    from: NETWORKS, to: OUTCOMES, type: 'enables', directed: true, sign: '+', note: 'The first exports travelled through traders’ and exporters’ networks.',
    evidence: ["So my first export was through other people's networks."],
  },
  {
    from: NETWORKS, to: COLLABORATION, type: 'informs', directed: true, sign: '+', note: 'A buyer who came to Sentul brought the designs tourists buy.',
    evidence: ['a shop owner in Ubud came to Sentul himself', 'That changed my designs. Before, we made what our fathers made.'],
  },
  {
    from: COLLABORATION, to: OUTCOMES, type: 'enables', directed: true, sign: '+', note: 'Foreign standards of quality and design are what sells abroad.',
    evidence: ['Since then we dry the mahogany for at least three months.', 'That changed my designs. Before, we made what our fathers made.'],
  },
  {
    from: DIASPORA, to: OUTCOMES, type: 'connects-to', directed: true, sign: '+', note: 'The diaspora translates between buyers abroad and the makers.',
    evidence: ['Saya jadi jembatan.', 'kemudian mengajak dua toko di Köln'],
  },
  {
    from: ASSOCIATIONS, to: OUTCOMES, type: 'enables', directed: true, sign: '+', note: 'Shared booths bring buyers no workshop could reach alone.',
    evidence: ['One member alone cannot pay for a booth, but ten members together can.', 'one of them now orders every month'],
  },
  {
    from: ASSOCIATIONS, to: DIASPORA, type: EXAMPLE_RELATION_TYPE, directed: false, sign: null,
    note: 'The expo report hopes diaspora members will follow up its buyers: expected, not yet seen in the data.', evidence: [],
  },
];
