// The counts shown above a retrieval: excerpts per code, per informant role, per informant and per source kind. An
// excerpt counts for every informant (and role) it belongs to under the attribution rule.
import type { Id } from '../model/ids.ts';
import type { SourceKind } from '../model/source.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';

export type ExcerptCounts = {
  total: number;
  byCode: Map<Id, number>;
  /** An excerpt attributed to several roles counts once for each; "" collects excerpts with no role. */
  byRole: Map<string, number>;
  /** Per informant id, the same way; "" collects excerpts that belong to no informant. */
  byInformant: Map<Id, number>;
  byKind: Map<SourceKind, number>;
};

const bump = <K>(counts: Map<K, number>, key: K): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

export const countExcerpts = (excerpts: readonly CodedExcerpt[]): ExcerptCounts => {
  const counts: ExcerptCounts = { total: excerpts.length, byCode: new Map(), byRole: new Map(), byInformant: new Map(), byKind: new Map() };
  for (const excerpt of excerpts) {
    bump(counts.byCode, excerpt.coding.codeId);
    bump(counts.byKind, excerpt.sourceKind);
    if (excerpt.roles.length === 0) bump(counts.byRole, '');
    for (const role of excerpt.roles) bump(counts.byRole, role);
    if (excerpt.informants.length === 0) bump(counts.byInformant, '');
    for (const person of excerpt.informants) bump(counts.byInformant, person.id);
  }
  return counts;
};
