// The codings a matrix display counts, each with its source and the informants it belongs to (the one attribution
// rule, attribution.ts), after the display's filters: source kinds, date range, coders, informant roles and attributes.
import type { Coding, Id, Informant } from '../model/index.ts';
import { attributeRange, prepareAttribution, type SourceAttribution } from './attribution.ts';
import type { MatrixData, MatrixFilters, MatrixSource } from './matrixTypes.ts';
import { sourceBlocks } from './sourceBlocks.ts';

export type MatrixEvidence = {
  coding: Coding;
  source: MatrixSource;
  /** The informants it belongs to that the role and attribute filters keep; empty: it belongs to no informant. */
  informantIds: Id[];
};

const inDateRange = (source: MatrixSource, filters: MatrixFilters): boolean => {
  const from = filters.dateFrom ?? null;
  const to = filters.dateTo ?? null;
  if (from === null && to === null) return true;
  if (source.date === null) return false;
  return (from === null || source.date >= from) && (to === null || source.date <= to);
};

/** The sources the filters keep (kind and date range), in the data's order. */
export const filteredSources = (sources: readonly MatrixSource[], filters: MatrixFilters = {}): MatrixSource[] =>
  sources.filter((source) => (filters.sourceKinds == null || filters.sourceKinds.includes(source.kind)) && inDateRange(source, filters));

/** An attribute's value as text, the way an attribute filter compares it ("" when the informant has none). */
export const attributeText = (informant: Informant, name: string): string => {
  const attribute = Object.hasOwn(informant.attributes, name) ? informant.attributes[name] : undefined;
  return attribute === undefined ? '' : String(attribute.value);
};

/** The informants the role and attribute filters keep, in the data's order. */
export const filteredInformants = (informants: readonly Informant[], filters: MatrixFilters = {}): Informant[] =>
  informants.filter((informant) =>
    (filters.roles == null || filters.roles.includes(informant.role)) &&
    (filters.attributes ?? []).every((filter) => filter.values.includes(attributeText(informant, filter.name))));

/**
 * The evidence of the codings `counts` accepts (by code), in the data's order. With a role or attribute filter, a
 * coding keeps only the informants the filter keeps and is left out when none remains.
 */
export const collectMatrixEvidence = (data: MatrixData, counts: (coding: Coding) => boolean, filters: MatrixFilters = {}): MatrixEvidence[] => {
  const sources = new Map(filteredSources(data.sources, filters).map((source) => [source.id, source]));
  const kept = filters.roles == null && (filters.attributes ?? []).length === 0 ? null : new Set(filteredInformants(data.informants, filters).map((informant) => informant.id));
  const prepared = new Map<Id, SourceAttribution>();
  const evidence: MatrixEvidence[] = [];
  for (const coding of data.codings) {
    const source = sources.get(coding.sourceId);
    if (source === undefined || !counts(coding)) continue;
    if (filters.coderIds != null && !filters.coderIds.includes(coding.coderId)) continue;
    let attribution = prepared.get(source.id);
    if (attribution === undefined) {
      attribution = prepareAttribution(source, sourceBlocks(source));
      prepared.set(source.id, attribution);
    }
    const attributed = attributeRange(attribution, coding.start, coding.end).informantIds;
    const informantIds = kept === null ? attributed : attributed.filter((id) => kept.has(id));
    if (kept !== null && informantIds.length === 0) continue;
    evidence.push({ coding, source, informantIds });
  }
  return evidence;
};
