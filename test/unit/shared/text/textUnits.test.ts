// Text units: the sentence, paragraph and turn around an offset, widening a hit to whole units, and merging the
// ranges of several hits in one unit — on a transcript built here with real turns.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { mergeRanges, unitAt, widenToUnit, type UnitSource } from '../../../../shared/text/textUnits.ts';

const lines = [
  'Interviewer: Where do you dry the wood?',
  'Dewi: In the drying house. It was built in 2019! The association paid for half.\nWe use it every week.',
  'Interviewer: And before?',
];

/** A source whose turns cover each speaker's words (labels excluded), as the importers make them. */
const source = (): UnitSource => {
  const text = lines.join('\n\n');
  const turns: Turn[] = [];
  let offset = 0;
  for (const line of lines) {
    const label = line.indexOf(': ') + 2;
    turns.push({ start: offset + label, end: offset + line.length, speaker: line.slice(0, label - 2), timestamp: null });
    offset += line.length + 2;
  }
  return { text, turns, language: 'en' };
};

const slice = (s: UnitSource, range: { start: number; end: number }): string => s.text.slice(range.start, range.end);

describe('text units', () => {
  it('finds the sentence, paragraph and turn around an offset', () => {
    const s = source();
    const at = s.text.indexOf('built');
    expect(slice(s, unitAt(s, 'sentence', at))).toBe('It was built in 2019!');
    expect(slice(s, unitAt(s, 'paragraph', at))).toBe('In the drying house. It was built in 2019! The association paid for half.');
    expect(slice(s, unitAt(s, 'turn', at))).toBe(lines[1].slice('Dewi: '.length));
    expect(slice(s, unitAt(s, 'paragraph', s.text.indexOf('every')))).toBe('We use it every week.');
  });

  it('widens a hit to its units and leaves a hit-scoped range alone', () => {
    const s = source();
    const start = s.text.indexOf('drying house');
    const hit = { start, end: start + 'drying house'.length };
    expect(widenToUnit(s, hit, 'hit')).toEqual(hit);
    expect(slice(s, widenToUnit(s, hit, 'sentence'))).toBe('In the drying house.');
    expect(slice(s, widenToUnit(s, hit, 'turn'))).toContain('We use it every week.');
    // A hit that runs over a sentence end takes both sentences.
    const across = { start: s.text.indexOf('house'), end: s.text.indexOf('It was') + 2 };
    expect(slice(s, widenToUnit(s, across, 'sentence'))).toBe('In the drying house. It was built in 2019!');
  });

  it('merges hits of one unit into one range, and keeps apart those of different units', () => {
    const s = source();
    const hits = ['drying', 'association', 'before'].map((word) => {
      const start = s.text.indexOf(word);
      return widenToUnit(s, { start, end: start + word.length }, 'turn');
    });
    const merged = mergeRanges(hits);
    expect(merged).toHaveLength(2);
    expect(slice(s, merged[0])).toBe(lines[1].slice('Dewi: '.length));
    expect(slice(s, merged[1])).toBe('And before?');
  });

  it('makes words outside every turn (a heading, a note between turns) their own block; blanks go with the turn before', () => {
    const header = 'Interview with Dewi\nDate: 2024-03-12';
    const question = 'Where do you dry the wood?';
    const text = `${header}\n\n${question}\n\n[Recording paused]\n\nIn the drying house.`;
    const at = (phrase: string) => text.indexOf(phrase);
    const turns: Turn[] = [
      { start: at(question), end: at(question) + question.length, speaker: 'Interviewer', timestamp: null },
      { start: at('In the drying'), end: text.length, speaker: 'Dewi', timestamp: null },
    ];
    const s: UnitSource = { text, turns, language: 'en' };
    expect(slice(s, unitAt(s, 'turn', at('Date')))).toBe(header);
    expect(slice(s, unitAt(s, 'paragraph', at('Date')))).toBe('Date: 2024-03-12');
    expect(slice(s, unitAt(s, 'turn', at('paused')))).toBe('[Recording paused]');
    expect(slice(s, widenToUnit(s, { start: 0, end: 'Interview'.length }, 'turn'))).toBe(header);
    // Right after a turn's last word, or on the blank line after it, the unit is still that turn.
    const questionEnd = at(question) + question.length;
    expect(slice(s, unitAt(s, 'turn', questionEnd))).toBe(question);
    expect(slice(s, unitAt(s, 'turn', questionEnd + 1))).toBe(question);
  });
});
