// The project's pseudonym list (issue 11, point 4): seeded from the informants' real names, a line of the list
// overriding the seed for the same name, places replaced like people, Indonesian honorifics before a name, whole
// words only and case ignored; and the list as the Settings panel saves it (trimmed, one line per name).
import { describe, expect, it } from 'vitest';
import { effectivePseudonymList, informantEntries, pseudonymReplacer } from '../../../../shared/export/pseudonymList.ts';
import type { Project, PseudonymEntry } from '../../../../shared/model/index.ts';
import { normalisePseudonymList, withPseudonyms } from '../../../../shared/project/pseudonymEdits.ts';

const projectWith = (pseudonyms?: PseudonymEntry[]): Pick<Project, 'settings'> => ({
  settings: { reportLanguage: 'en', rolePresets: [], ...(pseudonyms === undefined ? {} : { pseudonyms }) },
});
const informants = [
  { pseudonym: 'Owner A', realName: 'Harjo Wiyono' },
  { pseudonym: 'Trader B', realName: 'Sri Lestari' },
  { pseudonym: 'Rina', realName: null },
  { pseudonym: 'Budi', realName: 'budi' },
];

describe('the pseudonym list', () => {
  it('is seeded from informants with a real name that differs from their pseudonym', () => {
    expect(informantEntries(informants)).toEqual([
      { realName: 'Harjo Wiyono', pseudonym: 'Owner A' }, { realName: 'Sri Lestari', pseudonym: 'Trader B' },
    ]);
    expect(effectivePseudonymList(projectWith(), informants)).toEqual(informantEntries(informants));
  });

  it('lets a line of the list override the seed for the same name (case ignored), the list\'s lines first', () => {
    const list = effectivePseudonymList(projectWith([{ realName: 'sri lestari', pseudonym: 'the trader' }, { realName: 'Sentul', pseudonym: 'the village' }]), informants);
    expect(list).toEqual([
      { realName: 'sri lestari', pseudonym: 'the trader' }, { realName: 'Sentul', pseudonym: 'the village' }, { realName: 'Harjo Wiyono', pseudonym: 'Owner A' },
    ]);
    const replace = pseudonymReplacer(projectWith([{ realName: 'sri lestari', pseudonym: 'the trader' }]), informants);
    expect(replace('Sri Lestari met Harjo Wiyono.')).toBe('the trader met Owner A.');
  });

  it('replaces places like people, whole words only and whatever the case', () => {
    const replace = pseudonymReplacer(projectWith([{ realName: 'Sentul', pseudonym: 'the village' }, { realName: 'Pasar Gede', pseudonym: 'the market' }]), []);
    expect(replace('From SENTUL to pasar  gede, then Sentulan and Sentul-Kidul.')).toBe('From the village to the market, then Sentulan and the village-Kidul.');
  });

  it('finds a name with an Indonesian honorific before it, keeping it only before a name listed without one', () => {
    const replace = pseudonymReplacer(projectWith([{ realName: 'Pak Harjo', pseudonym: 'Owner A' }, { realName: 'Mbak Sri', pseudonym: 'Bu Trader' }]), []);
    // A line written with an honorific ("Pak Harjo" → "Owner A") replaces the honorific the text used too.
    expect(replace('Pak Harjo and bu harjo and Mas Harjo; Harjo alone.')).toBe('Owner A and Owner A and Owner A; Owner A alone.');
    expect(replace('Mbak Sri said so.')).toBe('Bu Trader said so.');
    const seeded = pseudonymReplacer(projectWith(), informants);
    expect(seeded('Pak Harjo sold it; Harjo Wiyono signed; Harjo came.')).toBe('Pak Owner A sold it; Owner A signed; Harjo came.');
  });

  it('is saved trimmed, without blank lines, one line per real name (the later wins)', () => {
    expect(normalisePseudonymList([
      { realName: '  Pak   Harjo ', pseudonym: ' Owner A ' }, { realName: '', pseudonym: 'x' }, { realName: 'Sentul', pseudonym: ' ' },
      { realName: 'pak harjo', pseudonym: 'Owner B' },
    ])).toEqual([{ realName: 'pak harjo', pseudonym: 'Owner B' }]);
    const saved = withPseudonyms(projectWith(), [{ realName: 'Sentul', pseudonym: 'the village' }]);
    expect(saved?.settings.pseudonyms).toEqual([{ realName: 'Sentul', pseudonym: 'the village' }]);
    expect(saved === undefined ? 'unchanged' : withPseudonyms(saved, [{ realName: ' Sentul', pseudonym: 'the village ' }])).toBeUndefined();
    expect(saved === undefined ? null : withPseudonyms(saved, [])?.settings).not.toHaveProperty('pseudonyms');
  });
});
