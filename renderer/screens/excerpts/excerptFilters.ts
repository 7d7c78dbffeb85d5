// The retrieval's filters (informant role, informant, source kind, coder), applied in memory to retrieved excerpts so
// changing one never touches the database. Which excerpt passes is decided by the shared rule (excerptFilter).
import { excerptFilter, type CodedExcerpt } from '../../../shared/export/index.ts';
import type { Id, SourceKind } from '../../../shared/model/index.ts';

/** `informants` and `coders` hold ids; "" in roles stands for excerpts without a role, in informants for no informant. */
export type RetrievalFilters = { roles: string[]; informants: Id[]; kinds: SourceKind[]; coders: Id[] };

/** An empty filter lets everything through. */
export const filterExcerpts = (excerpts: readonly CodedExcerpt[], filters: RetrievalFilters): CodedExcerpt[] =>
  excerpts.filter(excerptFilter({ roles: filters.roles, informants: filters.informants, sourceKinds: filters.kinds, coders: filters.coders }));
