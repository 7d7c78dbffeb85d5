// Guesses which informants an imported file speaks for, by matching its speaker labels to pseudonyms
// case-insensitively and ignoring honorifics ("Pak Harjo" matches "Harjo"). The app's import review and the CLI's
// `import --into` both start from these guesses.
import type { Id, Informant } from '../model/index.ts';

const HONORIFICS = new Set(['pak', 'bapak', 'bu', 'ibu', 'mas', 'mbak', 'mbok', 'bli', 'mr', 'mrs', 'ms', 'dr']);

/** Lower-cased, punctuation-free words of a name without a leading honorific. */
export const speakerKey = (label: string): string => {
  const words = label.toLocaleLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w !== '');
  const start = words.length > 1 && HONORIFICS.has(words[0]) ? 1 : 0;
  return words.slice(start).join(' ');
};

/** Speaker label → informant for each speaker whose label matches an informant's pseudonym. */
export const matchSpeakers = (speakers: readonly string[], informants: readonly Pick<Informant, 'id' | 'pseudonym'>[]): Record<string, Id> => {
  const byKey = new Map(informants.map((informant) => [speakerKey(informant.pseudonym), informant.id]));
  const links: Record<string, Id> = {};
  for (const speaker of speakers) {
    const id = byKey.get(speakerKey(speaker));
    if (id !== undefined && speakerKey(speaker) !== '') links[speaker] = id;
  }
  return links;
};

/** The informants linked speakers speak for, in order of first appearance. */
export const linkedInformantIds = (links: Readonly<Record<string, Id>>): Id[] => [...new Set(Object.values(links))];
