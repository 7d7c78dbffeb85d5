// One conclusion summed up for lists, the CLI and the report (issue 10): its status, the evidence for and against
// (supporting items by source kind and by informant role, unresolved and lost items), the triangulation status with
// its reason in words, and the member-check tally over the informants whose words it uses. Pure, over the project's
// data and the evidence resolver (conclusionEvidence.ts), which holds its member checks (memberCheckTally.ts).
import { conclusionStatus, type Conclusion, type ConclusionStatus, type SourceKind, type TriangulationRule } from '../model/index.ts';
import type { Locale } from '../i18n/translate.ts';
import type { evidenceResolver } from './conclusionEvidence.ts';
import { memberCheckTally, type MemberCheckTally } from './memberCheckTally.ts';
import { triangulationText, type TriangulationCounts, type TriangulationStatus } from './triangulation.ts';

export type ConclusionSummary = {
  id: string;
  statement: string;
  status: ConclusionStatus;
  modelRole: string | null;
  rivalOfId: string | null;
  evidence: {
    supporting: number;
    disconfirming: number;
    unresolved: number;
    lost: number;
    /** Supporting items per source kind and per informant role (an item over two kinds counts in each). */
    bySourceKind: Partial<Record<SourceKind, number>>;
    byRole: Record<string, number>;
  };
  triangulation: { status: TriangulationStatus; label: string; reason: string; counts: TriangulationCounts };
  /** Informants whose words the supporting evidence uses, how many of them answered a check of it, and their answers. */
  memberChecks: MemberCheckTally;
};

/**
 * The member-check tally of a conclusion over the informants its supporting evidence is attributed to, counting
 * checks that returned it, the codings any of its evidence rests on (a cell's and a memo's too), or their transcripts.
 */
export const conclusionMemberCheckTally = (conclusion: Pick<Conclusion, 'id' | 'evidence'>, resolver: ReturnType<typeof evidenceResolver>): MemberCheckTally => {
  const informants = new Set(conclusion.evidence.flatMap((item) =>
    (item.stance === 'supporting' ? resolver.factsOf(item)?.informants.map((informant) => informant.id) ?? [] : [])));
  const codingIds = new Set(conclusion.evidence.flatMap((item) => resolver.codingIdsOf(item)));
  return memberCheckTally(conclusion, informants, resolver.memberChecks, resolver.codingSourceOf, codingIds);
};

const tally = <K extends string>(counts: Partial<Record<K, number>>, keys: Iterable<K>): void => {
  for (const key of new Set(keys)) counts[key] = (counts[key] ?? 0) + 1;
};

export const summariseConclusion = (
  conclusion: Conclusion, resolver: ReturnType<typeof evidenceResolver>, rule: TriangulationRule, locale?: Locale,
): ConclusionSummary => {
  const assessment = resolver.assess(conclusion, rule);
  const bySourceKind: Partial<Record<SourceKind, number>> = {};
  const byRole: Record<string, number> = {};
  for (const item of conclusion.evidence) {
    if (item.stance !== 'supporting') continue;
    const facts = resolver.factsOf(item);
    if (facts === undefined) continue;
    tally(bySourceKind, facts.sourceKinds);
    tally(byRole, facts.informants.flatMap((informant) => informant.roles.filter((role) => role.trim() !== '')));
  }
  const words = triangulationText(assessment.triangulation, locale);
  const disconfirming = conclusion.evidence.filter((item) => item.stance === 'disconfirming');
  return {
    id: conclusion.id, statement: conclusion.statement.plainText.trim(), status: conclusionStatus(conclusion), modelRole: conclusion.modelRole,
    rivalOfId: conclusion.rivalOfId,
    evidence: {
      supporting: conclusion.evidence.length - disconfirming.length, disconfirming: disconfirming.length,
      unresolved: disconfirming.filter((item) => item.resolution === null).length, lost: assessment.lost.length, bySourceKind, byRole,
    },
    triangulation: { status: assessment.triangulation.status, label: words.status, reason: words.reason, counts: assessment.triangulation.counts },
    memberChecks: conclusionMemberCheckTally(conclusion, resolver),
  };
};
