// Text into HTML for the report's HTML writer: every character that could open markup escaped, line breaks kept,
// and anchor ids made from section ids (letters, digits and hyphens only, unique in the document).
import { uniqueNames } from './uniqueNames.ts';

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Escaped text whose line breaks show as `<br>` (a quote or a note written on several lines). */
export const htmlLines = (text: string): string =>
  text.replace(/\r\n?/g, '\n').split('\n').map(escapeHtml).join('<br>');

/** Lower-case ASCII letters, digits and hyphens: "Temuan & model" → "temuan-model". */
export const slug = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** One anchor id per name, "<prefix>-<slug>" (or the slug alone when it already starts so), unique in document order. */
export const anchorIds = (prefix: string, names: readonly string[]): string[] =>
  uniqueNames(names.map((name) => {
    const named = slug(name);
    return named === prefix || named.startsWith(`${prefix}-`) ? named : [prefix, named].filter((part) => part !== '').join('-');
  }));
