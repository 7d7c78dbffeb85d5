// The method: Miles & Huberman's interactive model in a fixed paragraph, the informants by role (pseudonyms only,
// never a real name), the sources by kind with their dates and word counts, and the triangulation rule in force.
import { SOURCE_KINDS } from '../../model/index.ts';
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { paragraph, type SectionInput } from './sectionInput.ts';
import { ruleText } from './titleSection.ts';

const informantsTable = (facts: ReportFacts): ReportBlock => {
  const { words } = facts;
  const roles = [...new Set(facts.informants.map((informant) => informant.role.trim()))].sort((a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || a.localeCompare(b, 'en'));
  return {
    kind: 'table',
    caption: words.text('report.method.informantsCaption'),
    header: [words.text('report.method.role'), words.text('report.method.count'), words.text('report.method.pseudonyms')],
    rows: roles.map((role) => {
      const members = facts.informants.filter((informant) => informant.role.trim() === role);
      return [role === '' ? words.text('report.method.noRole') : role, words.number(members.length), members.map((informant) => informant.pseudonym).join(', ')];
    }),
  };
};

const sourcesTable = (facts: ReportFacts): ReportBlock => {
  const { words } = facts;
  const ordered = SOURCE_KINDS.flatMap((kind) => facts.sources.filter((source) => source.kind === kind));
  return {
    kind: 'table',
    caption: words.text('report.method.sourcesCaption'),
    header: [words.text('report.method.kind'), words.text('report.method.source'), words.text('report.method.date'), words.text('report.method.words')],
    rows: ordered.map((source) => [
      words.sourceKind(source.kind), source.title, source.date === null ? words.text('report.quote.undated') : words.date(source.date),
      words.number(facts.wordCounts.get(source.id) ?? 0),
    ]),
  };
};

const kindCounts = (facts: ReportFacts): string =>
  SOURCE_KINDS.flatMap((kind) => {
    const count = facts.sources.filter((source) => source.kind === kind).length;
    return count === 0 ? [] : [`${facts.words.sourceKind(kind)} ${facts.words.number(count)}`];
  }).join(', ');

export const methodBlocks = ({ facts }: SectionInput): ReportBlock[] => {
  const { words } = facts;
  return [
    paragraph(words.text('report.method.model')),
    { kind: 'heading', level: 2, text: words.text('report.method.informants') },
    ...(facts.informants.length === 0
      ? [{ kind: 'paragraph' as const, style: 'note' as const, text: words.text('report.method.noInformants') }]
      : [informantsTable(facts)]),
    { kind: 'heading', level: 2, text: words.text('report.method.sources') },
    ...(facts.sources.length === 0
      ? [{ kind: 'paragraph' as const, style: 'note' as const, text: words.text('report.method.noSources') }]
      : [paragraph(words.text('report.method.sourcesByKind', { count: facts.sources.length, kinds: kindCounts(facts) })), sourcesTable(facts)]),
    { kind: 'heading', level: 2, text: words.text('report.method.triangulation') },
    paragraph(ruleText(facts)),
  ];
};
