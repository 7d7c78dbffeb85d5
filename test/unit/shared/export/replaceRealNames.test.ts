// Real names give way to pseudonyms in exported text: whole words only, any case, with or without an Indonesian
// honorific, the longest name first — table-tested, since the report's pseudonymisation will rely on the same function.
import { describe, expect, it } from 'vitest';
import { realNameReplacer, replaceRealNames, type NamedPerson } from '../../../../shared/export/memberCheckPacket/replaceRealNames.ts';

const PEOPLE: NamedPerson[] = [
  { realName: 'Budi Santoso', pseudonym: 'Harjo' },
  { realName: 'Sri', pseudonym: 'Wulan' },
  { realName: 'Bu Ratna Dewi', pseudonym: 'Rina' },
  { realName: 'Agus', pseudonym: 'Pak A' },
  { realName: null, pseudonym: 'Ketut' },
];

describe('replaceRealNames', () => {
  it.each([
    ['a full name', 'Budi Santoso sells drums.', 'Harjo sells drums.'],
    ['any case', 'BUDI SANTOSO and budi santoso', 'Harjo and Harjo'],
    ['spaces and a line break between the words', 'Budi \n Santoso said', 'Harjo said'],
    ['an honorific kept before a plain pseudonym', 'We met Pak Budi Santoso.', 'We met Pak Harjo.'],
    ['honorific + first name', 'Ask pak Budi about it.', 'Ask pak Harjo about it.'],
    ['a first name alone is left', 'Budi is a common name.', 'Budi is a common name.'],
    ['every honorific; a name listed with one takes the text’s with it', 'Bapak Budi, Ibu Ratna, Mas Budi, Mbak Ratna', 'Bapak Harjo, Rina, Mas Harjo, Rina'],
    ['an honorific stored with the real name is optional in the text', 'Ratna Dewi and Bu Ratna Dewi', 'Rina and Rina'],
    ['a pseudonym with its own honorific takes the text’s place', 'Pak Agus came; agus left', 'Pak A came; Pak A left'],
    ['whole words only', 'Srikandi, Agustus, Budi Santosol', 'Srikandi, Agustus, Budi Santosol'],
    ['a name beside punctuation', '(Sri), "Sri" and Sri’s shop.', '(Wulan), "Wulan" and Wulan’s shop.'],
    ['letters with diacritics count as word letters', 'Srí and éSri stay', 'Srí and éSri stay'],
    ['no name in the text', 'Nothing to hide here.', 'Nothing to hide here.'],
  ])('%s', (_case, text, expected) => {
    expect(replaceRealNames(text, PEOPLE)).toBe(expected);
  });

  it('prefers the longer of two names that share a word', () => {
    const people = [{ realName: 'Budi', pseudonym: 'Dedi' }, { realName: 'Budi Santoso', pseudonym: 'Harjo' }];
    expect(replaceRealNames('Budi Santoso and Budi', people)).toBe('Harjo and Dedi');
  });

  it('never reads a replaced pseudonym as another real name', () => {
    const people = [{ realName: 'Wulan', pseudonym: 'Sri' }, { realName: 'Sri', pseudonym: 'Wulan' }];
    expect(replaceRealNames('Wulan met Sri.', people)).toBe('Sri met Wulan.');
  });

  it('treats names with regular-expression characters as plain text', () => {
    expect(replaceRealNames('A. (Tono) and A (Tono)', [{ realName: 'A. (Tono)', pseudonym: 'Dedi' }])).toBe('Dedi and A (Tono)');
  });

  it('leaves text as it is when nobody has a real name', () => {
    const replace = realNameReplacer([{ realName: null, pseudonym: 'Ketut' }, { realName: '  ', pseudonym: 'Dedi' }]);
    expect(replace('Ketut and Dedi')).toBe('Ketut and Dedi');
  });
});
