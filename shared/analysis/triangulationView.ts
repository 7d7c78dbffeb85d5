// The triangulation display: codes against source kinds (interview, observation, document, other), each column
// optionally split by informant role, every cell with "n sources · n informants" beside its value and an empty cell
// plainly marked, so a finding that rests on one kind of data, or on one role, shows at a glance.
import { t } from '../i18n/translate.ts';
import type { Id, MatrixDisplayDefinition } from '../model/index.ts';
import type { MatrixEvidence } from './matrixEvidence.ts';
import { NONE_KEY, rowValues } from './matrixDimensions.ts';
import type { MatrixData } from './matrixTypes.ts';
import type { AxisValue, GridAxis, GridOptions, Place } from './viewGrid.ts';

/** The id of a column of one source kind and one role ("" for codings of no informant). */
export const kindRoleColumnId = (kind: string, role: string): string => JSON.stringify([kind, role]);

export const triangulationDetail: NonNullable<GridOptions['detailOf']> = (evidence, cell) => {
  if (cell.empty) return t('display.triangulation.noEvidence');
  return t('display.triangulation.detail', { sources: new Set(evidence.map((item) => item.source.id)).size, informants: cell.informants });
};

export type KindAxis = GridAxis & { clusters: ReadonlyMap<string, string> | null };

export const sourceKindAxis = (data: MatrixData, definition: MatrixDisplayDefinition): KindAxis => {
  const kinds = rowValues(data, { dimension: 'source-kind', period: 'year', filters: definition.filters });
  if (definition.splitByRole !== true) {
    return {
      values: kinds.map((kind): AxisValue => ({ ...kind, groupId: null })),
      placesOf: (item) => [{ key: item.source.kind, evidence: item }],
      clusters: null,
    };
  }
  const roles = rowValues(data, { dimension: 'role', period: 'year', filters: definition.filters });
  const roleOf = new Map(data.informants.map((informant) => [informant.id, informant.role]));
  const values = kinds.flatMap((kind): AxisValue[] => [
    ...roles.map((role) => ({ id: kindRoleColumnId(kind.id, role.id), label: role.label, none: false, groupId: kind.id })),
    { id: kindRoleColumnId(kind.id, NONE_KEY), label: t('display.matrix.noRole'), none: true, groupId: kind.id, optional: true },
  ]);
  const placesOf = (item: MatrixEvidence): Place[] => {
    if (item.informantIds.length === 0) return [{ key: kindRoleColumnId(item.source.kind, NONE_KEY), evidence: item }];
    const byRole = new Map<string, Id[]>();
    for (const id of item.informantIds) {
      const role = roleOf.get(id) ?? NONE_KEY;
      byRole.set(role, [...(byRole.get(role) ?? []), id]);
    }
    return [...byRole].map(([role, informantIds]) => ({ key: kindRoleColumnId(item.source.kind, role), evidence: { ...item, informantIds } }));
  };
  return { values, placesOf, clusters: new Map(kinds.map((kind) => [kind.id, kind.label])) };
};
