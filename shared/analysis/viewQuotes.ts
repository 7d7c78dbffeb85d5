// The quote a display shows of an excerpt inside a cell: the coded text with its runs of white space (turn breaks
// included) made single spaces, and a long one cut at a word before QUOTE_LIMIT characters with an ellipsis, so an
// event listing stays a listing; the excerpts panel and the exports give the whole text.
import type { MatrixEvidence } from './matrixEvidence.ts';
import type { ViewExcerpt } from './displayView.ts';

export const QUOTE_LIMIT = 240;
/** Enough of the text to fill a quote even when much of it is white space. */
const READ_LIMIT = QUOTE_LIMIT * 2;

/** `more`: the text given is only the start of the excerpt (a long one is not read whole to show its beginning). */
export const trimQuote = (text: string, limit = QUOTE_LIMIT, more = false): string => {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= limit) return more ? `${plain}…` : plain;
  const cut = plain.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  // A quote with no space in its first half (a long URL, a word list without spaces) is cut where the limit falls.
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
};

export const viewExcerpt = ({ coding, source, informantIds }: MatrixEvidence): ViewExcerpt => ({
  codingId: coding.id,
  sourceId: source.id,
  sourceTitle: source.title,
  informantIds,
  quote: trimQuote(source.text.slice(coding.start, Math.min(coding.end, coding.start + READ_LIMIT)), QUOTE_LIMIT, coding.end > coding.start + READ_LIMIT),
});
