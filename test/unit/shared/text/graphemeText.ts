// Test texts full of grapheme clusters that code units must not split, and the whole-text segmentation as the oracle
// the windowed snapping of shared/text/graphemes.ts is checked against.
import fc from 'fast-check';

/** Whole clusters of every kind the coding rules care about, and the plain words around them. */
export const CLUSTER_PIECES: readonly string[] = [
  'a', 'Z', ' ', '.', ',', ':', '—', '“iya”', 'kendang', 'jimbe', 'pengrajin', 'Bu Lastri', 'Sentul',
  'e\u0301', 'a\u0300\u0323', 'n\u0303', 'caf\u00e9', // combining marks, one and two, and a precomposed é
  '🥁', '𝒳', // surrogate pairs
  '👩\u200d👩\u200d👧', '👨\u200d💻', // ZWJ sequences
  '🇮🇩', '🇯🇵', // flags (regional-indicator pairs)
  '👋🏽', '👍🏿', // skin-tone modifiers
  '1\ufe0f\u20e3', '한', '\u1100\u1161', 'क्षि', // keycap, Hangul syllable and jamo, a Devanagari conjunct
  '\r\n', '\n', '\n\n',
];

/** Code points that glue onto whatever stands before them (or pair up), for edits that land inside a cluster. */
export const GLUE_PIECES: readonly string[] = ['\u0301', '\u0323', '\u200d', '🏽', '\ufe0f', '🇮', '\u1161', '\n', '\r'];

export const clusterText = (maxPieces = 24): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...CLUSTER_PIECES), { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Text for inserts: mostly whole clusters, sometimes a lone mark, joiner, modifier or regional indicator. */
export const insertText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CLUSTER_PIECES) }, { weight: 2, arbitrary: fc.constantFrom(...GLUE_PIECES) }), { maxLength: 3 })
  .map((pieces) => pieces.join(''));

const wholeSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Every cluster boundary of `text`, from segmenting all of it (0 and text.length included). */
export const boundariesOf = (text: string): Set<number> => {
  const set = new Set<number>([0, text.length]);
  for (const { index } of wholeSegmenter.segment(text)) set.add(index);
  return set;
};

/** A half-open range inside `text` (start ≤ end), from two raw positions. */
export const rangeIn = (text: string, a: number, b: number): { start: number; end: number } => {
  const x = Math.min(a, text.length);
  const y = Math.min(b, text.length);
  return { start: Math.min(x, y), end: Math.max(x, y) };
};
