// "Member-checked by n of m informants whose words it uses" (issue 10): which informants answered a member check
// that returned the conclusion or the words it rests on, and what they answered. Pure, over the project's member
// checks; the m informants are the caller's (those the supporting evidence is attributed to).
import {
  isAnswered, type Conclusion, type Id, type IsoDate, type MemberCheck, type MemberCheckItem, type MemberCheckItemTarget, type MemberCheckResponse,
} from '../model/index.ts';

export type MemberCheckVerdict = {
  informantId: Id; memberCheckId: Id; itemId: Id; response: MemberCheckResponse; answeredOn: IsoDate | null;
  /** What the answer was about: the conclusion itself, excerpts of it, or a whole transcript. */
  returned: MemberCheckItemTarget['kind'];
};

export type MemberCheckTally = {
  /** How many of the informants whose words the conclusion uses answered a check of it (n). */
  checked: number;
  /** How many informants' words the conclusion uses (m). */
  informants: number;
  /** Every answered item that returned the conclusion or its words, of those informants, earliest answer first. */
  verdicts: MemberCheckVerdict[];
};

/** The codings the conclusion's own evidence items name (either stance). */
export const evidenceCodingIds = (conclusion: Pick<Conclusion, 'evidence'>): Set<Id> =>
  new Set(conclusion.evidence.flatMap((item) => (item.target.kind === 'coding' ? [item.target.codingId] : [])));

/**
 * Whether the item returned the conclusion itself, excerpts including a coding it uses, or the transcript of a source
 * holding such a coding. A summary sheet returns the researcher's reading of a contact, not the conclusion's words.
 */
const returnsConclusion = (item: MemberCheckItem, conclusionId: Id, codingIds: ReadonlySet<Id>, sourceIds: ReadonlySet<Id>): boolean => {
  const { target } = item;
  switch (target.kind) {
    case 'conclusions': return target.conclusionIds.includes(conclusionId);
    case 'excerpts': return target.codingIds.some((id) => codingIds.has(id));
    case 'transcript': return sourceIds.has(target.sourceId);
    case 'summary': return false;
  }
};

/**
 * The tally of one conclusion. `usedCodingIds`: the codings its evidence uses (by default those its evidence items
 * name; the summary passes those of its display cells and memos too); `codingSourceOf` gives the source of each.
 */
export const memberCheckTally = (
  conclusion: Pick<Conclusion, 'id' | 'evidence'>, informantIds: ReadonlySet<Id>, checks: readonly Pick<MemberCheck, 'id' | 'informantId' | 'answeredOn' | 'items'>[],
  codingSourceOf: (codingId: Id) => Id | undefined, usedCodingIds: ReadonlySet<Id> = evidenceCodingIds(conclusion),
): MemberCheckTally => {
  const sourceIds = new Set([...usedCodingIds].flatMap((id) => codingSourceOf(id) ?? []));
  const verdicts: MemberCheckVerdict[] = [];
  for (const check of checks) {
    if (!informantIds.has(check.informantId)) continue;
    for (const item of check.items) {
      if (!isAnswered(item) || !returnsConclusion(item, conclusion.id, usedCodingIds, sourceIds)) continue;
      verdicts.push({
        informantId: check.informantId, memberCheckId: check.id, itemId: item.id, response: item.response, answeredOn: check.answeredOn,
        returned: item.target.kind,
      });
    }
  }
  // Earliest answer first, undated last; answers of one day in the order of the checks and their items.
  verdicts.sort((a, b) => (a.answeredOn === null ? 1 : 0) - (b.answeredOn === null ? 1 : 0) || (a.answeredOn ?? '').localeCompare(b.answeredOn ?? ''));
  return { checked: new Set(verdicts.map((verdict) => verdict.informantId)).size, informants: informantIds.size, verdicts };
};
