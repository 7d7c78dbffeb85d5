// The ranges "Code selected hits" codes: each ticked hit widened to its scope (hit, sentence, paragraph, turn),
// and the hits of one speaker turn joined into one range — on a transcript built here with real turns.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { hitCodingRanges, type ScopedHit } from '../../../../shared/text/hitCodingRanges.ts';
import type { UnitSource } from '../../../../shared/text/textUnits.ts';

const turnsOf = (lines: readonly string[]): UnitSource => {
  const turns: Turn[] = [];
  let offset = 0;
  for (const line of lines) {
    turns.push({ start: offset, end: offset + line.length, speaker: null, timestamp: null });
    offset += line.length + 2;
  }
  return { text: lines.join('\n\n'), turns, language: 'en' };
};

const interview = turnsOf([
  'Where do you dry the wood?',
  'In the drying house. It was built in 2019! The association paid for half of the drying house.\nWe use it every week.',
  'And before the drying house?',
]);
const notes = turnsOf(['Field notes. The drying house smells of mahogany.']);
const sources = new Map([
  ['interview', interview],
  ['notes', notes],
]);
const sourceOf = (id: string): UnitSource | undefined => sources.get(id);

/** Every occurrence of `word` in the source, as ticked hits. */
const hitsOf = (sourceId: string, word: string): ScopedHit[] => {
  const text = sources.get(sourceId)?.text ?? '';
  const hits: ScopedHit[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) hits.push({ sourceId, start: at, end: at + word.length });
  return hits;
};

const quoted = (ranges: readonly { sourceId: string; start: number; end: number }[]): string[] =>
  ranges.map((range) => (sources.get(range.sourceId)?.text ?? '').slice(range.start, range.end));

describe('hitCodingRanges', () => {
  const ticked = [...hitsOf('notes', 'drying house'), ...hitsOf('interview', 'drying house')];

  it('joins the hits of one turn into one range from the first hit to the last, one range per turn', () => {
    const ranges = hitCodingRanges(ticked, sourceOf, 'hit');
    expect(quoted(ranges)).toEqual([
      'drying house. It was built in 2019! The association paid for half of the drying house',
      'drying house',
      'drying house',
    ]);
    expect(ranges.map((range) => [range.sourceId, range.hits])).toEqual([
      ['interview', 2],
      ['interview', 1],
      ['notes', 1],
    ]);
  });

  it('widens each hit to whole sentences, then joins those of one turn', () => {
    expect(quoted(hitCodingRanges(ticked, sourceOf, 'sentence'))).toEqual([
      'In the drying house. It was built in 2019! The association paid for half of the drying house.',
      'And before the drying house?',
      'The drying house smells of mahogany.',
    ]);
  });

  it('widens to the paragraph (a block of lines) and to the whole turn', () => {
    const inSecondTurn = hitsOf('interview', 'built');
    expect(quoted(hitCodingRanges(inSecondTurn, sourceOf, 'paragraph'))).toEqual([
      'In the drying house. It was built in 2019! The association paid for half of the drying house.',
    ]);
    expect(quoted(hitCodingRanges(inSecondTurn, sourceOf, 'turn'))).toEqual([interview.text.split('\n\n')[1]]);
  });

  it('makes one range of hits that fall in one sentence, and counts them all', () => {
    const ranges = hitCodingRanges([...hitsOf('notes', 'mahogany'), ...hitsOf('notes', 'drying')], sourceOf, 'sentence');
    expect(quoted(ranges)).toEqual(['The drying house smells of mahogany.']);
    expect(ranges[0].hits).toBe(2);
  });

  it('treats a paragraph outside every turn as a turn of its own', () => {
    const loose: UnitSource = { text: 'Heading line. Drying house notes.\n\nA drying house. Another drying house here.', turns: [], language: 'en' };
    const text = loose.text;
    const hits = [...text.matchAll(/drying house/giu)].map((match) => ({ sourceId: 'loose', start: match.index, end: match.index + match[0].length }));
    const ranges = hitCodingRanges(hits, (id) => (id === 'loose' ? loose : undefined), 'sentence');
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['Drying house notes.', 'A drying house. Another drying house here.']);
  });

  it('leaves out hits of sources that are gone', () => {
    expect(hitCodingRanges([{ sourceId: 'deleted', start: 0, end: 4 }, ...hitsOf('notes', 'mahogany')], sourceOf, 'turn')).toEqual([
      { sourceId: 'notes', start: 0, end: notes.text.length, hits: 1 },
    ]);
  });
});
