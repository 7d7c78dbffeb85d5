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
    expect(codedHitsMessage(1, 0, code)).toBe('Coded 1 hit with Diaspora / Market information.');
    expect(codedHitsMessage(4, 0, code)).toBe('Coded 4 hits with Diaspora / Market information.');
    expect(codedHitsMessage(2, 1, code)).toBe('Coded 2 hits with Diaspora / Market information; 1 was already coded.');
    expect(codedHitsMessage(1, 3, code)).toBe('Coded 1 hit with Diaspora / Market information; 3 were already coded.');
    expect(codedHitsMessage(0, 1, code)).toBe('The hit was already coded with Diaspora / Market information; nothing changed.');
    expect(codedHitsMessage(0, 5, code)).toBe('All 5 hits were already coded with Diaspora / Market information; nothing changed.');
  });
});
