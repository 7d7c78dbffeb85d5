// Splits a source's canonical text into the blocks the transcript shows: its turns in order, plus any text between
// turns (headings, notes) as plain paragraphs. Sources without turns become one block per paragraph.
import type { Turn } from '../../shared/model/index.ts';

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

export const transcriptBlocks = (text: string, turns: Turn[]): TranscriptBlock[] => {
  if (turns.length === 0) return paragraphsOf(text, 0, text.length);
  const ordered = [...turns].sort((a, b) => a.start - b.start);
  const blocks: TranscriptBlock[] = [];
  let cursor = 0;
  for (const turn of ordered) {
    // The importers keep labels out of the canonical text, so gaps are normally just paragraph breaks.
    if (turn.start > cursor) blocks.push(...paragraphsOf(text, cursor, turn.start));
    blocks.push({ start: turn.start, end: turn.end, speaker: turn.speaker, timestamp: turn.timestamp });
    cursor = Math.max(cursor, turn.end);
  }
  if (cursor < text.length) blocks.push(...paragraphsOf(text, cursor, text.length));
  return blocks;
};
