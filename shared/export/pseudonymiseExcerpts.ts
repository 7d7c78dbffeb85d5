// Pseudonymisation of coded excerpts on export (issue 11, point 4): every text an excerpt file writes (the quote,
// the code path, the source's title, speakers, informants' labels and roles, the memo) passed through the project's
// replacer (pseudonymList.ts), so every writer (CSV, JSON, Markdown, XLSX, Word) gets the same hidden names.
import type { CodedExcerpt } from './codedExcerpts.ts';

/** The excerpts with `replace` applied to all the text they carry; ids, offsets and the coder's name are kept. */
export const pseudonymiseExcerpts = (excerpts: readonly CodedExcerpt[], replace: (text: string) => string): CodedExcerpt[] =>
  excerpts.map((excerpt) => ({
    ...excerpt,
    codePath: replace(excerpt.codePath),
    text: replace(excerpt.text),
    sourceTitle: replace(excerpt.sourceTitle),
    speakers: excerpt.speakers.map(replace),
    informants: excerpt.informants.map((informant) => ({ ...informant, pseudonym: replace(informant.pseudonym), role: replace(informant.role) })),
    roles: excerpt.roles.map(replace),
    memo: replace(excerpt.memo),
  }));
