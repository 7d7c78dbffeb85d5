// The triangulation overview display (issue 10): the project's conclusions against the kinds of source and the
// informant roles their supporting evidence comes from. Each row is a conclusion (its statement, with its
// triangulation status and reason as the row's title); the columns are its status, one per source kind, one per role,
// the number of informants behind it and its triangulation status (the reason as the cell's title); a kind or role
// cell counts the supporting evidence items resting on that kind or on an informant of that role, and holds the
// codings behind them. Evidence that no longer exists counts nowhere, as on the conclusion's page.
import { t, type Locale } from '../i18n/translate.ts';
import { cellKey, conclusionStatus, SOURCE_KINDS, type Conclusion, type EvidenceItem, type Id, type MatrixDisplayDefinition } from '../model/index.ts';
import { evidenceResolver, type EvidenceLookups } from './conclusionEvidence.ts';
import type { ViewCell, ViewHeader } from './displayView.ts';
import type { MatrixData, VerificationData } from './matrixTypes.ts';
import { triangulationText } from './triangulation.ts';
import type { Grid } from './viewGrid.ts';

/** The column ids of the overview: fixed ones, and one per source kind and per role. */
export const OVERVIEW_STATUS_COLUMN = 'status';
export const OVERVIEW_INFORMANTS_COLUMN = 'informants';
export const OVERVIEW_TRIANGULATION_COLUMN = 'triangulation';
export const overviewKindColumn = (kind: string): string => `kind:${kind}`;
export const overviewRoleColumn = (role: string): string => `role:${role}`;

/** The column clusters (ids and labels) the overview's columns sit under. */
export const overviewClusters = (locale?: Locale): Map<string, string> => new Map([
  ['conclusion', ''],
  ['kinds', t('verification.overview.group.kinds', undefined, locale)],
  ['roles', t('verification.overview.group.roles', undefined, locale)],
  ['summary', ''],
]);

export type OverviewInput = {
  data: MatrixData;
  conclusions: readonly Conclusion[];
  rule: VerificationData['rule'];
  lookups?: EvidenceLookups;
  locale?: Locale;
};

type Counted = { items: number; codingIds: Set<Id>; informants: Set<Id> };

const counted = (): Counted => ({ items: 0, codingIds: new Set(), informants: new Set() });

/** The codings an evidence item rests on: its coding, a cell's codings, the coding a memo is about. */
export const codingIdsOf = (item: EvidenceItem, lookups: EvidenceLookups): readonly Id[] => {
  const target = item.target;
  switch (target.kind) {
    case 'coding':
      return [target.codingId];
    case 'cell':
      return lookups.cellCodingIds?.(target.displayId, target.cellKey) ?? [];
    case 'memo': {
      const memo = lookups.memos?.get(target.memoId);
      return memo?.target.kind === 'coding' ? [memo.target.id] : [];
    }
    case 'member-check':
      return [];
  }
};

const header = (id: string, label: string, total: number | null, empty: boolean, groupId: string | null, title?: string): ViewHeader =>
  ({ id, label, none: false, total, empty, groupId, ...(title === undefined ? {} : { title }) });

const textCell = (rowId: string, columnId: string, text: string, title?: string): ViewCell => ({
  key: cellKey(rowId, columnId), value: null, detail: text, codingIds: [], informants: 0, excerpts: 0, quotes: null, empty: false,
  ...(title === undefined ? {} : { title }),
});

const countCell = (rowId: string, columnId: string, count: Counted, value = count.items): ViewCell => ({
  key: cellKey(rowId, columnId), value, detail: null, codingIds: [...count.codingIds], informants: count.informants.size,
  excerpts: count.codingIds.size, quotes: null, empty: value === 0,
});

/** Conclusions linked to one of the chosen codes (all when none are chosen), in the order given. */
const chosenConclusions = (conclusions: readonly Conclusion[], codeIds: readonly Id[] | null): readonly Conclusion[] => {
  if (codeIds === null || codeIds.length === 0) return conclusions;
  const wanted = new Set(codeIds);
  return conclusions.filter((conclusion) => conclusion.codeIds.some((id) => wanted.has(id)));
};

export const buildConclusionOverview = (input: OverviewInput, definition: Pick<MatrixDisplayDefinition, 'codeIds'>): Grid => {
  const { data, rule, locale } = input;
  const lookups = input.lookups ?? {};
  const resolver = evidenceResolver(data, lookups);
  const codingFacts = (codingId: Id) =>
    resolver.factsOf({ id: '', target: { kind: 'coding', codingId }, stance: 'supporting', weightNote: '', resolution: null, addedBy: '', addedAt: '' });
  const kinds = SOURCE_KINDS.filter((kind) => data.sources.some((source) => source.kind === kind));
  const roles = [...new Set(data.informants.map((informant) => informant.role.trim()).filter((role) => role !== ''))].sort((a, b) => a.localeCompare(b));

  const rows: ViewHeader[] = [];
  const cells: ViewCell[][] = [];
  const byKindTotal = new Map<string, number>();
  const byRoleTotal = new Map<string, number>();
  const addItems = (totals: Map<string, number>, key: string, items: number) => totals.set(key, (totals.get(key) ?? 0) + items);
  let allItems = 0;
  for (const conclusion of chosenConclusions(input.conclusions, definition.codeIds)) {
    const assessment = resolver.assess(conclusion, rule);
    const words = triangulationText(assessment.triangulation, locale);
    const byKind = new Map<string, Counted>(kinds.map((kind) => [kind, counted()]));
    const byRole = new Map<string, Counted>(roles.map((role) => [role, counted()]));
    const everyone = counted();
    for (const item of conclusion.evidence) {
      if (item.stance !== 'supporting') continue;
      const facts = resolver.factsOf(item);
      if (facts === undefined) continue;
      everyone.items += 1;
      for (const informant of facts.informants) everyone.informants.add(informant.id);
      const itemKinds = new Set<string>(facts.sourceKinds);
      const itemRoles = new Set(facts.informants.flatMap((informant) => informant.roles.map((role) => role.trim())));
      for (const [kind, count] of byKind) if (itemKinds.has(kind)) count.items += 1;
      for (const [role, count] of byRole) if (itemRoles.has(role)) count.items += 1;
      // Each coding goes to its own kind and to the roles of its own informants.
      for (const codingId of codingIdsOf(item, lookups)) {
        const own = codingFacts(codingId);
        if (own === undefined) continue;
        everyone.codingIds.add(codingId);
        const places = [
          ...own.sourceKinds.map((kind) => ({ count: byKind.get(kind), informants: own.informants })),
          ...own.informants.flatMap((informant) => informant.roles.map((role) => ({ count: byRole.get(role.trim()), informants: [informant] }))),
        ];
        for (const { count, informants } of places) {
          count?.codingIds.add(codingId);
          for (const informant of informants) count?.informants.add(informant.id);
        }
      }
    }
    allItems += everyone.items;
    for (const [kind, count] of byKind) addItems(byKindTotal, kind, count.items);
    for (const [role, count] of byRole) addItems(byRoleTotal, role, count.items);
    const id = conclusion.id;
    const reason = `${words.status}: ${words.reason}`;
    rows.push(header(id, conclusion.statement.plainText.trim(), everyone.items, everyone.items === 0, null, reason));
    cells.push([
      textCell(id, OVERVIEW_STATUS_COLUMN, t(`conclusion.status.${conclusionStatus(conclusion)}`, undefined, locale)),
      ...kinds.map((kind) => countCell(id, overviewKindColumn(kind), byKind.get(kind) ?? counted())),
      ...roles.map((role) => countCell(id, overviewRoleColumn(role), byRole.get(role) ?? counted())),
      countCell(id, OVERVIEW_INFORMANTS_COLUMN, everyone, assessment.triangulation.counts.informants),
      textCell(id, OVERVIEW_TRIANGULATION_COLUMN, words.status, words.reason),
    ]);
  }
  const columns: ViewHeader[] = [
    header(OVERVIEW_STATUS_COLUMN, t('verification.overview.column.status', undefined, locale), null, rows.length === 0, 'conclusion'),
    ...kinds.map((kind) => {
      const items = byKindTotal.get(kind) ?? 0;
      return header(overviewKindColumn(kind), t(`sources.kind.${kind}`, undefined, locale), items, items === 0, 'kinds');
    }),
    ...roles.map((role) => {
      const items = byRoleTotal.get(role) ?? 0;
      return header(overviewRoleColumn(role), role, items, items === 0, 'roles');
    }),
    header(OVERVIEW_INFORMANTS_COLUMN, t('verification.overview.column.informants', undefined, locale), null, rows.length === 0, 'summary'),
    header(OVERVIEW_TRIANGULATION_COLUMN, t('verification.overview.column.triangulation', undefined, locale), null, rows.length === 0, 'summary'),
  ];
  return { rows, columns, cells, total: allItems };
};
