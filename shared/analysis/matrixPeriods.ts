// Binning source dates into the periods of a time-ordered display: by year ("2024") or by quarter ("2024-Q3"), with
// every period between the first and the last filled in, so a quiet quarter shows as an empty row, not as a gap.
import { t } from '../i18n/translate.ts';
import type { IsoDate } from '../model/index.ts';
import type { PeriodBinning } from './matrixTypes.ts';

const ISO_DATE_START = /^(\d{4})-(\d{2})/;

/** The period a date falls in; null for no date or one that is not an ISO date. */
export const periodOf = (date: IsoDate | null, binning: PeriodBinning): string | null => {
  const match = date === null ? null : ISO_DATE_START.exec(date);
  if (match === null) return null;
  const [, year, month] = match;
  return binning === 'year' ? year : `${year}-Q${Math.ceil(Number(month) / 3)}`;
};

const QUARTER_ID = /^(\d{4})-Q([1-4])$/;

/** A period's label as a reader sees it. */
export const periodLabel = (period: string): string => {
  const quarter = QUARTER_ID.exec(period);
  return quarter === null ? period : t('display.period.quarter', { year: quarter[1], quarter: quarter[2] });
};

/** A period as a count of its bins since year 0, so consecutive periods differ by one. */
const periodIndex = (period: string): number => {
  const quarter = QUARTER_ID.exec(period);
  return quarter === null ? Number(period) : Number(quarter[1]) * 4 + Number(quarter[2]) - 1;
};

const periodAt = (index: number, binning: PeriodBinning): string =>
  binning === 'year' ? String(index).padStart(4, '0') : `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;

/** Every period from the earliest to the latest of `periods`, in order. */
export const periodRange = (periods: Iterable<string>, binning: PeriodBinning): string[] => {
  const indexes = [...periods].map(periodIndex);
  if (indexes.length === 0) return [];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  return Array.from({ length: last - first + 1 }, (_, offset) => periodAt(first + offset, binning));
};
