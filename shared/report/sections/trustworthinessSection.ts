// Trustworthiness: one row per conclusion with its supporting evidence count, the source kinds and roles behind it,
// how many informants, unresolved negative evidence, its triangulation status, its member checks, and the
// verification tactics applied — every figure from the shared conclusion summary (conclusionSummary.ts).
import { SOURCE_KINDS } from '../../model/index.ts';
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportConclusion, ReportFacts } from '../reportFacts.ts';
import { note, type SectionInput } from './sectionInput.ts';

const row = (facts: ReportFacts, { summary, tactics }: ReportConclusion): string[] => {
  const { words } = facts;
  const none = words.text('report.trust.none');
  const kinds = SOURCE_KINDS.filter((kind) => (summary.evidence.bySourceKind[kind] ?? 0) > 0)
    .map((kind) => `${words.sourceKind(kind)} (${words.number(summary.evidence.bySourceKind[kind] ?? 0)})`);
  const roles = Object.keys(summary.evidence.byRole).sort((a, b) => a.localeCompare(b, 'en'))
    .map((role) => `${role} (${words.number(summary.evidence.byRole[role])})`);
  return [
    summary.statement,
    words.number(summary.evidence.supporting),
    kinds.length === 0 ? none : kinds.join(', '),
    roles.length === 0 ? none : roles.join(', '),
    words.number(summary.triangulation.counts.informants),
    words.number(summary.evidence.unresolved),
    summary.triangulation.label,
    words.text('report.trust.memberChecked', { checked: summary.memberChecks.checked, informants: summary.memberChecks.informants }),
    tactics.length === 0 ? none : tactics.map(words.tactic).join(', '),
  ];
};

export const trustworthinessBlocks = ({ facts }: SectionInput): ReportBlock[] => {
  const { words } = facts;
  if (facts.conclusions.length === 0) return [note(words.text('report.findings.none'))];
  return [{
    kind: 'table',
    caption: words.text('report.trust.caption'),
    header: [
      words.text('report.trust.conclusion'), words.text('report.trust.evidence'), words.text('report.trust.sourceKinds'),
      words.text('report.trust.roles'), words.text('report.trust.informants'), words.text('report.trust.unresolved'),
      words.text('report.trust.triangulation'), words.text('report.trust.memberChecks'), words.text('report.trust.tactics'),
    ],
    rows: facts.conclusions.map((entry) => row(facts, entry)),
  }];
};
