// Fresh ids for the member checks of a copied project (reidentifySnapshot): each record, its informant, the source
// its words became, and the rows its items returned and its outcomes changed (transcripts, summary sheets, codings,
// conclusions), through the one renewal map, so a record still names the same rows in the copy. Items keep their ids:
// they live inside their record, and conclusions' evidence names them by record and item.
import type { Id, MemberCheck, MemberCheckItemTarget, MemberCheckOutcome } from '../model/index.ts';
import type { Renewal } from './reidentifyDisplays.ts';

const renewItemTarget = (target: MemberCheckItemTarget, renew: (id: Id) => Id): MemberCheckItemTarget => {
  switch (target.kind) {
    case 'transcript': return { kind: 'transcript', sourceId: renew(target.sourceId) };
    case 'summary': return { kind: 'summary', summarySheetId: renew(target.summarySheetId) };
    case 'excerpts': return { kind: 'excerpts', codingIds: target.codingIds.map(renew) };
    case 'conclusions': return { kind: 'conclusions', conclusionIds: target.conclusionIds.map(renew) };
  }
};

const renewOutcome = (outcome: MemberCheckOutcome, renew: (id: Id) => Id): MemberCheckOutcome => {
  if (outcome.kind === 'transcript-correction') return { ...outcome, sourceId: renew(outcome.sourceId) };
  if (outcome.kind === 'kept') return outcome;
  return { ...outcome, conclusionId: renew(outcome.conclusionId) };
};

export const renewMemberChecks = (checks: readonly MemberCheck[], projectId: Id, { renew }: Renewal): MemberCheck[] =>
  checks.map((check) => ({
    ...check, id: renew(check.id), projectId, informantId: renew(check.informantId),
    wordsSourceId: check.wordsSourceId === null ? null : renew(check.wordsSourceId),
    items: check.items.map((item) => ({
      ...item, target: renewItemTarget(item.target, renew), outcomes: item.outcomes.map((outcome) => renewOutcome(outcome, renew)),
    })),
  }));
