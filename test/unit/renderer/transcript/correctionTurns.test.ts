// Correction mode's speaker bar: the turns follow each edit of the textarea and the caret finds its turn, so the
// bar names the right speaker however the text around it is corrected.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { followTurns, turnAtOffset } from '../../../../renderer/transcript/correctionTurns.ts';

const SPOKEN: [string | null, string, string | null][] = [
  [null, 'Interview with Pak Harjo', null],
  ['INT', 'How did your drums first reach buyers abroad?', '00:00:05'],
  ['HARJO', 'A trader from Bali came to the workshop in 2009.', '00:00:12'],
  ['INT', 'What did the association do?', '00:01:02'],
];

/** The canonical text (paragraphs split by a blank line) and its turns. */
const transcript = (): { text: string; turns: Turn[] } => {
  let text = '';
  const turns: Turn[] = [];
  for (const [speaker, words, timestamp] of SPOKEN) {
    if (text !== '') text += '\n\n';
    turns.push({ start: text.length, end: text.length + words.length, speaker, timestamp });
    text += words;
  }
  return { text, turns };
};

/** Types `edits` one after another, as the textarea would, following the turns each time. */
const typeEdits = (start: { text: string; turns: Turn[] }, edits: [string, string][]) =>
  edits.reduce((state, [from, to]) => {
    const next = state.text.replace(from, to);
    return { text: next, turns: followTurns(state.turns, state.text, next) };
  }, start);

describe('followTurns', () => {
  it('keeps every turn on its own words through a series of corrections', () => {
    const corrected = typeEdits(transcript(), [
      ['with Pak', 'with drum maker Pak'],
      ['buyers abroad', 'buyers overseas'],
      ['Bali came', 'Bali first came'],
      ['association do', 'association really do'],
    ]);
    expect(corrected.turns.map((turn) => [turn.speaker, corrected.text.slice(turn.start, turn.end), turn.timestamp])).toEqual([
      [null, 'Interview with drum maker Pak Harjo', null],
      ['INT', 'How did your drums first reach buyers overseas?', '00:00:05'],
      ['HARJO', 'A trader from Bali first came to the workshop in 2009.', '00:00:12'],
      ['INT', 'What did the association really do?', '00:01:02'],
    ]);
  });

  it('keeps turns apart when one change fixes two distant typos (a paste over the whole text)', () => {
    const start = transcript();
    const fixed = start.text.replace('Interview with', 'Interview held with').replace('the association do', 'the association really do');
    const turns = followTurns(start.turns, start.text, fixed);
    expect(turns.map((turn) => [turn.speaker, fixed.slice(turn.start, turn.end)])).toEqual([
      [null, 'Interview held with Pak Harjo'],
      ['INT', SPOKEN[1][1]],
      ['HARJO', SPOKEN[2][1]],
      ['INT', 'What did the association really do?'],
    ]);
    expect(turnAtOffset(turns, fixed.indexOf('A trader'))?.speaker).toBe('HARJO');
  });

  it('drops a turn whose words were all deleted, and an unchanged text keeps the turns', () => {
    const start = transcript();
    const [, question] = SPOKEN[1];
    const removed = typeEdits(start, [[`${question}\n\n`, '']]);
    expect(removed.turns.map((turn) => turn.speaker)).toEqual([null, 'HARJO', 'INT']);
    expect(removed.text.slice(removed.turns[1].start, removed.turns[1].end)).toBe(SPOKEN[2][1]);
    expect(followTurns(start.turns, start.text, start.text)).toEqual(start.turns);
  });
});

describe('turnAtOffset', () => {
  const { text, turns } = transcript();
  const speakerAt = (offset: number) => turnAtOffset(turns, offset)?.speaker;

  it('finds the turn the caret is in, at its first and last character too', () => {
    expect(speakerAt(text.indexOf('trader'))).toBe('HARJO');
    expect(speakerAt(turns[2].start)).toBe('HARJO');
    expect(speakerAt(turns[2].end)).toBe('HARJO');
    expect(speakerAt(text.indexOf('association'))).toBe('INT');
    expect(turnAtOffset(turns, text.indexOf('abroad'))?.timestamp).toBe('00:00:05');
    expect(speakerAt(0)).toBeNull();
  });

  it('gives the blank lines after a turn to that turn, and nothing before the first turn or without turns', () => {
    expect(speakerAt(turns[2].end + 1)).toBe('HARJO');
    expect(speakerAt(turns[3].start - 1)).toBe('HARJO');
    expect(turnAtOffset(turns.slice(1), 0)).toBeNull();
    expect(turnAtOffset([], 10)).toBeNull();
  });
});
