// The retrieval's filters (informant role, source kind, coder), applied in memory to retrieved excerpts so
// changing one never touches the database.
import type { CodedExcerpt } from '../../../shared/export/index.ts';
import type { SourceKind } from '../../../shared/model/index.ts';

/** `coders` holds coder ids. */
export type RetrievalFilters = { roles: string[]; kinds: SourceKind[]; coders: string[] };

/** An empty filter lets everything through; "" in roles stands for excerpts without a role. */
export const filterExcerpts = (excerpts: readonly CodedExcerpt[], filters: RetrievalFilters): CodedExcerpt[] => {
  const roles = filters.roles.length === 0 ? null : new Set(filters.roles);
  const kinds = filters.kinds.length === 0 ? null : new Set<SourceKind>(filters.kinds);
  const coders = filters.coders.length === 0 ? null : new Set(filters.coders);
  return excerpts.filter(
    (excerpt) =>
      (kinds === null || kinds.has(excerpt.sourceKind)) &&
      (coders === null || coders.has(excerpt.coding.coderId)) &&
      (roles === null || (excerpt.roles.length === 0 ? roles.has('') : excerpt.roles.some((role) => roles.has(role)))),
  );
};
