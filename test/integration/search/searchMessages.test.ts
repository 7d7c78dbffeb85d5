// The counted messages of the Search screen: singular and plural by the locale's plural rules, including the
// "Code all hits" toast when some or all ticked hits already had the code.
import { describe, expect, it } from 'vitest';
import { codedHitsMessage } from '../../../renderer/screens/search/codedHitsMessage.ts';
import { searchCountLabel } from '../../../renderer/screens/search/searchCountLabel.ts';

describe('search screen messages', () => {
  it('says hit or hits, source or sources, by the count', () => {
    expect(searchCountLabel('hits', 1)).toBe('1 hit');
    expect(searchCountLabel('hits', 0)).toBe('0 hits');
    expect(searchCountLabel('hits', 12_345)).toBe('12,345 hits');
    expect(searchCountLabel('sources', 1)).toBe('1 source');
    expect(searchCountLabel('apply', 1)).toBe('Code 1 hit');
    expect(searchCountLabel('apply', 3)).toBe('Code 3 hits');
    expect(searchCountLabel('showMore', 1)).toBe('Show 1 more hit');
    expect(searchCountLabel('showMore', 200)).toBe('Show 200 more hits');
  });

  it('reports coded and already-coded hits in the right grammatical number', () => {
    const code = 'Diaspora / Market information';
    const hitOnly = (created: number, skipped: number) => codedHitsMessage({ hits: created + skipped, created, skipped, scope: 'hit', code });
    expect(hitOnly(1, 0)).toBe('Coded 1 hit with Diaspora / Market information.');
    expect(hitOnly(4, 0)).toBe('Coded 4 hits with Diaspora / Market information.');
    expect(hitOnly(2, 1)).toBe('Coded 2 hits with Diaspora / Market information; 1 was already coded.');
    expect(hitOnly(1, 3)).toBe('Coded 1 hit with Diaspora / Market information; 3 were already coded.');
    expect(hitOnly(0, 1)).toBe('The hit was already coded with Diaspora / Market information; nothing changed.');
    expect(hitOnly(0, 5)).toBe('All 5 hits were already coded with Diaspora / Market information; nothing changed.');
  });

  it('says what a scope coded: sentences, paragraphs or turns, and how many hits they hold', () => {
    const code = 'Drying house';
    expect(codedHitsMessage({ hits: 9, created: 4, skipped: 0, scope: 'sentence', code })).toBe('Coded 4 passages of whole sentences with Drying house (9 hits).');
    expect(codedHitsMessage({ hits: 1, created: 1, skipped: 0, scope: 'sentence', code })).toBe('Coded 1 passage of whole sentences with Drying house (1 hit).');
    expect(codedHitsMessage({ hits: 3, created: 1, skipped: 0, scope: 'paragraph', code })).toBe('Coded 1 passage of whole paragraphs with Drying house (3 hits).');
    expect(codedHitsMessage({ hits: 5, created: 2, skipped: 1, scope: 'turn', code })).toBe('Coded 2 speaker turns with Drying house (5 hits); 1 was already coded.');
    // Hits of one turn joined at hit scope: fewer codings than hits, and the message says so.
    expect(codedHitsMessage({ hits: 3, created: 1, skipped: 0, scope: 'hit', code })).toBe('Coded 1 passage with Drying house (3 hits).');
    expect(codedHitsMessage({ hits: 6, created: 0, skipped: 2, scope: 'sentence', code })).toBe('All 6 hits were already coded with Drying house; nothing changed.');
  });
});
