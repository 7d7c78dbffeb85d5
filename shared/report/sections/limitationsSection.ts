// Limitations, listed automatically and never invented: the single-source conclusions and the contested ones (by
// statement, with the reason), evidence that no longer exists, and the member checks — stated plainly when none has
// been recorded or none answered.
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportConclusion, ReportFacts } from '../reportFacts.ts';
import { note, paragraph, type SectionInput } from './sectionInput.ts';

const statementsWith = (facts: ReportFacts, status: 'single-source' | 'contested'): ReportConclusion[] =>
  facts.conclusions.filter(({ summary }) => summary.triangulation.status === status);

const listed = (entries: readonly ReportConclusion[], empty: string): ReportBlock =>
  entries.length === 0
    ? note(empty)
    : { kind: 'list', ordered: false, items: entries.map(({ summary }) => `${summary.statement} (${summary.triangulation.reason})`) };

const memberCheckBlocks = (facts: ReportFacts): ReportBlock[] => {
  const { words } = facts;
  if (facts.memberChecks.length === 0) return [note(words.text('report.limitations.noMemberChecks'))];
  const unchecked = facts.conclusions.filter(({ summary }) => summary.memberChecks.checked === 0);
  return [
    paragraph(words.text('report.limitations.memberChecks', { count: facts.memberChecks.length })),
    unchecked.length === 0
      ? note(words.text('report.limitations.allChecked'))
      : { kind: 'list', ordered: false, items: unchecked.map(({ summary }) => summary.statement) },
  ];
};

export const limitationsBlocks = ({ facts }: SectionInput): ReportBlock[] => {
  const { words } = facts;
  const lost = facts.conclusions.filter(({ summary }) => summary.evidence.lost > 0);
  return [
    { kind: 'heading', level: 2, text: words.text('report.limitations.singleSource') },
    listed(statementsWith(facts, 'single-source'), words.text('report.limitations.noSingleSource')),
    { kind: 'heading', level: 2, text: words.text('report.limitations.contested') },
    listed(statementsWith(facts, 'contested'), words.text('report.limitations.noContested')),
    { kind: 'heading', level: 2, text: words.text('report.limitations.memberChecksHeading') },
    ...memberCheckBlocks(facts),
    ...(lost.length === 0 ? [] : [
      { kind: 'heading' as const, level: 2 as const, text: words.text('report.limitations.lost') },
      {
        kind: 'list' as const, ordered: false,
        items: lost.map(({ summary }) => words.text('report.limitations.lostItem', { statement: summary.statement, count: summary.evidence.lost })),
      },
    ]),
  ];
};
