// Filtering and sorting of the source list (kind, informant, informant role; title or date), kept free of React.
import type { Informant, SourceKind } from '../../../shared/model/index.ts';
import type { SourceSummary } from '../../data/sources.ts';

export type SourceSort = 'title' | 'date';

export type SourceFilter = {
  kind: SourceKind | null;
  informantId: string | null;
  role: string | null;
  sort: SourceSort;
};

const byTitle = (a: SourceSummary, b: SourceSummary): number =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });

/** Sources without a date go last; equal dates fall back to the title. */
const byDate = (a: SourceSummary, b: SourceSummary): number => {
  if (a.date === b.date) return byTitle(a, b);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date.localeCompare(b.date);
};

export const filterSources = (sources: SourceSummary[], informants: Informant[], filter: SourceFilter): SourceSummary[] => {
  const roleHolders =
    filter.role === null ? null : new Set(informants.filter((informant) => informant.role === filter.role).map((informant) => informant.id));
  return sources
    .filter((source) => filter.kind === null || source.kind === filter.kind)
    .filter((source) => filter.informantId === null || source.informantIds.includes(filter.informantId))
    .filter((source) => roleHolders === null || source.informantIds.some((id) => roleHolders.has(id)))
    .sort(filter.sort === 'date' ? byDate : byTitle);
};

/** Roles held by at least one informant of the project, for the role filter. */
export const rolesInUse = (informants: Informant[]): string[] =>
  [...new Set(informants.map((informant) => informant.role).filter((role) => role !== ''))].sort((a, b) => a.localeCompare(b));
