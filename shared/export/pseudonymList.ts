// The project's pseudonymisation on export (issue 11, point 4): its replacement list, seeded from the informants'
// real names, as one replacer every export, report and member-check packet applies to all the text it writes. The
// matching itself (whole-word, case-insensitive, Indonesian honorifics) is realNameReplacer's.
import type { Informant, Project, PseudonymEntry } from '../model/index.ts';
import { realNameReplacer, type NamedPerson } from './memberCheckPacket/replaceRealNames.ts';

type ListInformant = Pick<Informant, 'pseudonym' | 'realName'>;

/** The informants' real names as list lines, for those that have one and whose pseudonym differs. */
export const informantEntries = (informants: readonly ListInformant[]): PseudonymEntry[] =>
  informants.flatMap((informant) => {
    const realName = informant.realName?.trim() ?? '';
    const pseudonym = informant.pseudonym.trim();
    return realName === '' || pseudonym === '' || realName.toLocaleLowerCase() === pseudonym.toLocaleLowerCase()
      ? [] : [{ realName, pseudonym }];
  });

/**
 * The list in force: the project's own lines first, then each informant's real name not already listed there (a
 * line the researcher wrote for a name wins over the seed).
 */
export const effectivePseudonymList = (project: Pick<Project, 'settings'>, informants: readonly ListInformant[]): PseudonymEntry[] => {
  const own = (project.settings.pseudonyms ?? []).filter((entry) => entry.realName.trim() !== '' && entry.pseudonym.trim() !== '');
  const listed = new Set(own.map((entry) => entry.realName.trim().toLocaleLowerCase()));
  return [...own, ...informantEntries(informants).filter((entry) => !listed.has(entry.realName.toLocaleLowerCase()))];
};

/** The one replacer for a project's exports. */
export const pseudonymReplacer = (project: Pick<Project, 'settings'>, informants: readonly ListInformant[]): ((text: string) => string) =>
  realNameReplacer(effectivePseudonymList(project, informants).map((entry): NamedPerson => ({ realName: entry.realName, pseudonym: entry.pseudonym })));
