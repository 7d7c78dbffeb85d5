// Parsing the search box: words, quoted phrases, prefixes, hyphenated chunks and stray punctuation.
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../shared/search/searchQuery.ts';

const shape = (query: string): string[][] =>
  parseSearchQuery(query).clauses.map((clause) => clause.matchers.map((matcher) => (matcher.kind === 'exact' ? matcher.term : `${matcher.prefix}*`)));

describe('parseSearchQuery', () => {
  it('makes one clause per word, folded like the indexed text', () => {
    expect(shape('Pameran  ÉKSPOR')).toEqual([['pameran'], ['ekspor']]);
  });

  it('keeps a quoted phrase together, with straight or curly quotes, and runs an unclosed quote to the end', () => {
    expect(shape('"seni ukir" kayu “pasar luar” „dagang besar“')).toEqual([['seni', 'ukir'], ['kayu'], ['pasar', 'luar'], ['dagang', 'besar']]);
    expect(shape('kayu "pasar luar')).toEqual([['kayu'], ['pasar', 'luar']]);
  });

  it('marks a word followed by * as a prefix, also inside phrases', () => {
    expect(shape('pamer* "pameran inter*"')).toEqual([['pamer*'], ['pameran', 'inter*']]);
  });

  it('turns a hyphenated chunk into a phrase and ignores chunks without words', () => {
    expect(shape('anak-anak - * ... ""')).toEqual([['anak', 'anak']]);
    expect(shape('')).toEqual([]);
  });
});
