// Replaces real names by pseudonyms in text that leaves the app: the member-check packet now, the report's
// pseudonymisation later (issue 11). A name matches whole-word and case-insensitively, with any run of spaces between
// its words, and with or without an Indonesian honorific before it ("Pak Budi Santoso", "bu budi santoso"); an
// honorific before the first word of a longer name ("Pak Budi") names the person too, but that first word alone does
// not, as a bare given name is too often someone else's. The longest name wins where two could match.

/** A person whose real name is to be hidden behind their pseudonym. */
export type NamedPerson = { realName: string | null; pseudonym: string };

/** Honorifics that may stand before a name; "Pak" and "Bu" are the short forms of "Bapak" and "Ibu". */
export const INDONESIAN_HONORIFICS: readonly string[] = ['Bapak', 'Pak', 'Ibu', 'Bu', 'Mas', 'Mbak'];

const LETTER_OR_DIGIT = '[\\p{L}\\p{M}\\p{N}_]';
const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const honorificPattern = INDONESIAN_HONORIFICS.map(escapeRegExp).join('|');
const HONORIFIC_PREFIX = new RegExp(`^(?:${honorificPattern})\\.?\\s+`, 'iu');

const words = (name: string): string[] => name.trim().split(/\s+/u).filter((word) => word !== '');
const wordsPattern = (list: readonly string[]): string => list.map(escapeRegExp).join('\\s+');

/** `keepHonorific`: the name was listed without one, so the honorific the text uses stays before the pseudonym. */
type Candidate = { pattern: string; pseudonym: string; length: number; keepHonorific: boolean };

/** The forms a person's name is found in: the full name (honorific optional), and honorific + first word. */
const candidatesOf = (person: NamedPerson): Candidate[] => {
  const written = (person.realName ?? '').trim();
  const bare = words(written.replace(HONORIFIC_PREFIX, ''));
  if (bare.length === 0 || person.pseudonym.trim() === '') return [];
  const honorific = `(?:(?:${honorificPattern})\\.?\\s+)`;
  const keepHonorific = !HONORIFIC_PREFIX.test(written);
  const found: Candidate[] = [{ pattern: `${honorific}?${wordsPattern(bare)}`, pseudonym: person.pseudonym, length: bare.join(' ').length, keepHonorific }];
  if (bare.length > 1) found.push({ pattern: `${honorific}${escapeRegExp(bare[0])}`, pseudonym: person.pseudonym, length: bare[0].length, keepHonorific });
  return found;
};

/**
 * What takes a matched name's place: the pseudonym, keeping the honorific the text used unless the pseudonym has one
 * or the name was listed with its honorific ("Pak Harjo" → "Owner A" replaces the honorific too).
 */
const replacementFor = (matched: string, { pseudonym, keepHonorific }: Candidate): string => {
  const honorific = HONORIFIC_PREFIX.exec(matched)?.[0];
  if (honorific === undefined || !keepHonorific || HONORIFIC_PREFIX.test(`${pseudonym.trim()} `)) return pseudonym;
  return `${honorific}${pseudonym}`;
};

/**
 * A replacer for the given people, built once and applied to every text of an export. People without a real name
 * are skipped; a real name that is the person's pseudonym changes nothing.
 */
export const realNameReplacer = (people: readonly NamedPerson[]): ((text: string) => string) => {
  const candidates = people.flatMap(candidatesOf).sort((a, b) => b.length - a.length);
  if (candidates.length === 0) return (text) => text;
  const alternatives = candidates.map((candidate, index) => `(?<n${index}>${candidate.pattern})`).join('|');
  const pattern = new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${alternatives})(?!${LETTER_OR_DIGIT})`, 'giu');
  return (text) => {
    let replaced = '';
    let from = 0;
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const found = candidates.find((_candidate, index) => groups[`n${index}`] !== undefined);
      replaced += text.slice(from, match.index) + (found === undefined ? match[0] : replacementFor(match[0], found));
      from = match.index + match[0].length;
    }
    return replaced + text.slice(from);
  };
};

/** One-off form of realNameReplacer. */
export const replaceRealNames = (text: string, people: readonly NamedPerson[]): string => realNameReplacer(people)(text);
