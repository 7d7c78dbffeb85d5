// Shared assertions about a source's structure: turns in order, non-overlapping, each covering visible text,
// and together with "\n\n" separators reproducing the whole canonical text.
import { expect } from 'vitest';
import type { Turn } from '../../shared/model/index.ts';

export const expectTurnsTileText = (text: string, turns: readonly Turn[]): void => {
  const pieces: string[] = [];
  let previousEnd = -2;
  for (const turn of turns) {
    expect(turn.start).toBe(previousEnd + 2);
    expect(turn.end).toBeGreaterThan(turn.start);
    const spoken = text.slice(turn.start, turn.end);
    expect(spoken).toBe(spoken.trim());
    if (previousEnd >= 0) expect(text.slice(previousEnd, turn.start)).toBe('\n\n');
    pieces.push(spoken);
    previousEnd = turn.end;
  }
  expect(pieces.join('\n\n')).toBe(text);
};

export const spokenBy = (text: string, turns: readonly Turn[], speaker: string | null): string[] =>
  turns.filter((turn) => turn.speaker === speaker).map((turn) => text.slice(turn.start, turn.end));
