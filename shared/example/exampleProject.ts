// The shipped example study (Kendang Jimbe djembe MSMEs in Sentul, Blitar) as data: project, informants
// with roles and attributes, and the five sources written for Caseweave (raw file text via `?raw`: Vite in the app
// and tests, a loader of scripts/build-cli.mjs in the CLI bundle).
import type { AttributeValue, IsoDate, SourceKind } from '../model/index.ts';
import { ECOSYSTEM_ROLE_PRESETS } from '../templates/ecosystem-roles.ts';
import ownerInterview from './sources/owner-interview-harjo.txt?raw';
import associationInterview from './sources/association-interview-wulan.vtt?raw';
import diasporaInterview from './sources/diaspora-interview-rina.md?raw';
import workshopObservation from './sources/observation-workshop-sentul.txt?raw';
import exhibitionReport from './sources/association-exhibition-report.md?raw';

export type ExampleInformant = { pseudonym: string; role: string; attributes: Record<string, AttributeValue> };

export type ExampleSource = {
  fileName: string;
  content: string;
  kind: SourceKind;
  title: string;
  date: IsoDate;
  language: string;
  /** Informants the source is about besides its linked speakers (observed people, report subjects). */
  informants: string[];
};

export const EXAMPLE_PROJECT = {
  name: 'Kendang Jimbe case study (example)',
  description:
    'Example study shipped with Caseweave: how business networks, global collaboration, diaspora and business ' +
    'associations work together as an ecosystem that drives the internationalisation of djembe-making MSMEs in Sentul, Blitar.',
  templateId: ECOSYSTEM_ROLE_PRESETS.templateId,
  rolePresets: [...ECOSYSTEM_ROLE_PRESETS.roles],
  researchQuestions: [
    'How do business networks open export markets for the djembe workshops of Sentul?',
    'How does collaboration with foreign partners create value for the workshops, and at what cost?',
    'What role do diaspora actors play in connecting the workshops to markets abroad?',
    'How do business associations build the workshops’ capacity to internationalise?',
    'How do these elements work together as an ecosystem that drives internationalisation?',
  ],
};

const text = (value: string): AttributeValue => ({ type: 'text', value });
const years = (value: number): AttributeValue => ({ type: 'number', value });
const yesNo = (value: boolean): AttributeValue => ({ type: 'boolean', value });
const date = (value: IsoDate): AttributeValue => ({ type: 'date', value });

export const EXAMPLE_INFORMANTS: ExampleInformant[] = [
  { pseudonym: 'Harjo', role: 'owner', attributes: { village: text('Sentul'), 'years in business': years(18), 'exports directly': yesNo(false), 'first contact': date('2024-03-12') } },
  { pseudonym: 'Dedi', role: 'craftsman', attributes: { village: text('Sentul'), 'years in business': years(9), 'exports directly': yesNo(false), 'first contact': date('2024-03-13') } },
  { pseudonym: 'Wulan', role: 'association representative', attributes: { village: text('Sentul'), 'years in business': years(12), 'exports directly': yesNo(true), 'first contact': date('2024-03-14') } },
  { pseudonym: 'Rina', role: 'diaspora actor', attributes: { village: text('Rotterdam (family from Sentul)'), 'years in business': years(7), 'exports directly': yesNo(true), 'first contact': date('2024-04-02') } },
  { pseudonym: 'Ketut', role: 'partner/distributor', attributes: { village: text('Ubud, Bali'), 'years in business': years(15), 'exports directly': yesNo(true) } },
];

export const EXAMPLE_SOURCES: ExampleSource[] = [
  {
    fileName: 'owner-interview-harjo.txt', content: ownerInterview, kind: 'interview',
    title: 'Interview with Pak Harjo (owner)', date: '2024-03-12', language: 'en', informants: [],
  },
  {
    fileName: 'association-interview-wulan.vtt', content: associationInterview, kind: 'interview',
    title: 'Interview with Bu Wulan (association)', date: '2024-03-14', language: 'en', informants: [],
  },
  {
    fileName: 'diaspora-interview-rina.md', content: diasporaInterview, kind: 'interview',
    title: 'Wawancara dengan Mbak Rina (diaspora)', date: '2024-04-02', language: 'id', informants: [],
  },
  {
    fileName: 'observation-workshop-sentul.txt', content: workshopObservation, kind: 'observation',
    title: 'Observation: a morning at Pak Harjo’s workshop', date: '2024-03-13', language: 'en', informants: ['Harjo', 'Dedi', 'Wulan'],
  },
  {
    fileName: 'association-exhibition-report.md', content: exhibitionReport, kind: 'document',
    title: 'Association report: provincial craft expo 2023', date: '2023-11-20', language: 'en', informants: ['Wulan', 'Ketut'],
  },
];
