// The findings, one subsection per model role of the project's template (the roles its codes carry, in code-tree
// order — the four ecosystem functions in the default), then roles only conclusions name, then "Other conclusions"
// for those with no role; a rival explanation follows the conclusion it rivals. A role with no conclusion yet says so.
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportConclusion, ReportFacts } from '../reportFacts.ts';
import { conclusionBlocks } from './findingConclusion.ts';
import { note, type SectionInput } from './sectionInput.ts';

/** The model roles in the report's order: the codes' in code-tree order, then those only conclusions name, sorted. */
export const modelRoles = (facts: Pick<ReportFacts, 'codeTree' | 'conclusions'>): string[] => {
  const fromCodes = facts.codeTree.flatMap(({ code }) => (code.modelRole === null || code.modelRole.trim() === '' ? [] : [code.modelRole.trim()]));
  const known = new Set(fromCodes);
  const fromConclusions = facts.conclusions
    .flatMap(({ summary }) => (summary.modelRole === null || summary.modelRole.trim() === '' ? [] : [summary.modelRole.trim()]))
    .filter((role) => !known.has(role))
    .sort((a, b) => a.localeCompare(b, 'en'));
  return [...new Set([...fromCodes, ...fromConclusions])];
};

/** The conclusions in their order, each rival explanation moved to just after the conclusion it rivals. */
export const withRivalsAfter = (entries: readonly ReportConclusion[]): ReportConclusion[] => {
  const ids = new Set(entries.map((entry) => entry.conclusion.id));
  const placed: ReportConclusion[] = [];
  const place = (entry: ReportConclusion): void => {
    if (placed.includes(entry)) return;
    placed.push(entry);
    for (const rival of entries) if (rival.summary.rivalOfId === entry.conclusion.id) place(rival);
  };
  for (const entry of entries) if (entry.summary.rivalOfId === null || !ids.has(entry.summary.rivalOfId)) place(entry);
  // Rivals of each other in a circle have no first one: they keep their order.
  for (const entry of entries) place(entry);
  return placed;
};

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export const findingsBlocks = ({ facts, options }: SectionInput): ReportBlock[] => {
  const { words } = facts;
  if (facts.conclusions.length === 0) return [note(words.text('report.findings.none'))];
  const roleOf = (modelRole: string | null): string => modelRole?.trim() ?? '';
  const roles = modelRoles(facts);
  const others = withRivalsAfter(facts.conclusions.filter(({ summary }) => roleOf(summary.modelRole) === ''));
  return [
    ...roles.flatMap((role): ReportBlock[] => {
      const entries = withRivalsAfter(facts.conclusions.filter(({ summary }) => roleOf(summary.modelRole) === role));
      return [
        { kind: 'heading', level: 2, text: capitalised(role) },
        ...(entries.length === 0 ? [note(words.text('report.findings.noneForRole'))] : entries.flatMap((entry) => conclusionBlocks(facts, entry, options))),
      ];
    }),
    ...(others.length === 0 ? [] : [
      { kind: 'heading' as const, level: 2 as const, text: words.text('report.findings.other') },
      ...others.flatMap((entry) => conclusionBlocks(facts, entry, options)),
    ]),
  ];
};
