// The rows and columns a code matrix can have: every value of the dimension (all informants, roles, sources, source
// kinds, periods between the first and last source date, the chosen codes), so a caller sees empty ones and may hide
// them, and the keys each piece of evidence falls under. "" is the key of "no informant", "no role" and "no date".
import { codePath, indexCodes } from '../codebook/codeTree.ts';
import { t } from '../i18n/translate.ts';
import { SOURCE_KINDS, type Id } from '../model/index.ts';
import { filteredInformants, filteredSources, type MatrixEvidence } from './matrixEvidence.ts';
import { periodLabel, periodOf, periodRange } from './matrixPeriods.ts';
import type { MatrixColumnDimension, MatrixData, MatrixFilters, MatrixRowDimension, PeriodBinning } from './matrixTypes.ts';

export const NONE_KEY = '';

/** A dimension's value before it is counted: its id, its label, and whether it is the "none" value. */
export type DimensionValue = { id: string; label: string; none: boolean };

export type RowSetting = { dimension: MatrixRowDimension; period: PeriodBinning; filters: MatrixFilters };

const byLabel = (a: DimensionValue, b: DimensionValue): number => a.label.localeCompare(b.label);

const noneValue = (dimension: MatrixRowDimension): DimensionValue => ({
  id: NONE_KEY,
  none: true,
  label: t(dimension === 'informant' ? 'display.matrix.noInformant' : dimension === 'role' ? 'display.matrix.noRole' : 'display.matrix.noDate'),
});

const kindValues = (filters: MatrixFilters): DimensionValue[] =>
  SOURCE_KINDS.filter((kind) => filters.sourceKinds == null || filters.sourceKinds.includes(kind))
    .map((kind) => ({ id: kind, label: t(`sources.kind.${kind}`), none: false }));

/** Every row value of the dimension the filters allow, in reading order, without the "none" row. */
export const rowValues = (data: MatrixData, { dimension, period, filters }: RowSetting): DimensionValue[] => {
  switch (dimension) {
    case 'informant':
      return filteredInformants(data.informants, filters).map((informant) => ({ id: informant.id, label: informant.pseudonym, none: false })).sort(byLabel);
    case 'role': {
      const roles = new Set(filteredInformants(data.informants, filters).map((informant) => informant.role).filter((role) => role !== NONE_KEY));
      return [...roles].map((role) => ({ id: role, label: role, none: false })).sort(byLabel);
    }
    case 'source':
      return filteredSources(data.sources, filters).map((source) => ({ id: source.id, label: source.title, none: false })).sort(byLabel);
    case 'source-kind':
      return kindValues(filters);
    case 'period': {
      const periods = filteredSources(data.sources, filters).map((source) => periodOf(source.date, period)).filter((found) => found !== null);
      return periodRange(periods, period).map((id) => ({ id, label: periodLabel(id), none: false }));
    }
  }
};

/** The "none" row of a dimension that has one (codings of no informant, no role, or sources without a date). */
export const noneRow = (dimension: MatrixRowDimension): DimensionValue | null =>
  dimension === 'informant' || dimension === 'role' || dimension === 'period' ? noneValue(dimension) : null;

/**
 * The rows one piece of evidence falls in, each with the informants it counts there: one row per informant (or role)
 * it belongs to, with that informant (or those of that role) only, else the none row; any other row takes it whole.
 */
export const rowPlacesOf = (evidence: MatrixEvidence, roleOf: ReadonlyMap<Id, string>, { dimension, period }: RowSetting): { key: string; evidence: MatrixEvidence }[] => {
  const whole = (key: string) => [{ key, evidence }];
  switch (dimension) {
    case 'informant':
      if (evidence.informantIds.length === 0) return whole(NONE_KEY);
      // One informant (the common case) keeps the evidence as it is: no copy per coding.
      if (evidence.informantIds.length === 1) return whole(evidence.informantIds[0]);
      return evidence.informantIds.map((id) => ({ key: id, evidence: { ...evidence, informantIds: [id] } }));
    case 'role': {
      if (evidence.informantIds.length === 0) return whole(NONE_KEY);
      const roles = [...new Set(evidence.informantIds.map((id) => roleOf.get(id) ?? NONE_KEY))];
      if (roles.length === 1) return whole(roles[0]);
      return roles.map((role) => ({ key: role, evidence: { ...evidence, informantIds: evidence.informantIds.filter((id) => (roleOf.get(id) ?? NONE_KEY) === role) } }));
    }
    case 'source':
      return whole(evidence.source.id);
    case 'source-kind':
      return whole(evidence.source.kind);
    case 'period':
      return whole(periodOf(evidence.source.date, period) ?? NONE_KEY);
  }
};

/** The column values: the chosen codes (labelled by their path) or the source kinds. */
export const columnValues = (data: MatrixData, dimension: MatrixColumnDimension, codeIds: readonly Id[], filters: MatrixFilters): DimensionValue[] => {
  if (dimension === 'source-kind') return kindValues(filters);
  const byId = indexCodes(data.codes);
  return codeIds.map((id) => ({ id, label: codePath(byId, id), none: false }));
};
