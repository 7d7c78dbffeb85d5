// Guesses which informants an imported file speaks for, by matching its speaker labels to
// pseudonyms case-insensitively and ignoring honorifics ("Pak Harjo" matches "Harjo").
import type { ImportedSource } from '../../shared/import/importTypes.ts';
import type { Id, Informant } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from './database.ts';

const HONORIFICS = new Set(['pak', 'bapak', 'bu', 'ibu', 'mas', 'mbak', 'mbok', 'bli', 'mr', 'mrs', 'ms', 'dr']);

/** Lower-cased, punctuation-free words of a name without a leading honorific. */
export const speakerKey = (label: string): string => {
  const words = label.toLocaleLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w !== '');
  const start = words.length > 1 && HONORIFICS.has(words[0]) ? 1 : 0;
  return words.slice(start).join(' ');
};

export const matchSpeakers = (speakers: readonly string[], informants: readonly Informant[]): Record<string, Id> => {
  const byKey = new Map(informants.map((informant) => [speakerKey(informant.pseudonym), informant.id]));
  const links: Record<string, Id> = {};
  for (const speaker of speakers) {
    const id = byKey.get(speakerKey(speaker));
    if (id !== undefined && speakerKey(speaker) !== '') links[speaker] = id;
  }
  return links;
};

/** Speaker label → informant for the speakers of `imported` that match a pseudonym of the project. */
export const guessSpeakerLinks = async (db: CaseweaveDatabase, projectId: Id, imported: ImportedSource): Promise<Record<string, Id>> =>
  matchSpeakers(imported.speakers, await db.informants.where('projectId').equals(projectId).toArray());

/** The informants whose pseudonym matches a detected speaker, in order of first appearance. */
export const guessInformantIds = async (db: CaseweaveDatabase, projectId: Id, imported: ImportedSource): Promise<Id[]> =>
  [...new Set(Object.values(await guessSpeakerLinks(db, projectId, imported)))];
