// Each code's own codings as the codebook counts and quotes them: in source order (source title, then position — the
// order the coded-excerpts screen shows them in), with the number of segments, of sources and of informants. Who a
// segment belongs to follows the one attribution rule (shared/analysis/attribution.ts), worked out once per source.
import { attributeRange, prepareAttribution, type SourceAttribution } from '../analysis/attribution.ts';
import type { Code, Coding, Id, Informant, Source } from '../model/index.ts';

export type CodeTally = {
  /** The code's own codings (not its sub-codes'), in source order. */
  codings: Coding[];
  segments: number;
  sources: number;
  informants: number;
};

export type CodebookCodings = {
  tallies: ReadonlyMap<Id, CodeTally>;
  sourcesById: ReadonlyMap<Id, Source>;
  /** Each source's attribution, prepared on first use. */
  attributionOf: (source: Source) => SourceAttribution;
};

const EMPTY_TALLY: CodeTally = { codings: [], segments: 0, sources: 0, informants: 0 };

export const tallyOf = (codings: CodebookCodings, codeId: Id): CodeTally => codings.tallies.get(codeId) ?? EMPTY_TALLY;

export const codebookCodings = (
  codes: readonly Code[], codings: readonly Coding[], sources: readonly Source[], informants: readonly Pick<Informant, 'id'>[],
): CodebookCodings => {
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const known = new Set(informants.map((informant) => informant.id));
  const prepared = new Map<Id, SourceAttribution>();
  const attributionOf = (source: Source): SourceAttribution => {
    let entry = prepared.get(source.id);
    if (entry === undefined) {
      entry = prepareAttribution(source);
      prepared.set(source.id, entry);
    }
    return entry;
  };
  // Sources ranked once by title (then id, so equal titles keep one order), rather than compared per pair of codings.
  const ranked = [...sources].sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sourceRank = new Map(ranked.map((source, index) => [source.id, index]));
  const byCode = new Map<Id, Coding[]>(codes.map((code) => [code.id, []]));
  for (const coding of codings) {
    // A coding of a code or source no longer there is counted nowhere (the project check reports it).
    if (!sourcesById.has(coding.sourceId)) continue;
    byCode.get(coding.codeId)?.push(coding);
  }
  const tallies = new Map<Id, CodeTally>();
  for (const [codeId, own] of byCode) {
    own.sort((a, b) => (sourceRank.get(a.sourceId) ?? 0) - (sourceRank.get(b.sourceId) ?? 0) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const sourceIds = new Set<Id>();
    const informantIds = new Set<Id>();
    for (const coding of own) {
      const source = sourcesById.get(coding.sourceId);
      if (source === undefined) continue;
      sourceIds.add(source.id);
      for (const id of attributeRange(attributionOf(source), coding.start, coding.end).informantIds) if (known.has(id)) informantIds.add(id);
    }
    tallies.set(codeId, { codings: own, segments: own.length, sources: sourceIds.size, informants: informantIds.size });
  }
  return { tallies, sourcesById, attributionOf };
};
