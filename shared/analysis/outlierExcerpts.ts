// What an outlier said on a conclusion's codes (issue 10, checking the meaning of outliers): the codings of those codes
// (sub-codes included) that belong to one informant by the one attribution rule, in source and text order, so the
// conclusion's page can open each excerpt where it was said.
import { subtreeIds } from '../codebook/codeTree.ts';
import type { Coding, Id } from '../model/index.ts';
import { attributeRange, prepareAttribution } from './attribution.ts';
import type { MatrixData } from './matrixTypes.ts';

export const outlierExcerpts = (data: MatrixData, codeIds: readonly Id[], informantId: Id): Coding[] => {
  const wanted = new Set(codeIds.flatMap((id) => [...subtreeIds(data.codes, id)]));
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const order = new Map(data.sources.map((source, index) => [source.id, index]));
  const prepared = new Map<Id, ReturnType<typeof prepareAttribution>>();
  const found: Coding[] = [];
  for (const coding of data.codings) {
    const source = sources.get(coding.sourceId);
    // Only sources that name the informant or link a speaker to them hold their words: the others need no attribution.
    if (!wanted.has(coding.codeId) || source === undefined) continue;
    if (!source.informantIds.includes(informantId) && !Object.values(source.speakerLinks).includes(informantId)) continue;
    let attribution = prepared.get(source.id);
    if (attribution === undefined) {
      attribution = prepareAttribution(source);
      prepared.set(source.id, attribution);
    }
    if (attributeRange(attribution, coding.start, coding.end).informantIds.includes(informantId)) found.push(coding);
  }
  return found.sort((a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0) || a.start - b.start || a.id.localeCompare(b.id));
};
