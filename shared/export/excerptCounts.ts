// The counts shown above a retrieval: excerpts per code, per informant role and per source kind.
import type { Id } from '../model/ids.ts';
import type { SourceKind } from '../model/source.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';

export type ExcerptCounts = {
  total: number;
  byCode: Map<Id, number>;
  /** An excerpt attributed to several roles counts once for each; "" collects excerpts with no role. */
  byRole: Map<string, number>;
  byKind: Map<SourceKind, number>;
};

const bump = <K>(counts: Map<K, number>, key: K): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

export const countExcerpts = (excerpts: readonly CodedExcerpt[]): ExcerptCounts => {
  const counts: ExcerptCounts = { total: excerpts.length, byCode: new Map(), byRole: new Map(), byKind: new Map() };
  for (const excerpt of excerpts) {
    bump(counts.byCode, excerpt.coding.codeId);
    bump(counts.byKind, excerpt.sourceKind);
    if (excerpt.roles.length === 0) bump(counts.byRole, '');
    for (const role of excerpt.roles) bump(counts.byRole, role);
  }
  return counts;
};
