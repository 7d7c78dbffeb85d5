// The one attribution rule (DESIGN.md "Analysis rules", docs/attribution.md): which informants a coded range belongs
// to. Retrieval, its counts and filters, the exports, and later the displays, the report and the CLI all ask here.
import type { Id } from '../model/ids.ts';
import type { Source } from '../model/source.ts';
import { blocksTouching, transcriptBlocks, type TranscriptBlock } from '../text/transcriptBlocks.ts';

export type AttributableSource = Pick<Source, 'text' | 'turns' | 'informantIds' | 'speakerLinks'>;

/** What attribution needs of one source, worked out once and reused for each of its codings. */
export type SourceAttribution = {
  blocks: readonly TranscriptBlock[];
  speakerLinks: Readonly<Record<string, Id>>;
  /** The informant everything belongs to: set only when the source has exactly one informant and no linked speaker. */
  soleInformant: Id | null;
};

export type Attribution = {
  /** Speakers of the turns the range touches, in text order, each once. */
  speakers: string[];
  /** Informants the range belongs to, in text order, each once; empty when it belongs to no informant. */
  informantIds: Id[];
};

/** A speaker counts as linked only when a turn of this source is theirs: a link left over from a rename does not. */
const hasLinkedSpeaker = (blocks: readonly TranscriptBlock[], links: Readonly<Record<string, Id>>): boolean =>
  blocks.some((block) => block.speaker !== null && Object.hasOwn(links, block.speaker));

export const prepareAttribution = (source: AttributableSource, blocks = transcriptBlocks(source.text, source.turns)): SourceAttribution => ({
  blocks,
  speakerLinks: source.speakerLinks,
  soleInformant: source.informantIds.length === 1 && !hasLinkedSpeaker(blocks, source.speakerLinks) ? source.informantIds[0] : null,
});

const pushOnce = <T>(list: T[], value: T): void => {
  if (!list.includes(value)) list.push(value);
};

/**
 * The rule: a range belongs to the informant linked to the speaker of each turn it touches; in a source with exactly
 * one informant and no linked speaker, to that informant; turns of unlinked speakers (the interviewer) and plain
 * paragraphs add no one.
 */
export const attributeRange = (prepared: SourceAttribution, start: number, end: number): Attribution => {
  const speakers: string[] = [];
  const informantIds: Id[] = [];
  const touched = blocksTouching(prepared.blocks, start, end);
  if (prepared.soleInformant !== null) informantIds.push(prepared.soleInformant);
  if (touched === null) return { speakers, informantIds };
  for (let index = touched.first; index <= touched.last; index += 1) {
    const { speaker } = prepared.blocks[index];
    if (speaker === null) continue;
    pushOnce(speakers, speaker);
    if (prepared.soleInformant === null && Object.hasOwn(prepared.speakerLinks, speaker)) pushOnce(informantIds, prepared.speakerLinks[speaker]);
  }
  return { speakers, informantIds };
};
