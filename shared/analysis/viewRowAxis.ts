// The axis of informants, roles, sources, source kinds or periods of a saved display (its rows; a checklist's
// columns): every value the filters allow, in reading order — a role-ordered matrix's roles in the user's order —
// and where each piece of evidence falls, by the one attribution rule (matrixDimensions.ts rowPlacesOf). Codings of
// no informant, no role or no date fall in an optional "none" value, shown only when something falls there.
import { t } from '../i18n/translate.ts';
import type { DisplayPeriods, DisplayRows, Id, IsoDate, MatrixDisplayDefinition } from '../model/index.ts';
import { filteredInformants, filteredSources, type MatrixEvidence } from './matrixEvidence.ts';
import { NONE_KEY, noneRow, rowPlacesOf, rowValues, type DimensionValue, type RowSetting } from './matrixDimensions.ts';
import type { MatrixData } from './matrixTypes.ts';
import { informantDates } from './viewEvidence.ts';
import { periodIdsOf, periodValues } from './viewPeriods.ts';
import type { AxisValue, GridAxis, Place } from './viewGrid.ts';

const YEARS: DisplayPeriods = { kind: 'year' };

const plain = (values: readonly DimensionValue[]): AxisValue[] => values.map((value) => ({ ...value, groupId: null }));

const noneValue = (dimension: DisplayRows, periods: DisplayPeriods): AxisValue[] => {
  const none = noneRow(dimension);
  if (none === null) return [];
  const label = dimension === 'period' && periods.kind === 'custom' ? t('display.matrix.noPeriod') : none.label;
  return [{ ...none, label, groupId: null, optional: true }];
};

/** Roles in the user's order first (those no informant holds any longer left out), then the others as they came. */
export const orderRoles = (values: readonly DimensionValue[], order: readonly string[]): DimensionValue[] => {
  const byId = new Map(values.map((value) => [value.id, value]));
  const first = [...new Set(order)].flatMap((role) => byId.get(role) ?? []);
  const placed = new Set(first.map((value) => value.id));
  return [...first, ...values.filter((value) => !placed.has(value.id))];
};

/** A period axis: each piece of evidence by its source's date, or by the date of each informant it belongs to. */
const periodAxis = (data: MatrixData, definition: MatrixDisplayDefinition): GridAxis => {
  const periods = definition.periods ?? YEARS;
  const dates = informantDates(data, definition);
  const none = noneValue('period', periods);
  if (dates === null) {
    const sourceDates = filteredSources(data.sources, definition.filters).map((source) => source.date);
    return {
      values: [...plain(periodValues(sourceDates, periods)), ...none],
      placesOf: (item) => {
        const ids = periodIdsOf(item.source.date, periods);
        return ids.length === 0 ? [{ key: NONE_KEY, evidence: item }] : ids.map((key) => ({ key, evidence: item }));
      },
    };
  }
  const from = definition.filters.dateFrom ?? null;
  const to = definition.filters.dateTo ?? null;
  const kept: (IsoDate | null)[] = filteredInformants(data.informants, definition.filters)
    .map((informant) => dates.get(informant.id) ?? null)
    .filter((date) => date !== null && (from === null || date >= from) && (to === null || date <= to));
  return {
    values: [...plain(periodValues(kept, periods)), ...none],
    placesOf: (item) => {
      if (item.informantIds.length === 0) return [{ key: NONE_KEY, evidence: item }];
      const byPeriod = new Map<string, Id[]>();
      for (const id of item.informantIds) {
        const ids = periodIdsOf(dates.get(id) ?? null, periods);
        for (const key of ids.length === 0 ? [NONE_KEY] : ids) byPeriod.set(key, [...(byPeriod.get(key) ?? []), id]);
      }
      return [...byPeriod].map(([key, informantIds]): Place => ({ key, evidence: { ...item, informantIds } }));
    },
  };
};

/** The axis of the dimension `dimension` (a display's rows, or a checklist's columns). */
export const dimensionAxis = (data: MatrixData, definition: MatrixDisplayDefinition, dimension: DisplayRows): GridAxis => {
  if (dimension === 'period') return periodAxis(data, definition);
  const setting: RowSetting = { dimension, period: 'year', filters: definition.filters };
  const values = rowValues(data, setting);
  const ordered = dimension === 'role' && definition.rowOrder !== undefined ? orderRoles(values, definition.rowOrder) : values;
  const roleOf = new Map(data.informants.map((informant) => [informant.id, informant.role]));
  return {
    values: [...plain(ordered), ...noneValue(dimension, YEARS)],
    placesOf: (item: MatrixEvidence) => rowPlacesOf(item, roleOf, setting),
  };
};
