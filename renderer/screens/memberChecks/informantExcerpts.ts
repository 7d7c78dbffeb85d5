// The coded excerpts that are an informant's own by the one attribution rule, offered when choosing what to return
// to them: only their words may go back to them. Each with a short quote, its code and source. Pure over MatrixData.
import type { Coding, Id } from '../../../shared/model/index.ts';
import type { MatrixData } from '../../../shared/analysis/matrixTypes.ts';
import { attributeRange, prepareAttribution } from '../../../shared/analysis/attribution.ts';

export type InformantExcerpt = { codingId: Id; quote: string; codeName: string; sourceTitle: string };

const QUOTE_LENGTH = 120;

const shortQuote = (text: string): string => {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length <= QUOTE_LENGTH ? words : `${words.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
};

export const informantExcerpts = (data: MatrixData, informantId: Id): InformantExcerpt[] => {
  const codes = new Map(data.codes.map((code) => [code.id, code.name]));
  const bySource = new Map<Id, Coding[]>();
  for (const coding of data.codings) {
    const list = bySource.get(coding.sourceId);
    if (list === undefined) bySource.set(coding.sourceId, [coding]);
    else list.push(coding);
  }
  const excerpts: InformantExcerpt[] = [];
  for (const source of data.sources) {
    const codings = bySource.get(source.id);
    if (codings === undefined) continue;
    const attribution = prepareAttribution(source);
    for (const coding of [...codings].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (!attributeRange(attribution, coding.start, coding.end).informantIds.includes(informantId)) continue;
      excerpts.push({
        codingId: coding.id,
        quote: shortQuote(source.text.slice(coding.start, coding.end)),
        codeName: codes.get(coding.codeId) ?? '',
        sourceTitle: source.title,
      });
    }
  }
  return excerpts;
};
