// `caseweave conclusions FILE.caseweave [--json]`: each conclusion with its status, its evidence for and against (the
// supporting items by source kind and by role, unresolved and lost items), its triangulation status with the reason,
// and its member-check tally — summed up by the shared code the app and the report use (conclusionSummary.ts).
import {
  evidenceResolver, memberCheckVerdictText, summariseConclusion, type ConclusionSummary,
} from '../shared/analysis/index.ts';
import { formatNumber, t } from '../shared/i18n/translate.ts';
import { triangulationRuleOf } from '../shared/model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt } from './projectFileAccess.ts';
import { matrixDataOf, snapshotCellCodings } from '../shared/projectFile/snapshotData.ts';

export type ConclusionsRequest = { file: string; json: boolean };

export const conclusionSummaries = (snapshot: ProjectSnapshot): ConclusionSummary[] => {
  const data = matrixDataOf(snapshot);
  const resolver = evidenceResolver(data, {
    memberChecks: snapshotRows(snapshot, 'memberChecks'),
    memos: new Map(snapshotRows(snapshot, 'memos').map((memo) => [memo.id, memo])),
    cellCodingIds: snapshotCellCodings(snapshot, data),
  });
  const [project] = snapshotRows(snapshot, 'projects');
  const rule = triangulationRuleOf(project);
  return snapshotRows(snapshot, 'conclusions').map((conclusion) => summariseConclusion(conclusion, resolver, rule));
};

const counted = (counts: Record<string, number | undefined>, label: (key: string) => string): string =>
  Object.entries(counts).map(([key, count]) => `${label(key)} ${formatNumber(count ?? 0)}`).join(', ');

const formatSummary = (pseudonymOf: (informantId: string) => string) => (summary: ConclusionSummary, index: number): string => [
  `${index + 1}. ${summary.statement}`,
  `   ${t('cli.conclusions.status', { status: t(`conclusion.status.${summary.status}`), triangulation: summary.triangulation.label, reason: summary.triangulation.reason })}`,
  `   ${t('cli.conclusions.evidence', {
    supporting: summary.evidence.supporting, disconfirming: summary.evidence.disconfirming, unresolved: summary.evidence.unresolved,
  })}${summary.evidence.supporting > 0 ? ` (${counted(summary.evidence.bySourceKind, (kind) => t(`triangulation.kind.${kind as 'interview'}`))}; ${counted(summary.evidence.byRole, (role) => role)})` : ''}`,
  ...(summary.evidence.lost > 0 ? [`   ${t('cli.conclusions.lost', { count: summary.evidence.lost })}`] : []),
  `   ${t('cli.conclusions.memberChecks', { checked: summary.memberChecks.checked, informants: summary.memberChecks.informants })}`,
  ...summary.memberChecks.verdicts.map((verdict) => `     ${memberCheckVerdictText(verdict, pseudonymOf)}`),
].join('\n');

export const runConclusions = async ({ file, json }: ConclusionsRequest): Promise<CommandOutcome> => {
  const { snapshot } = await openProjectFileAt(file);
  const summaries = conclusionSummaries(snapshot);
  if (json) return succeeded(`${JSON.stringify(summaries, null, 2)}\n`);
  if (summaries.length === 0) return succeeded(`${t('cli.conclusions.none')}\n`);
  const pseudonyms = new Map(snapshotRows(snapshot, 'informants').map((informant) => [informant.id, informant.pseudonym]));
  return succeeded(`${summaries.map(formatSummary((id) => pseudonyms.get(id) ?? id)).join('\n\n')}\n`);
};
