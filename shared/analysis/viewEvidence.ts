// The evidence of a saved display: the codings its codes take in (matrixEvidence.ts, by the one attribution rule),
// after every filter of its definition. When the display dates codings by an informant date attribute instead of the
// source date, the date range keeps the informants whose date lies in it, as the role filter keeps informants.
import type { Id, Informant, IsoDate, MatrixDisplayDefinition, Coding } from '../model/index.ts';
import { collectMatrixEvidence, type MatrixEvidence } from './matrixEvidence.ts';
import type { MatrixData, MatrixFilters } from './matrixTypes.ts';

/** An informant's date in the attribute (of type date) named; null when they have none. */
export const attributeDate = (informant: Informant, name: string): IsoDate | null => {
  const attribute = Object.hasOwn(informant.attributes, name) ? informant.attributes[name] : undefined;
  return attribute?.type === 'date' ? attribute.value : null;
};

/** Each informant's date in the display's date attribute; null when the display dates codings by their source. */
export const informantDates = (data: MatrixData, definition: MatrixDisplayDefinition): Map<Id, IsoDate | null> | null => {
  const name = definition.dateAttribute ?? null;
  return name === null ? null : new Map(data.informants.map((informant) => [informant.id, attributeDate(informant, name)]));
};

const inRange = (date: IsoDate | null, from: IsoDate | null, to: IsoDate | null): boolean =>
  date !== null && (from === null || date >= from) && (to === null || date <= to);

export const collectViewEvidence = (data: MatrixData, definition: MatrixDisplayDefinition, counts: (coding: Coding) => boolean): MatrixEvidence[] => {
  const filters: MatrixFilters = definition.filters;
  const dates = informantDates(data, definition);
  if (dates === null) return collectMatrixEvidence(data, counts, filters);
  const from = filters.dateFrom ?? null;
  const to = filters.dateTo ?? null;
  const evidence = collectMatrixEvidence(data, counts, { ...filters, dateFrom: null, dateTo: null });
  if (from === null && to === null) return evidence;
  return evidence.flatMap((item) => {
    const informantIds = item.informantIds.filter((id) => inRange(dates.get(id) ?? null, from, to));
    return informantIds.length === 0 ? [] : [{ ...item, informantIds }];
  });
};
