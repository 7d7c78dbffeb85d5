// English messages of excerpt quotes and citations: turn boundaries inside an excerpt, "¶" paragraph numbers, and the
// "(Pseudonym, role, source, ¶ 12)" citation that "Copy with citation" and the exports use.
export const citationMessages = {
  'excerpts.quote.turn': '{speaker}: {words}',
  'excerpts.quote.turnSeparator': ' / ',
  'citation.paragraph': '¶ {number}',
  'citation.paragraphs': '¶ {first}–{last}',
  'citation.partSeparator': ', ',
  'citation.personSeparator': '; ',
  'citation.quoted': '“{quote}” ({citation})',
} as const;
