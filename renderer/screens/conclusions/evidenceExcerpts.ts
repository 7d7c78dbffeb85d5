// What the Conclusions screen shows of a coded excerpt: its quote (speaker turns labelled), the informants the one
// attribution rule gives it with their pseudonyms and roles, and its source's title, kind and date; and the coded
// excerpts of a conclusion's linked codes, offered in the "Add excerpts…" picker. Pure: reads MatrixData only.
import type { Id, IsoDate, SourceKind } from '../../../shared/model/index.ts';
import type { MatrixData, MatrixSource } from '../../../shared/analysis/matrixTypes.ts';
import { attributeRange, prepareAttribution, type SourceAttribution } from '../../../shared/analysis/attribution.ts';
import { excerptQuote } from '../../../shared/export/excerptQuote.ts';

export type ExcerptCard = {
  codingId: Id;
  codeId: Id;
  sourceId: Id;
  sourceTitle: string;
  sourceKind: SourceKind;
  date: IsoDate | null;
  start: number;
  end: number;
  quote: string;
  informants: { id: Id; pseudonym: string; role: string }[];
};

/** Builds excerpt cards over one project's data; each source is prepared for attribution once, on first use. */
export const excerptCards = (data: MatrixData) => {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const codings = new Map(data.codings.map((coding) => [coding.id, coding]));
  const informants = new Map(data.informants.map((informant) => [informant.id, informant]));
  const prepared = new Map<Id, SourceAttribution>();
  const attributionOf = (source: MatrixSource): SourceAttribution => {
    let found = prepared.get(source.id);
    if (found === undefined) {
      found = prepareAttribution(source);
      prepared.set(source.id, found);
    }
    return found;
  };

  /** The card of a coding; undefined when the coding or its source is gone. */
  const card = (codingId: Id): ExcerptCard | undefined => {
    const coding = codings.get(codingId);
    const source = coding === undefined ? undefined : sources.get(coding.sourceId);
    if (coding === undefined || source === undefined) return undefined;
    const attribution = attributionOf(source);
    const ids = attributeRange(attribution, coding.start, coding.end).informantIds;
    return {
      codingId, codeId: coding.codeId, sourceId: source.id, sourceTitle: source.title, sourceKind: source.kind, date: source.date,
      start: coding.start, end: coding.end, quote: excerptQuote(source.text, attribution.blocks, coding.start, coding.end),
      informants: ids.map((id) => ({ id, pseudonym: informants.get(id)?.pseudonym ?? id, role: informants.get(id)?.role ?? '' })),
    };
  };

  /** The coded excerpts of these codes, in source title then text order. */
  const ofCodes = (codeIds: readonly Id[]): ExcerptCard[] => {
    const wanted = new Set(codeIds);
    return data.codings
      .filter((coding) => wanted.has(coding.codeId))
      .flatMap((coding) => card(coding.id) ?? [])
      .sort((a, b) => a.sourceTitle.localeCompare(b.sourceTitle) || a.sourceId.localeCompare(b.sourceId) || a.start - b.start || a.end - b.end);
  };

  return { card, ofCodes };
};
