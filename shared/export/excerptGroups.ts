// How the reading exports of coded excerpts (Markdown, Word) arrange them: by code, then by informant, groups in
// first-seen order and excerpts in theirs, and what each quote is followed by (source, speakers, paragraphs,
// timestamp). Pseudonyms only, as the excerpts carry them.
import { t, type Locale } from '../i18n/translate.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';

export type InformantGroup = { heading: string; excerpts: CodedExcerpt[] };
export type CodeGroup = { codePath: string; informants: InformantGroup[] };

/** "Harjo (owner), Rina", or "No informant" for an excerpt that belongs to nobody. */
export const informantHeading = (excerpt: CodedExcerpt, locale: Locale): string =>
  excerpt.informants.length === 0
    ? t('retrieval.markdown.noInformant', undefined, locale)
    : excerpt.informants.map((person) => (person.role.trim() === '' ? person.pseudonym : `${person.pseudonym} (${person.role})`)).join(', ');

/**
 * Where a quote comes from, part by part: source, speakers, (with `roles`) the informants' roles, paragraphs,
 * timestamp; missing parts left out.
 */
export const excerptOrigin = (excerpt: CodedExcerpt, locale: Locale, { roles = false }: { roles?: boolean } = {}): string[] => {
  const parts = [excerpt.sourceTitle];
  if (excerpt.speakers.length > 0) parts.push(excerpt.speakers.join(', '));
  if (roles && excerpt.roles.length > 0) parts.push(excerpt.roles.join(', '));
  if (excerpt.paragraphs !== null) {
    const { first, last } = excerpt.paragraphs;
    parts.push(first === last ? t('retrieval.markdown.paragraph', { first }, locale) : t('retrieval.markdown.paragraphs', { first, last }, locale));
  }
  if (excerpt.timestamp !== null) parts.push(excerpt.timestamp);
  return parts;
};

export const groupExcerpts = (excerpts: readonly CodedExcerpt[], locale: Locale): CodeGroup[] => {
  const byCode = new Map<string, Map<string, CodedExcerpt[]>>();
  for (const excerpt of excerpts) {
    const informants = byCode.get(excerpt.codePath) ?? new Map<string, CodedExcerpt[]>();
    byCode.set(excerpt.codePath, informants);
    const heading = informantHeading(excerpt, locale);
    informants.set(heading, [...(informants.get(heading) ?? []), excerpt]);
  }
  return [...byCode].map(([codePath, informants]) => ({ codePath, informants: [...informants].map(([heading, group]) => ({ heading, excerpts: group })) }));
};
