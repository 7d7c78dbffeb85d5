// The transcript's blocks: every turn in order, text outside turns kept as paragraphs, turn-less text split on blank lines.
import { describe, expect, it } from 'vitest';
import { transcriptBlocks } from '../../../../shared/text/transcriptBlocks.ts';

describe('transcriptBlocks', () => {
  it('splits a source without turns into its paragraphs', () => {
    const text = 'First paragraph.\n\nSecond\nstill second.\n\n  \n\nThird.';
    const blocks = transcriptBlocks(text, []);
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual(['First paragraph.', 'Second\nstill second.', 'Third.']);
    expect(blocks.every((block) => block.speaker === null)).toBe(true);
  });

  it('keeps turns in text order with their speakers and timestamps', () => {
    const text = 'Hello there.\n\nHi.';
    const blocks = transcriptBlocks(text, [
      { start: 14, end: 17, speaker: 'R1', timestamp: '00:00:05' },
      { start: 0, end: 12, speaker: 'INT', timestamp: null },
    ]);
    expect(blocks).toEqual([
      { start: 0, end: 12, speaker: 'INT', timestamp: null },
      { start: 14, end: 17, speaker: 'R1', timestamp: '00:00:05' },
    ]);
  });

  it('shows text that lies between or after turns as plain paragraphs', () => {
    const text = 'Q one.\n\nA note between turns.\n\nA one.\n\nClosing remark.';
    const blocks = transcriptBlocks(text, [
      { start: 0, end: 6, speaker: 'Q', timestamp: null },
      { start: 31, end: 37, speaker: 'A', timestamp: null },
    ]);
    expect(blocks.map((block) => [text.slice(block.start, block.end), block.speaker])).toEqual([
      ['Q one.', 'Q'],
      ['A note between turns.', null],
      ['A one.', 'A'],
      ['Closing remark.', null],
    ]);
  });
});
