// Joins turn blocks into the canonical plain text ("\n\n" between blocks) and computes each Turn's UTF-16 range.
import type { Turn } from '../model/index.ts';

export type TurnBlock = {
  text: string;
  speaker: string | null;
  timestamp: string | null;
  page: number | null;
};

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Blocks with no visible text are dropped, so every Turn covers at least one character. Linear time. */
export const assembleTurns = (blocks: readonly TurnBlock[]): { text: string; turns: Turn[]; speakers: string[] } => {
  const parts: string[] = [];
  const turns: Turn[] = [];
  const speakers = new Set<string>();
  let offset = 0;
  for (const block of blocks) {
    const text = block.text.trim();
    if (text === '') continue;
    if (parts.length > 0) {
      parts.push(PARAGRAPH_SEPARATOR);
      offset += PARAGRAPH_SEPARATOR.length;
    }
    parts.push(text);
    const turn: Turn = { start: offset, end: offset + text.length, speaker: block.speaker, timestamp: block.timestamp };
    if (block.page !== null) turn.page = block.page;
    turns.push(turn);
    offset += text.length;
    if (block.speaker !== null) speakers.add(block.speaker);
  }
  return { text: parts.join(''), turns, speakers: [...speakers] };
};
