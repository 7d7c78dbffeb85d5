// Speaker matching, shared by the app's import review and the CLI's import --into: labels match pseudonyms whatever
// the case, punctuation or a leading honorific, an honorific alone matches nobody, and linked informants come once each.
import { describe, expect, it } from 'vitest';
import { linkedInformantIds, matchSpeakers, speakerKey } from '../../../../shared/import/speakerMatching.ts';

const informants = [
  { id: 'harjo', pseudonym: 'Harjo' },
  { id: 'wulan', pseudonym: 'Bu Wulan' },
  { id: 'ketut', pseudonym: 'Ketut Ari' },
];

describe('speaker matching', () => {
  it('keys a label by its words without case, punctuation or a leading honorific', () => {
    expect(speakerKey('Pak Harjo')).toBe('harjo');
    expect(speakerKey('  IBU   Wulan: ')).toBe('wulan');
    expect(speakerKey('Dr. Ketut-Ari')).toBe('ketut ari');
    expect(speakerKey('Pak')).toBe('pak');
    expect(speakerKey('?!')).toBe('');
  });

  it('links each speaker whose key is a pseudonym\'s, and no one else', () => {
    expect(matchSpeakers(['Pak Harjo', 'Interviewer', 'Wulan', 'ketut ari', 'Pak', ''], informants)).toEqual({
      'Pak Harjo': 'harjo', Wulan: 'wulan', 'ketut ari': 'ketut',
    });
  });

  it('lists the linked informants once each, in order of first appearance', () => {
    expect(linkedInformantIds({ 'Pak Harjo': 'harjo', Wulan: 'wulan', Harjo: 'harjo' })).toEqual(['harjo', 'wulan']);
  });
});
