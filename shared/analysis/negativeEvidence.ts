// Looking for negative evidence (issue 10, M&H tactic 8): the query over the codes the researcher marked as
// counter-evidence, within one conclusion's scope — the sources and informants behind its supporting evidence and
// behind the codings of its own codes (sub-codes included). A hit is a coding of a counter-evidence code (or one of its
// sub-codes) lying in one of those sources or belonging, by the one attribution rule, to one of those informants;
// each says whether the conclusion already holds it as evidence. The conclusion's disconfirming items come beside
// them. "None found" is a result too: its note records the scope the query ran over.
import { codePath, indexCodes, subtreeIds } from '../codebook/codeTree.ts';
import { getLocale, t, type Locale } from '../i18n/translate.ts';
import type { Conclusion, EvidenceItem, EvidenceStance, Id } from '../model/index.ts';
import { attributeRange, prepareAttribution, type SourceAttribution } from './attribution.ts';
import { codingIdsOf } from './conclusionOverview.ts';
import type { EvidenceLookups } from './conclusionEvidence.ts';
import type { MatrixData, MatrixSource } from './matrixTypes.ts';

export type NegativeEvidenceScope = {
  /** The conclusion's own codes as it names them. */
  conclusionCodeIds: Id[];
  /** The codes marked as counter-evidence, in code-tree data order. */
  counterCodeIds: Id[];
  sourceIds: Id[];
  informantIds: Id[];
};

export type NegativeEvidenceHit = {
  codingId: Id;
  codeId: Id;
  sourceId: Id;
  start: number;
  end: number;
  informantIds: Id[];
  /** How the conclusion already holds this coding as evidence; null when it does not. */
  stance: EvidenceStance | null;
};

export type NegativeEvidence = { scope: NegativeEvidenceScope; hits: NegativeEvidenceHit[]; disconfirming: EvidenceItem[] };

export const findNegativeEvidence = (
  data: MatrixData, conclusion: Pick<Conclusion, 'codeIds' | 'evidence'>, lookups: EvidenceLookups = {},
): NegativeEvidence => {
  const sources = new Map<Id, MatrixSource>(data.sources.map((source) => [source.id, source]));
  const prepared = new Map<Id, SourceAttribution>();
  const informantsOf = (coding: { sourceId: Id; start: number; end: number }): Id[] => {
    const source = sources.get(coding.sourceId);
    if (source === undefined) return [];
    let attribution = prepared.get(source.id);
    if (attribution === undefined) {
      attribution = prepareAttribution(source);
      prepared.set(source.id, attribution);
    }
    return attributeRange(attribution, coding.start, coding.end).informantIds;
  };
  const codings = new Map(data.codings.map((coding) => [coding.id, coding]));
  const known = indexCodes(data.codes);
  const ownCodes = new Set(conclusion.codeIds.filter((id) => known.has(id)).flatMap((id) => [...subtreeIds(data.codes, id)]));
  const counterCodeIds = data.codes.filter((code) => code.counterEvidence === true).map((code) => code.id);
  const counterCodes = new Set(counterCodeIds.flatMap((id) => [...subtreeIds(data.codes, id)]));

  const sourceIds = new Set<Id>();
  const informantIds = new Set<Id>();
  const widen = (coding: { sourceId: Id; start: number; end: number }) => {
    if (!sources.has(coding.sourceId)) return;
    sourceIds.add(coding.sourceId);
    for (const id of informantsOf(coding)) informantIds.add(id);
  };
  const stanceOf = new Map<Id, EvidenceStance>();
  for (const item of conclusion.evidence) {
    if (item.target.kind === 'coding' && !stanceOf.has(item.target.codingId)) stanceOf.set(item.target.codingId, item.stance);
    if (item.stance !== 'supporting') continue;
    for (const id of codingIdsOf(item, lookups)) {
      const coding = codings.get(id);
      if (coding !== undefined) widen(coding);
    }
  }
  for (const coding of data.codings) if (ownCodes.has(coding.codeId)) widen(coding);

  const hits: NegativeEvidenceHit[] = [];
  for (const coding of data.codings) {
    if (!counterCodes.has(coding.codeId) || !sources.has(coding.sourceId)) continue;
    const informants = informantsOf(coding);
    if (!sourceIds.has(coding.sourceId) && !informants.some((id) => informantIds.has(id))) continue;
    hits.push({
      codingId: coding.id, codeId: coding.codeId, sourceId: coding.sourceId, start: coding.start, end: coding.end, informantIds: informants,
      stance: stanceOf.get(coding.id) ?? null,
    });
  }
  const titleOf = (id: Id) => sources.get(id)?.title ?? '';
  hits.sort((a, b) => titleOf(a.sourceId).localeCompare(titleOf(b.sourceId)) || a.sourceId.localeCompare(b.sourceId) || a.start - b.start || a.codingId.localeCompare(b.codingId));
  return {
    scope: { conclusionCodeIds: [...conclusion.codeIds], counterCodeIds, sourceIds: [...sourceIds].sort(), informantIds: [...informantIds].sort() },
    hits,
    disconfirming: conclusion.evidence.filter((item) => item.stance === 'disconfirming'),
  };
};

/** The note of a "none found" entry in the tactics log: what was looked for, and where. */
export const negativeEvidenceNote = (scope: NegativeEvidenceScope, data: Pick<MatrixData, 'codes' | 'informants'>, locale: Locale = getLocale()): string => {
  const byId = indexCodes(data.codes);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const paths = (ids: readonly Id[]) => ids.filter((id) => byId.has(id)).map((id) => codePath(byId, id));
  const counter = paths(scope.counterCodeIds);
  const own = paths(scope.conclusionCodeIds);
  const names = new Map(data.informants.map((informant) => [informant.id, informant.pseudonym]));
  const informants = scope.informantIds.map((id) => names.get(id) ?? id);
  return t('verification.negative.note', {
    codes: counter.length === 0 ? t('verification.negative.noneMarked', undefined, locale) : list.format(counter),
    scopeCodes: own.length === 0 ? t('verification.negative.noneLinked', undefined, locale) : list.format(own),
    sources: scope.sourceIds.length,
    informants: informants.length === 0 ? t('verification.negative.noInformants', undefined, locale) : list.format(informants),
  }, locale);
};
