// How Caseweave cites an excerpt: "(Pseudonym, role, source title, ¶ 12–13, 00:14:05)". Pseudonyms only; the real
// name never reaches a citation. The excerpt list, "Copy with citation" and the exports all build it here.
import { citedTimestamp, type ParagraphSpan } from '../analysis/excerptLocation.ts';
import { getLocale, t, type Locale } from '../i18n/translate.ts';

export type CitedPerson = { pseudonym: string; role: string };

export type CitationParts = {
  informants: readonly CitedPerson[];
  sourceTitle: string;
  paragraphs: ParagraphSpan | null;
  /** As the source writes it; the citation gives it to the second. */
  timestamp: string | null;
};

/** "¶ 12", or "¶ 12–13" for an excerpt over several paragraphs. */
export const paragraphLabel = (span: ParagraphSpan, locale: Locale = getLocale()): string =>
  span.first === span.last
    ? t('citation.paragraph', { number: span.first }, locale)
    : t('citation.paragraphs', { first: span.first, last: span.last }, locale);

/** Where the excerpt is, as its card shows it beside the source: "¶ 12–13, 00:14:05" (empty when unknown). */
export const locationLabel = (parts: Pick<CitationParts, 'paragraphs' | 'timestamp'>, locale: Locale = getLocale()): string =>
  citationText({ informants: [], sourceTitle: '', paragraphs: parts.paragraphs, timestamp: parts.timestamp }, locale);

/**
 * The citation without its brackets. With one informant (or none) every part is separated by commas, as in
 * "Dewi, diaspora actor, I05, ¶ 12"; with several, each person and the location are separated by semicolons so a
 * role cannot be read as the next person's name.
 */
export const citationText = (parts: CitationParts, locale: Locale = getLocale()): string => {
  const comma = t('citation.partSeparator', undefined, locale);
  const people = parts.informants.map((person) => [person.pseudonym, person.role].filter((part) => part !== '').join(comma));
  const where = [
    parts.sourceTitle,
    parts.paragraphs === null ? '' : paragraphLabel(parts.paragraphs, locale),
    parts.timestamp === null ? '' : citedTimestamp(parts.timestamp),
  ].filter((part) => part !== '').join(comma);
  return [...people, where].join(people.length > 1 ? t('citation.personSeparator', undefined, locale) : comma);
};

/** The quote followed by its citation, as "Copy with citation" puts it on the clipboard. */
export const quoteWithCitation = (quote: string, parts: CitationParts, locale: Locale = getLocale()): string =>
  t('citation.quoted', { quote, citation: citationText(parts, locale) }, locale);
