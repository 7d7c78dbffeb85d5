// The periods of a time-ordered display or event listing: years or quarters (matrixPeriods.ts, every period between the
// first and the last filled in) or the periods the user defines, each a labelled range of dates, both ends inclusive;
// a date in two overlapping user periods falls in both, one in none of them goes to the "no period" row.
import type { DisplayPeriods, IsoDate } from '../model/index.ts';
import { periodLabel, periodOf, periodRange } from './matrixPeriods.ts';
import type { DimensionValue } from './matrixDimensions.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The ids of the periods a date falls in: one year or quarter, or every user period holding it; none for no date. */
export const periodIdsOf = (date: IsoDate | null, periods: DisplayPeriods): string[] => {
  if (periods.kind !== 'custom') {
    const found = periodOf(date, periods.kind);
    return found === null ? [] : [found];
  }
  if (date === null || !ISO_DATE.test(date)) return [];
  const day = date.slice(0, 10);
  return periods.periods.filter((period) => period.from <= day && day <= period.to).map((period) => period.id);
};

/** The period rows: the user's periods in their order, or every year or quarter from the earliest to the latest date. */
export const periodValues = (dates: Iterable<IsoDate | null>, periods: DisplayPeriods): DimensionValue[] => {
  if (periods.kind === 'custom') return periods.periods.map((period) => ({ id: period.id, label: period.label, none: false }));
  const found = new Set<string>();
  for (const date of dates) {
    const period = periodOf(date, periods.kind);
    if (period !== null) found.add(period);
  }
  return periodRange(found, periods.kind).map((id) => ({ id, label: periodLabel(id), none: false }));
};
