// One informant's own words in a project, for the member-check packet: the coded passages the attribution rule
// (docs/attribution.md) gives them, overlapping passages merged, and each cut down to their own turns. A passage that
// also touches another person's turn, the interviewer's question or a note keeps only this informant's part ("[…]"
// marks a gap), so no one else's words ever go out with a packet; only a source whose every passage is theirs (one
// informant, no linked speaker) is returned whole, with its speakers named as every view shows them.
import type { Coding, Id, Source } from '../../model/index.ts';
import { attributeRange, prepareAttribution, type SourceAttribution } from '../../analysis/attribution.ts';
import { blocksTouching } from '../../text/transcriptBlocks.ts';
import type { Locale } from '../../i18n/translate.ts';
import { excerptQuote } from '../excerptQuote.ts';

export type PacketSource = Pick<Source, 'id' | 'title' | 'date' | 'text' | 'turns' | 'informantIds' | 'speakerLinks'>;
export type PacketCoding = Pick<Coding, 'id' | 'sourceId' | 'start' | 'end'>;

/** A passage of the informant's own words: its text, where it starts, and the codings it gathers. */
export type OwnExcerpt = { sourceId: Id; start: number; quote: string; codingIds: Id[] };

/** Marks words left out between two parts of the informant's own words. */
export const OMISSION = '[…]';

type Range = { start: number; end: number; codingIds: Id[] };

const mergeOverlapping = (ranges: readonly Range[]): Range[] => {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.codingIds.push(...range.codingIds);
    } else merged.push({ ...range, codingIds: [...range.codingIds] });
  }
  return merged;
};

/** The informant's own parts of a range in a source whose speakers are linked: their turns only. */
const ownParts = (source: PacketSource, prepared: SourceAttribution, informantId: Id, range: Range): string[] => {
  const touched = blocksTouching(prepared.blocks, range.start, range.end);
  if (touched === null) return [];
  const parts: { start: number; end: number; lastBlock: number }[] = [];
  for (let index = touched.first; index <= touched.last; index += 1) {
    const block = prepared.blocks[index];
    if (block.speaker === null || !Object.hasOwn(prepared.speakerLinks, block.speaker) || prepared.speakerLinks[block.speaker] !== informantId) continue;
    const start = Math.max(range.start, block.start);
    const end = Math.min(range.end, block.end);
    const previous = parts[parts.length - 1];
    // Two paragraphs of theirs in a row read on as one part.
    if (previous !== undefined && previous.lastBlock === index - 1) {
      previous.end = end;
      previous.lastBlock = index;
    } else parts.push({ start, end, lastBlock: index });
  }
  return parts.map((part) => source.text.slice(part.start, part.end).trim()).filter((words) => words !== '');
};

/** The informant's own excerpts, per source in the order given, each source's in text order. */
export const ownExcerpts = (
  informantId: Id, sources: readonly PacketSource[], codings: readonly PacketCoding[], locale: Locale,
): OwnExcerpt[] => {
  const codingsBySource = new Map<Id, PacketCoding[]>();
  for (const coding of codings) codingsBySource.set(coding.sourceId, [...(codingsBySource.get(coding.sourceId) ?? []), coding]);
  return sources.flatMap((source) => {
    const prepared = prepareAttribution(source);
    const theirs = (codingsBySource.get(source.id) ?? [])
      .filter((coding) => attributeRange(prepared, coding.start, coding.end).informantIds.includes(informantId))
      .map((coding) => ({ start: coding.start, end: coding.end, codingIds: [coding.id] }));
    return mergeOverlapping(theirs).flatMap((range) => {
      const quote = prepared.soleInformant === informantId
        ? excerptQuote(source.text, prepared.blocks, range.start, range.end, locale).trim()
        : ownParts(source, prepared, informantId, range).join(` ${OMISSION} `);
      return quote === '' ? [] : [{ sourceId: source.id, start: range.start, quote, codingIds: range.codingIds }];
    });
  });
};
