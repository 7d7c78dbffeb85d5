// Search tokenization: case and accent folding, Unicode word boundaries, and offsets into the original text.
import { describe, expect, it } from 'vitest';
import { foldTerm, searchTerms, tokenize } from '../../../../shared/search/normalize.ts';

/** Each token's original slice, to check offsets map back exactly. */
const originalWords = (text: string): string[] => tokenize(text).map((token) => text.slice(token.start, token.end));

describe('foldTerm', () => {
  it('ignores case and accents', () => {
    expect(foldTerm('Pameran')).toBe('pameran');
    expect(foldTerm('café')).toBe('cafe');
    expect(foldTerm('CAFÉ')).toBe('cafe');
    expect(foldTerm('ékspor')).toBe('ekspor');
    expect(foldTerm('Jimbé')).toBe('jimbe');
  });

  it('folds German umlauts and sharp s', () => {
    expect(foldTerm('Grüße')).toBe('grusse');
    expect(foldTerm('STRAẞE')).toBe('strasse');
    expect(foldTerm('Märkte')).toBe('markte');
    expect(foldTerm('Öl')).toBe('ol');
  });

  it('treats precomposed and decomposed accents alike', () => {
    expect(foldTerm('e\u0301kspor')).toBe(foldTerm('\u00e9kspor'));
    expect(foldTerm('Javanese dh: ḍalang')).toBe('javanesedhdalang');
  });

  it('spells out stroked letters and ligatures and drops what decomposition leaves between letters', () => {
    expect(foldTerm('Søren')).toBe('soren');
    expect(foldTerm('Łódź')).toBe('lodz');
    expect(foldTerm('ﬁne')).toBe('fine');
    expect(foldTerm('İstanbul')).toBe('istanbul');
    expect(foldTerm('\u0301')).toBe('');
  });
});

describe('tokenize', () => {
  it('splits on spaces, punctuation, hyphens and apostrophes and keeps original offsets', () => {
    const text = 'Pak Bambang: "Kami ikut pameran-seni di Köln, 2019!" (anak-anak) don\'t';
    expect(originalWords(text)).toEqual(['Pak', 'Bambang', 'Kami', 'ikut', 'pameran', 'seni', 'di', 'Köln', '2019', 'anak', 'anak', 'don', 't']);
    expect(searchTerms(text)).toContain('koln');
  });

  it('keeps UTF-16 offsets right around emoji and astral letters', () => {
    const text = '😀pameran 🎉🎉 Café 𝐁𝐞𝐫𝐥𝐢𝐧 done';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['pameran', 'Café', '𝐁𝐞𝐫𝐥𝐢𝐧', 'done']);
    expect(tokens[0].start).toBe(2);
    // Mathematical bold letters fold to plain ASCII under compatibility decomposition.
    expect(tokens[2].term).toBe('berlin');
  });

  it('maps decomposed accents to the whole written word, marks included', () => {
    const text = 'ke pe\u0301ngrajin itu';
    const [, word] = tokenize(text);
    expect(text.slice(word.start, word.end)).toBe('pe\u0301ngrajin');
    expect(word.term).toBe('pengrajin');
  });

  it('reads letters of other scripts as words', () => {
    expect(searchTerms('Москва Αθήνα ꦗꦮ')).toEqual(['москва', 'αθηνα', 'ꦗꦮ']);
  });

  it('finds no tokens in text without letters or digits', () => {
    expect(tokenize('  … — 😀 !!')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });
});
