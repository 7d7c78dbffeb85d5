// The title page's facts: how many informants, sources and conclusions the report rests on, and the triangulation
// rule they are judged by. The title, subtitle and date line are the document's own (reportContent.ts).
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import type { SectionInput } from './sectionInput.ts';

/** The project's triangulation rule in words. */
export const ruleText = ({ words, rule }: Pick<ReportFacts, 'words' | 'rule'>): string =>
  words.text('report.rule', { kinds: rule.minSourceKinds, roles: rule.minRoles, informants: rule.minInformants });

export const titleBlocks = ({ facts }: SectionInput): ReportBlock[] => {
  const { words } = facts;
  return [{
    kind: 'facts',
    items: [
      { label: words.text('report.title.informants'), value: words.number(facts.informants.length) },
      { label: words.text('report.title.sources'), value: words.number(facts.sources.length) },
      { label: words.text('report.title.conclusions'), value: words.number(facts.conclusions.length) },
      { label: words.text('report.title.rule'), value: ruleText(facts) },
    ],
  }];
};
