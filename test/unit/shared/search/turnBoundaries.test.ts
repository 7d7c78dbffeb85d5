// Phrases never run across a speaker turn or paragraph of the source (issue 12): words that end one turn and begin
// the next were not said together. Checked for quoted phrases, hyphenated chunks, prefixes inside phrases, words
// side by side (shown as one place only within a turn), updates and text between turns (speaker labels).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FullTextIndex, searchTerms } from '../../../../shared/search/index.ts';

type Block = { start: number; end: number };

/**
 * A transcript with turns, and each turn's range (the spoken words, not the label), as the importer makes; a turn
 * with no speaker is a plain paragraph (the same speaker going on, or a document's paragraph).
 */
const transcript = (turns: [speaker: string | null, words: string][]): { text: string; blocks: Block[] } => {
  let text = '';
  const blocks: Block[] = [];
  for (const [speaker, words] of turns) {
    if (speaker !== null) text += `${speaker}: `;
    blocks.push({ start: text.length, end: text.length + words.length });
    text += `${words}\n`;
  }
  return { text, blocks };
};

const { text, blocks } = transcript([
  ['R1', 'Bagaimana dengan kami'],
  [null, 'Ekspor ke Jepang mulai tahun lalu, kami ekspor kendang.'],
  ['I', 'Berapa banyak'],
  [null, 'Banyak sekali'],
]);

const indexed = (): FullTextIndex => {
  const index = new FullTextIndex();
  index.addDocument('s', text, blocks);
  return index;
};

const ranges = (index: FullTextIndex, query: string): string[] =>
  index.query(query, { limit: Number.POSITIVE_INFINITY }).hits.map((hit) => text.slice(hit.start, hit.end));

describe('phrases and speaker turns', () => {
  it('does not match "kami ekspor" where "kami" ends one turn and "Ekspor" begins the next', () => {
    const index = indexed();
    expect(ranges(index, '"kami ekspor"')).toEqual(['kami ekspor']);
    expect(index.query('"kami ekspor"').hits[0].start).toBe(text.indexOf('kami ekspor kendang'));
    // The same words without the turns: both places match.
    const flat = new FullTextIndex();
    flat.addDocument('s', text);
    expect(flat.query('"kami ekspor"').totalHits).toBe(2);
  });

  it('applies to hyphenated chunks and to prefixes inside a phrase', () => {
    const index = indexed();
    expect(index.query('kami-ekspor').totalHits).toBe(1);
    expect(ranges(index, '"kam* eks*"')).toEqual(['kami ekspor']);
    expect(ranges(index, '"berapa banyak"')).toEqual(['Berapa banyak']);
    expect(index.query('"banyak banyak"').totalHits).toBe(0);
  });

  it('never joins a speaker label to the words of the turn', () => {
    const index = indexed();
    expect(index.query('"r1 ekspor"').totalHits).toBe(0);
    expect(index.query('"banyak i berapa"').totalHits).toBe(0);
    expect(index.query('r1').totalHits).toBe(1);
  });

  it('shows words side by side as one place only within a turn', () => {
    const index = indexed();
    // "banyak" ends turn 3 and begins turn 4: two places, not one run across the turns.
    expect(ranges(index, 'berapa banyak')).toEqual(['Berapa banyak', 'Banyak']);
    expect(ranges(index, 'kami ekspor')).toEqual(['kami', 'Ekspor', 'kami ekspor']);
  });

  it('keeps the new turns after an update, and the document is one block without turns', () => {
    const index = indexed();
    index.updateDocument('s', 'kami ekspor', [{ start: 0, end: 4 }, { start: 5, end: 11 }]);
    expect(index.query('"kami ekspor"').totalHits).toBe(0);
    index.updateDocument('s', 'kami ekspor');
    expect(index.query('"kami ekspor"').totalHits).toBe(1);
  });

  it('matches a phrase exactly when its words lie in one turn (random turns)', () => {
    const words = ['kami', 'ekspor', 'kendang', 'ke', 'jepang'];
    const scenario = fc.record({
      turns: fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
      phrase: fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 3 }),
    });
    fc.assert(
      fc.property(scenario, ({ turns, phrase }) => {
        const made = transcript(turns.map((spoken, k) => [k % 2 === 0 ? null : 'R1', spoken.join(' ')]));
        const index = new FullTextIndex();
        index.addDocument('s', made.text, made.blocks);
        // Brute force: every run of the phrase's words inside one turn.
        let expected = 0;
        for (const spoken of turns) {
          for (let at = 0; at + phrase.length <= spoken.length; at += 1) {
            if (phrase.every((word, k) => spoken[at + k] === word)) expected += 1;
          }
        }
        const result = index.query(`"${phrase.join(' ')}"`, { limit: Number.POSITIVE_INFINITY });
        expect(result.totalHits).toBe(expected);
        for (const hit of result.hits) {
          const inside = made.blocks.some((block) => block.start <= hit.start && hit.end <= block.end);
          expect(inside).toBe(true);
          expect(searchTerms(made.text.slice(hit.start, hit.end))).toEqual(phrase);
        }
      }),
      { numRuns: 200 },
    );
  });
});
