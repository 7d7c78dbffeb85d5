// The example study's coding with the default template (Ecosystem-based internationalization) and the example's
// own codes (exampleCodes.ts): each entry names a source file, a code path and a phrase quoted from that source's
// text, found by indexOf when the example is seeded (a phrase that is not found stops seeding; a test checks every one).

export type ExampleCoding = {
  sourceFile: string;
  codePath: readonly string[];
  quote: string;
  /** Plain text of a coding memo attached to this coding, if any. */
  memo?: string;
};

const HARJO = 'owner-interview-harjo.txt';
const WULAN = 'association-interview-wulan.vtt';
const RINA = 'diaspora-interview-rina.md';
const WORKSHOP = 'observation-workshop-sentul.txt';
const EXPO = 'association-exhibition-report.md';

const NETWORKS = 'Business networks';
const COLLABORATION = 'Global collaboration';
const DIASPORA = 'Diaspora';
const ASSOCIATIONS = 'Business associations';

export const EXAMPLE_CODINGS: readonly ExampleCoding[] = [
  // Pak Harjo, owner
  { sourceFile: HARJO, codePath: [NETWORKS, 'Exporters and intermediaries'], quote: 'I only made drums for a trader from Surabaya', memo: 'Entry into export without any own effort: the trader’s network carried the drums to Bali, Australia and Europe.' },
  { sourceFile: HARJO, codePath: [NETWORKS, 'Exporters and intermediaries'], quote: "So my first export was through other people's networks." },
  { sourceFile: HARJO, codePath: [NETWORKS, 'Arts communities'], quote: 'a shop owner in Ubud came to Sentul himself' },
  { sourceFile: HARJO, codePath: [COLLABORATION, 'Design innovation'], quote: 'That changed my designs. Before, we made what our fathers made.' },
  { sourceFile: HARJO, codePath: [COLLABORATION, 'Product quality'], quote: 'Since then we dry the mahogany for at least three months.' },
  { sourceFile: HARJO, codePath: [NETWORKS, 'Learning'], quote: 'They taught us that, we did not know it.' },
  { sourceFile: HARJO, codePath: [COLLABORATION, 'Dependence on foreign partners'], quote: 'But I depend on them.', memo: 'The value created by foreign partners comes with dependence: compare with the 2020 closure right after.' },
  { sourceFile: HARJO, codePath: ['Challenges / negative evidence'], quote: 'For eight months I had almost nothing.' },
  { sourceFile: HARJO, codePath: [ASSOCIATIONS, 'Training'], quote: 'The training about export documents was useful, I admit.' },
  { sourceFile: HARJO, codePath: [ASSOCIATIONS, 'Exhibitions'], quote: 'the exhibitions cost money for the booth and the transport' },
  { sourceFile: HARJO, codePath: [ASSOCIATIONS, 'Limited export support'], quote: 'I went once and got no orders.' },
  { sourceFile: HARJO, codePath: [NETWORKS, 'Overseas customers'], quote: 'messages from drum groups in Japan and France' },
  // Bu Wulan, association
  { sourceFile: WULAN, codePath: [ASSOCIATIONS, 'Policy advocacy'], quote: 'stop price cutting between neighbours' },
  { sourceFile: WULAN, codePath: [ASSOCIATIONS, 'Training'], quote: 'We organise sessions on drying and finishing the wood' },
  { sourceFile: WULAN, codePath: [ASSOCIATIONS, 'Mentoring'], quote: 'a drum teacher from Belgium stayed two weeks' },
  { sourceFile: WULAN, codePath: [ASSOCIATIONS, 'Exhibitions'], quote: 'One member alone cannot pay for a booth, but ten members together can.' },
  { sourceFile: WULAN, codePath: ['Internationalization outcomes'], quote: 'one of them now orders every month' },
  { sourceFile: WULAN, codePath: [ASSOCIATIONS, 'Limited export support'], quote: 'Some think the association only helps the big owners who already have buyers.' },
  { sourceFile: WULAN, codePath: ['Synergy between factors'], quote: 'a shared drying shed so that small makers can also meet the quality that foreign buyers expect' },
  // Mbak Rina, diaspora (Indonesian)
  { sourceFile: RINA, codePath: [DIASPORA, 'Market information'], quote: 'Mereka beli jimbe mahal dari toko musik.' },
  { sourceFile: RINA, codePath: [DIASPORA, 'Cross-cultural communication'], quote: 'Saya jadi jembatan.' },
  { sourceFile: RINA, codePath: [DIASPORA, 'Cross-cultural communication'], quote: 'Saya terjemahkan keinginan mereka: ukuran, jenis kulit, warna, cara mengikat tali.' },
  { sourceFile: RINA, codePath: [DIASPORA, 'Promotion abroad'], quote: 'kemudian mengajak dua toko di Köln' },
  { sourceFile: RINA, codePath: ['Challenges / negative evidence'], quote: 'Pernah satu kiriman tertahan enam minggu karena dokumen kayunya kurang.' },
  { sourceFile: RINA, codePath: [DIASPORA], quote: 'Pembeli di sini ingin ada orang yang bisa ditelepon kalau drumnya retak.' },
  // Field note at the workshop
  { sourceFile: WORKSHOP, codePath: [COLLABORATION, 'Product quality'], quote: 'so nobody carves a log that is too wet' },
  { sourceFile: WORKSHOP, codePath: [COLLABORATION, 'Design innovation'], quote: 'Nobody in Sentul chose this design; it came from a catalogue of a shop abroad.' },
  { sourceFile: WORKSHOP, codePath: [NETWORKS, 'Exporters and intermediaries'], quote: "labels with the exporter's name, not the workshop's name" },
  { sourceFile: WORKSHOP, codePath: [COLLABORATION, 'Negotiation position'], quote: 'The workshop carries the risk of the large order with no written contract.' },
  { sourceFile: WORKSHOP, codePath: [NETWORKS, 'Learning'], quote: 'Craftsmen learn it by doing, not in training rooms.' },
  { sourceFile: WORKSHOP, codePath: [ASSOCIATIONS, 'Training'], quote: 'announcing a training on export documents next week' },
  // Association report on the expo
  { sourceFile: EXPO, codePath: [ASSOCIATIONS, 'Exhibitions'], quote: 'Twelve member workshops shared two booths at the provincial craft expo in Surabaya' },
  { sourceFile: EXPO, codePath: ['Internationalization outcomes'], quote: 'placed a first order of eighty painted drums shared between four workshops' },
  { sourceFile: EXPO, codePath: [ASSOCIATIONS, 'Market information'], quote: 'Buyers asked again and again about the dryness of the wood and about certificates for the timber.' },
  { sourceFile: EXPO, codePath: ['Synergy between factors'], quote: 'Workshops that had joined the tuning training sold noticeably more than workshops that had not.' },
  { sourceFile: EXPO, codePath: [ASSOCIATIONS, 'Limited export support'], quote: 'none of the participating workshops shipped abroad by itself' },
  { sourceFile: EXPO, codePath: [DIASPORA, 'Promotion abroad'], quote: 'ask diaspora members abroad to visit these buyers' },
];

/** The project memo the example opens with. */
export const EXAMPLE_PROJECT_MEMO = {
  title: 'First reading: an ecosystem, not four separate factors',
  text:
    'Networks bring the first orders, foreign partners set the quality and design standards, diaspora actors translate ' +
    'between buyers and makers, and the association pools costs for training and fairs. None of them alone explains ' +
    'why Sentul exports; check this against the small makers who stay outside the association.',
};
