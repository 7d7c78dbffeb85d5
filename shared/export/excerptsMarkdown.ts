// The coded-excerpt Markdown file (issue 11, point 3): grouped by code, then by informant, each quote as a block
// quote followed by where it comes from — source, speakers, roles, paragraphs and timestamp — so a co-author can read
// it, paste it into a chapter, or diff two versions. Pseudonyms only; LF line ends; the same excerpts give the same
// bytes. Text that Markdown would read as markup (emphasis, links, headings, HTML) is escaped.
import { getLocale, t, type Locale } from '../i18n/translate.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';
import { excerptOrigin, groupExcerpts } from './excerptGroups.ts';

const MARKUP = /[\\`*_[\]<>#|~]/g;

/** Escapes what Markdown would read as markup, so the text reads as written. */
export const escapeMarkdown = (text: string): string => text.replace(MARKUP, (character) => `\\${character}`);

const quoteBlock = (text: string): string[] => text.split(/\r\n|\r|\n/).map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`));

/** The Markdown text: excerpts keep their order inside each code and informant group; groups appear in first-seen order. */
export const excerptsMarkdown = (excerpts: readonly CodedExcerpt[], locale: Locale = getLocale()): string => {
  const lines = [`# ${escapeMarkdown(t('retrieval.markdown.title', undefined, locale))}`, '', t('retrieval.markdown.count', { count: excerpts.length }, locale)];
  for (const { codePath, informants } of groupExcerpts(excerpts, locale)) {
    lines.push('', `## ${escapeMarkdown(codePath)}`);
    for (const { heading, excerpts: group } of informants) {
      lines.push('', `### ${escapeMarkdown(heading)}`);
      for (const excerpt of group) lines.push('', ...quoteBlock(excerpt.text), '', `— ${excerptOrigin(excerpt, locale).map(escapeMarkdown).join(' · ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
};

/** The Markdown file's bytes (UTF-8, no BOM). */
export const buildExcerptsMarkdown = (excerpts: readonly CodedExcerpt[], locale?: Locale): Uint8Array =>
  new TextEncoder().encode(excerptsMarkdown(excerpts, locale));
