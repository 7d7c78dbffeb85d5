// Checking the meaning of outliers (issue 10, M&H tactic 5): for a conclusion's codes, which informants depart from
// the majority of their role — a role whose informants mostly speak to those codes, and one who never does, or the
// other way round. An informant "speaks to" the codes when a coding of them (sub-codes included) belongs to them by the
// one attribution rule. Roles with fewer than three informants have no majority to depart from.
import { subtreeIds } from '../codebook/codeTree.ts';
import type { Id } from '../model/index.ts';
import { attributeRange, prepareAttribution } from './attribution.ts';
import type { MatrixData } from './matrixTypes.ts';

export type Outlier = { informantId: Id; role: string; speaks: boolean; roleSpeaks: number; roleSize: number };

const MIN_ROLE_SIZE = 3;

export const findOutliers = (data: MatrixData, codeIds: readonly Id[]): Outlier[] => {
  const wanted = new Set(codeIds.flatMap((id) => [...subtreeIds(data.codes, id)]));
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const prepared = new Map<Id, ReturnType<typeof prepareAttribution>>();
  const speaking = new Set<Id>();
  for (const coding of data.codings) {
    if (!wanted.has(coding.codeId)) continue;
    const source = sources.get(coding.sourceId);
    if (source === undefined) continue;
    let attribution = prepared.get(source.id);
    if (attribution === undefined) {
      attribution = prepareAttribution(source);
      prepared.set(source.id, attribution);
    }
    for (const id of attributeRange(attribution, coding.start, coding.end).informantIds) speaking.add(id);
  }
  const byRole = new Map<string, Id[]>();
  for (const informant of data.informants) {
    const role = informant.role.trim();
    if (role === '') continue;
    byRole.set(role, [...(byRole.get(role) ?? []), informant.id]);
  }
  const outliers: Outlier[] = [];
  for (const [role, members] of [...byRole].sort(([a], [b]) => a.localeCompare(b))) {
    if (members.length < MIN_ROLE_SIZE) continue;
    const roleSpeaks = members.filter((id) => speaking.has(id)).length;
    // A strict majority either way; an even split has none.
    const majority = roleSpeaks * 2 > members.length ? true : roleSpeaks * 2 < members.length ? false : null;
    if (majority === null) continue;
    for (const id of members) {
      if (speaking.has(id) !== majority) outliers.push({ informantId: id, role, speaks: !majority, roleSpeaks, roleSize: members.length });
    }
  }
  return outliers;
};
