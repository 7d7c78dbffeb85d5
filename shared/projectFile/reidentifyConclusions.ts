// Fresh ids for the conclusions of a copied project (reidentifySnapshot): each conclusion, its project, research
// question, codes, displays and rival, and the rows its evidence points at (codings, display cells with the ids inside
// their keys, memos, member checks), through the one renewal map, so evidence still names the same rows in the copy.
// Evidence items and tactic entries keep their ids: they live inside their conclusion, whose own id is new.
import { cellKey, cellKeyParts, type Conclusion, type EvidenceTarget, type Id } from '../model/index.ts';
import type { Renewal } from './reidentifyDisplays.ts';

const renewTarget = (target: EvidenceTarget, { renew, renewIfKnown }: Renewal): EvidenceTarget => {
  if (target.kind === 'coding') return { kind: 'coding', codingId: renew(target.codingId) };
  if (target.kind === 'memo') return { kind: 'memo', memoId: renew(target.memoId) };
  if (target.kind === 'member-check') return { ...target, memberCheckId: renew(target.memberCheckId) };
  const [rowId, columnId] = cellKeyParts(target.cellKey);
  return { kind: 'cell', displayId: renew(target.displayId), cellKey: cellKey(renewIfKnown(rowId), renewIfKnown(columnId)) };
};

export const renewConclusions = (conclusions: readonly Conclusion[], projectId: Id, renewal: Renewal): Conclusion[] => {
  const { renew } = renewal;
  return conclusions.map((conclusion) => ({
    ...conclusion, id: renew(conclusion.id), projectId,
    researchQuestionId: conclusion.researchQuestionId === null ? null : renew(conclusion.researchQuestionId),
    codeIds: conclusion.codeIds.map(renew), displayIds: conclusion.displayIds.map(renew),
    rivalOfId: conclusion.rivalOfId === null ? null : renew(conclusion.rivalOfId),
    evidence: conclusion.evidence.map((item) => ({ ...item, target: renewTarget(item.target, renewal) })),
  }));
};
