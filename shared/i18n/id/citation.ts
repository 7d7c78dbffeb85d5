// Bahasa Indonesia for the citation area (keys of ../en/citation.ts), written for Indonesian researchers, not word for word.
import type { citationMessages } from '../en/citation.ts';

export const citationMessagesId = {
  'excerpts.quote.turn': '{speaker}: {words}',
  'excerpts.quote.turnSeparator': ' / ',
  'citation.paragraph': '¶ {number}',
  'citation.paragraphs': '¶ {first}–{last}',
  'citation.partSeparator': ', ',
  'citation.personSeparator': '; ',
  'citation.quoted': '“{quote}” ({citation})',
} satisfies Record<keyof typeof citationMessages, string>;
