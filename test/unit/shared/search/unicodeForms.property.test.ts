// Property tests of search over text stored as imported (issue 12): random texts mixing precomposed (NFC) and
// decomposed (NFD) accents, unaccented spellings, emoji ZWJ sequences, skin tones, flags and keycaps. Every word is
// found by its NFC, NFD and unaccented spelling at exactly its range in the original text; every hit starts and
// ends on a grapheme-cluster boundary of that text and folds to the query; context lines never cut a cluster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FullTextIndex, keywordInContext, searchTerms } from '../../../../shared/search/index.ts';

/** Letters with the accented forms a word may carry (each form written precomposed or decomposed below). */
const LETTERS: Record<string, string[]> = {
  a: ['a', 'á', 'à', 'â', 'ä', 'ã'],
  e: ['e', 'é', 'è', 'ê', 'ë', 'ệ', 'ế'],
  i: ['i', 'í', 'ï'],
  o: ['o', 'ó', 'ô', 'ö', 'ố', 'ơ'],
  u: ['u', 'ú', 'ü', 'ư', 'ự'],
  n: ['n', 'ñ'],
  c: ['c', 'ç'],
  s: ['s', 'ş', 'š'],
  k: ['k'],
  r: ['r'],
  t: ['t'],
  g: ['g', 'ğ'],
};
const BASES = Object.keys(LETTERS);

/** Between words: spaces and punctuation, emoji sequences right against the words, flags, keycaps, a stray mark. */
const SEPARATORS = [
  ' ', '  ', ', ', '.\n', '\n\n', ' — ', '-', '\t',
  '👨‍👩‍👧', ' 👩🏽‍🔬 ', '🏳️‍🌈', '🇮🇩', '🇮🇩🇯🇵', '👍🏽', '❤️', ' 1️⃣ ', ' \u0301', '😀',
];

type Form = 'NFC' | 'NFD';
type Occurrence = { start: number; end: number; written: string };

/** A written word: a letter pattern, each letter in one of its forms, in NFC or NFD, maybe capitalised. */
const writtenWord = fc
  .tuple(
    fc.array(fc.constantFrom(...BASES), { minLength: 1, maxLength: 6 }),
    fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    fc.constantFrom<Form>('NFC', 'NFD'),
    fc.boolean(),
  )
  .map(([bases, picks, form, capital]) => {
    const word = bases.map((base, i) => LETTERS[base][picks[i] % LETTERS[base].length]).join('');
    const cased = capital ? word[0].toUpperCase() + word.slice(1) : word;
    return cased.normalize(form);
  });

const textWithWords = fc.array(fc.tuple(writtenWord, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 25 }).map((parts) => {
  let text = '';
  const words: Occurrence[] = [];
  for (const [word, separator] of parts) {
    words.push({ start: text.length, end: text.length + word.length, written: word });
    text += word + separator;
  }
  return { text, words };
});

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusterBoundaries = (text: string): Set<number> => new Set([...[...segmenter.segment(text)].map((segment) => segment.index), text.length]);
const unaccented = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');
const spellings = (word: string): string[] => [word.normalize('NFC'), word.normalize('NFD'), unaccented(word)];

const indexOf = (text: string): FullTextIndex => {
  const index = new FullTextIndex();
  index.addDocument('d', text);
  return index;
};

describe('search over NFC, NFD and unaccented spellings', () => {
  it('finds every word by each spelling at exactly its original range, on cluster boundaries, folding to the query', () => {
    fc.assert(
      fc.property(textWithWords, ({ text, words }) => {
        const index = indexOf(text);
        const boundaries = clusterBoundaries(text);
        for (const word of words) {
          for (const spelling of spellings(word.written)) {
            const result = index.query(spelling, { limit: Number.POSITIVE_INFINITY });
            expect(result.hits.map((hit) => [hit.start, hit.end]), `${JSON.stringify(spelling)} in ${JSON.stringify(text)}`).toContainEqual([word.start, word.end]);
            for (const hit of result.hits) {
              expect(boundaries.has(hit.start) && boundaries.has(hit.end), `hit ${hit.start}-${hit.end} of ${JSON.stringify(text)}`).toBe(true);
              expect(searchTerms(text.slice(hit.start, hit.end))).toEqual(searchTerms(spelling));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds two neighbouring words as a phrase, and a prefix of a word, in any spelling', () => {
    fc.assert(
      fc.property(textWithWords, fc.nat(), fc.constantFrom<Form>('NFC', 'NFD'), ({ text, words }, pick, form) => {
        const index = indexOf(text);
        const boundaries = clusterBoundaries(text);
        const first = words[pick % words.length];
        const second = words[(pick % words.length) + 1];
        // A keycap between them is a word ("1") of its own: then they are no phrase.
        if (second !== undefined && searchTerms(text.slice(first.end, second.start)).length === 0) {
          const phrase = `"${first.written.normalize(form)} ${unaccented(second.written)}"`;
          const hits = index.query(phrase, { limit: Number.POSITIVE_INFINITY }).hits;
          expect(hits.map((hit) => [hit.start, hit.end])).toContainEqual([first.start, second.end]);
          for (const hit of hits) expect(boundaries.has(hit.start) && boundaries.has(hit.end)).toBe(true);
        }
        // A prefix typed without accents: the first letters of the word, decomposed and stripped.
        const bare = unaccented(first.written);
        const prefix = `${bare.slice(0, Math.max(1, Math.ceil(bare.length / 2)))}*`;
        const prefixHits = index.query(prefix, { limit: Number.POSITIVE_INFINITY }).hits;
        expect(prefixHits.map((hit) => [hit.start, hit.end])).toContainEqual([first.start, first.end]);
        for (const hit of prefixHits) expect(boundaries.has(hit.start) && boundaries.has(hit.end)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('cuts keyword-in-context lines on cluster boundaries and shows the hit exactly as written', () => {
    // Single spaces only, so the line's parts are verbatim slices of the text and their cut points can be found.
    const spaced = fc.array(fc.tuple(writtenWord, fc.constantFrom(' ', '👨‍👩‍👧', '🇮🇩', '👍🏽', '❤️', '-', '')), { minLength: 1, maxLength: 25 })
      .map((parts) => parts.map(([word, separator]) => word + separator).join(''));
    fc.assert(
      fc.property(spaced, fc.integer({ min: 0, max: 12 }), (text, contextChars) => {
        const boundaries = clusterBoundaries(text);
        const index = indexOf(text);
        const hits = [...new Set(searchTerms(text))].slice(0, 3).flatMap((term) => index.query(term, { limit: 10 }).hits);
        for (const hit of hits) {
          const line = keywordInContext(text, hit, { contextChars });
          expect(line.hit).toBe(text.slice(hit.start, hit.end));
          expect(text.slice(hit.start - line.left.length, hit.start)).toBe(line.left);
          expect(text.slice(hit.end, hit.end + line.right.length)).toBe(line.right);
          expect(boundaries.has(hit.start - line.left.length), `left of ${JSON.stringify(line)}`).toBe(true);
          expect(boundaries.has(hit.end + line.right.length), `right of ${JSON.stringify(line)}`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('words next to emoji, joiners and number signs', () => {
  it('keeps skin tones, tags and zero-width joiners with the word they follow, and Arabic number signs with their number', () => {
    const cases: [string, string, number, number][] = [
      ['kopi👍🏽 enak', 'kopi', 0, 4],
      ['tanpa\u{1F3FD}spasi', 'tanpaspasi', 0, 12],
      ['می\u200Cخواهم', 'میخواهم', 0, 8],
      ['harga \u0600١٢ ribu', '١٢', 6, 9],
      ['ini \u0301kata', 'kata', 5, 9],
    ];
    for (const [text, query, start, end] of cases) {
      expect(indexOf(text).query(query).hits.map((hit) => [hit.start, hit.end]), text).toEqual([[start, end]]);
      expect(clusterBoundaries(text).has(start) && clusterBoundaries(text).has(end), text).toBe(true);
    }
  });
});
