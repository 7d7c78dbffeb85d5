// A source's blocks, the units the transcript shows one per row and numbers in its margin (¶ 1, 2, …): its turns in
// order, plus any text between turns (headings, notes) as plain paragraphs. Sources without turns become one block per
// paragraph. Block i is paragraph number i + 1, so the app, the exports and the CLI cite the same "¶" (docs/attribution.md).
import type { Turn } from '../model/source.ts';
import { sortedTurns } from './textUnits.ts';

export type TranscriptBlock = { start: number; end: number; speaker: string | null; timestamp: string | null };

const paragraphsOf = (text: string, from: number, to: number): TranscriptBlock[] => {
  const blocks: TranscriptBlock[] = [];
  const pattern = /\n[ \t]*\n/g;
  pattern.lastIndex = from;
  let start = from;
  for (let match = pattern.exec(text); match !== null && match.index < to; match = pattern.exec(text)) {
    if (text.slice(start, match.index).trim() !== '') blocks.push({ start, end: match.index, speaker: null, timestamp: null });
    start = match.index + match[0].length;
  }
  if (start < to && text.slice(start, to).trim() !== '') blocks.push({ start, end: to, speaker: null, timestamp: null });
  return blocks;
};

export const transcriptBlocks = (text: string, turns: readonly Turn[]): TranscriptBlock[] => {
  if (turns.length === 0) return paragraphsOf(text, 0, text.length);
  const blocks: TranscriptBlock[] = [];
  let cursor = 0;
  for (const turn of sortedTurns(turns)) {
    // The importers keep labels out of the canonical text, so gaps are normally just paragraph breaks.
    if (turn.start > cursor) blocks.push(...paragraphsOf(text, cursor, turn.start));
    blocks.push({ start: turn.start, end: turn.end, speaker: turn.speaker, timestamp: turn.timestamp });
    cursor = Math.max(cursor, turn.end);
  }
  if (cursor < text.length) blocks.push(...paragraphsOf(text, cursor, text.length));
  return blocks;
};

/** Index of the first block that ends after `offset` (blocks in text order); blocks.length when none does. */
const firstEndingAfter = (blocks: readonly TranscriptBlock[], offset: number): number => {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
};

/**
 * The indexes [first, last] of the blocks that share at least one character with [start, end) (an empty range: the
 * block holding `start`), by binary search; null when the range lies wholly between blocks.
 */
export const blocksTouching = (blocks: readonly TranscriptBlock[], start: number, end: number): { first: number; last: number } | null => {
  const stop = Math.max(end, start + 1);
  const first = firstEndingAfter(blocks, start);
  if (first === blocks.length || blocks[first].start >= stop) return null;
  let last = first;
  while (last + 1 < blocks.length && blocks[last + 1].start < stop) last += 1;
  return { first, last };
};
