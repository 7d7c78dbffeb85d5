// Where an excerpt sits in its source, as researchers cite it: the paragraph numbers it spans (the 1-based index of
// the transcript's blocks, as the margin shows them) and the timestamp of the recording there, if the source has any.
import { blocksTouching, type TranscriptBlock } from '../text/transcriptBlocks.ts';

/** 1-based paragraph numbers, both inclusive: ¶ 12–13 is { first: 12, last: 13 }. */
export type ParagraphSpan = { first: number; last: number };

export type ExcerptLocation = { paragraphs: ParagraphSpan | null; timestamp: string | null };

/**
 * For each block, the timestamp in force there: its own, else the last one before it. A turn without a timestamp (a
 * speaker's second paragraph, a note) is cited by the time its passage began. Built once per source.
 */
export const timestampsInForce = (blocks: readonly TranscriptBlock[]): (string | null)[] => {
  let current: string | null = null;
  return blocks.map((block) => {
    current = block.timestamp ?? current;
    return current;
  });
};

/**
 * A timestamp as a citation gives it: to the second ("00:14:05.500" → "00:14:05"); the source's own form is kept in
 * the data and the CSV, for tools that seek the recording.
 */
export const citedTimestamp = (timestamp: string): string => timestamp.replace(/[.,]\d+$/, '');

export const locateRange = (
  blocks: readonly TranscriptBlock[], timestamps: readonly (string | null)[], start: number, end: number,
): ExcerptLocation => {
  const touched = blocksTouching(blocks, start, end);
  if (touched === null) return { paragraphs: null, timestamp: null };
  return { paragraphs: { first: touched.first + 1, last: touched.last + 1 }, timestamp: timestamps[touched.first] ?? null };
};
