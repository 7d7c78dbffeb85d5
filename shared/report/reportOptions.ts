// The choices a report is generated with (issue 11, point 1): which sections, in what order and under what titles;
// how many quotes a conclusion shows; whether excerpts are quoted at all; the language; pseudonymisation; and the day
// and instant it is stamped with. The same options and project give the same bytes.
import type { Locale } from '../i18n/translate.ts';
import { REPORT_SECTION_IDS, type ReportSectionId } from './reportDocument.ts';

/** A section as chosen: shown or not, and its title when the user renamed it (null: the default title). */
export type ReportSectionChoice = { id: ReportSectionId; included: boolean; title: string | null };

export type ReportOptions = {
  /** Every section once, in the order the report shows them. */
  sections: ReportSectionChoice[];
  /** Quotes per conclusion in the findings, 2–5. */
  quotesPerConclusion: number;
  includeExcerpts: boolean;
  language: Locale;
  pseudonymise: boolean;
  /** The instant the report is stamped with (ISO); its day is the date line. */
  generatedAt: string;
};

export const MIN_QUOTES = 2;
export const MAX_QUOTES = 5;

export const defaultReportOptions = (language: Locale, generatedAt: string): ReportOptions => ({
  sections: REPORT_SECTION_IDS.map((id) => ({ id, included: true, title: null })),
  quotesPerConclusion: 3,
  includeExcerpts: true,
  language,
  pseudonymise: true,
  generatedAt,
});
