// The project rows the Member checks screen names: informants (pseudonyms), sources (transcript titles, who they
// belong to), summary sheets, conclusions and the ids of codings that still exist, read live so a returned thing
// that is deleted meanwhile shows as gone at once.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Conclusion, Id, Informant, MemberCheck, SummarySheet } from '../../../shared/model/index.ts';
import { listConclusions } from '../../data/conclusions.ts';
import { listInformants } from '../../data/informants.ts';
import { listMemberChecks } from '../../data/memberChecks.ts';
import { listSourceSummaries, type SourceSummary } from '../../data/sources.ts';
import { listSummarySheets } from '../../data/summarySheets.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';

export type MemberCheckData = {
  checks: MemberCheck[];
  informants: ReadonlyMap<Id, Informant>;
  informantList: readonly Informant[];
  sources: ReadonlyMap<Id, SourceSummary>;
  sourceList: readonly SourceSummary[];
  sheets: ReadonlyMap<Id, SummarySheet>;
  sheetList: readonly SummarySheet[];
  conclusions: ReadonlyMap<Id, Conclusion>;
  conclusionList: readonly Conclusion[];
  /** The codings a record names that still exist, each with its source. */
  codingSources: ReadonlyMap<Id, Id>;
};

const byId = <T extends { id: Id }>(rows: readonly T[]): ReadonlyMap<Id, T> => new Map(rows.map((row) => [row.id, row]));

/** Every coding id the records name, so only those rows are read. */
const namedCodingIds = (checks: readonly MemberCheck[]): Id[] =>
  [...new Set(checks.flatMap((check) => check.items.flatMap((item) => (item.target.kind === 'excerpts' ? item.target.codingIds : []))))];

export const useMemberCheckData = (projectId: Id): MemberCheckData | undefined => {
  const db = useDatabase();
  const rows = useLiveQuery(async () => {
    const checks = await listMemberChecks(db, projectId);
    const codings = await db.codings.bulkGet(namedCodingIds(checks));
    return {
      checks,
      informants: await listInformants(db, projectId),
      sources: await listSourceSummaries(db, projectId),
      sheets: await listSummarySheets(db, projectId),
      conclusions: await listConclusions(db, projectId),
      codingSources: new Map(codings.flatMap((coding): [Id, Id][] => (coding === undefined ? [] : [[coding.id, coding.sourceId]]))),
    };
  }, [db, projectId]);
  return useMemo(() => (rows === undefined ? undefined : {
    checks: rows.checks,
    informants: byId(rows.informants),
    informantList: rows.informants,
    sources: byId(rows.sources),
    sourceList: rows.sources,
    sheets: byId(rows.sheets),
    sheetList: rows.sheets,
    conclusions: byId(rows.conclusions),
    conclusionList: rows.conclusions,
    codingSources: rows.codingSources,
  }), [rows]);
};

/** The sources that are an informant's own: linked to them, or with a speaker linked to them. */
export const sourcesOfInformant = (sources: readonly SourceSummary[], informantId: Id): SourceSummary[] =>
  sources.filter((source) => source.informantIds.includes(informantId) || Object.values(source.speakerLinks).includes(informantId));
