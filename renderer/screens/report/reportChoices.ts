// The Report screen's choices as plain data: the report options and the format, the edits the options panel makes
// (move, rename, include), and how they are remembered per project — one JSON text in the appState table, read back
// defensively (a stored value from an older build, or damaged, falls back to the defaults field by field).
import type { Locale } from '../../../shared/i18n/translate.ts';
import { REPORT_SECTION_IDS, type ReportFormat, type ReportSectionId } from '../../../shared/report/reportDocument.ts';
import { MAX_QUOTES, MIN_QUOTES, defaultReportOptions, type ReportOptions, type ReportSectionChoice } from '../../../shared/report/reportOptions.ts';
import { REPORT_FORMATS } from '../../../shared/report/writeReport.ts';

/** What the screen remembers: the options without their stamp (that is the moment of generating), and the format. */
export type ReportChoices = { options: Omit<ReportOptions, 'generatedAt'>; format: ReportFormat };

export const reportChoicesKey = (projectId: string): string => `reportChoices:${projectId}`;

export const defaultReportChoices = (language: Locale): ReportChoices => {
  const { generatedAt: _unused, ...options } = defaultReportOptions(language, '');
  return { options, format: 'html' };
};

export const moveSection = (sections: readonly ReportSectionChoice[], id: ReportSectionId, by: -1 | 1): ReportSectionChoice[] => {
  const from = sections.findIndex((section) => section.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= sections.length) return [...sections];
  // The title page opens the report wherever it was listed: it neither moves nor lets another take its place.
  if (sections[from].id === 'title' || sections[to].id === 'title') return [...sections];
  const moved = [...sections];
  [moved[from], moved[to]] = [moved[to], moved[from]];
  return moved;
};

/** A title equal to the default, or blank, is no rename: the default (in the report's language) stays. */
export const renameSection = (sections: readonly ReportSectionChoice[], id: ReportSectionId, title: string, defaultTitle: string): ReportSectionChoice[] =>
  sections.map((section) => (section.id === id ? { ...section, title: title.trim() === '' || title.trim() === defaultTitle ? null : title } : section));

export const includeSection = (sections: readonly ReportSectionChoice[], id: ReportSectionId, included: boolean): ReportSectionChoice[] =>
  sections.map((section) => (section.id === id ? { ...section, included } : section));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSectionId = (value: unknown): value is ReportSectionId => REPORT_SECTION_IDS.some((id) => id === value);

/** Every section once: the stored ones in their order, then any section the stored value lacks (a newer build's). */
const readSections = (value: unknown, fallback: readonly ReportSectionChoice[]): ReportSectionChoice[] => {
  if (!Array.isArray(value)) return [...fallback];
  const seen = new Set<ReportSectionId>();
  const sections: ReportSectionChoice[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || !isSectionId(entry.id) || seen.has(entry.id)) continue;
    seen.add(entry.id);
    sections.push({ id: entry.id, included: entry.included !== false, title: typeof entry.title === 'string' && entry.title.trim() !== '' ? entry.title : null });
  }
  return [...sections, ...fallback.filter((section) => !seen.has(section.id))];
};

export const readReportChoices = (stored: unknown, language: Locale): ReportChoices => {
  const defaults = defaultReportChoices(language);
  if (typeof stored !== 'string') return defaults;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return defaults;
  }
  if (!isRecord(parsed) || !isRecord(parsed.options)) return defaults;
  const storedFormat = parsed.format;
  const options = parsed.options;
  const quotes = typeof options.quotesPerConclusion === 'number' && Number.isInteger(options.quotesPerConclusion) ? options.quotesPerConclusion : defaults.options.quotesPerConclusion;
  return {
    options: {
      sections: readSections(options.sections, defaults.options.sections),
      quotesPerConclusion: Math.min(MAX_QUOTES, Math.max(MIN_QUOTES, quotes)),
      includeExcerpts: typeof options.includeExcerpts === 'boolean' ? options.includeExcerpts : defaults.options.includeExcerpts,
      language: options.language === 'en' || options.language === 'id' ? options.language : defaults.options.language,
      pseudonymise: typeof options.pseudonymise === 'boolean' ? options.pseudonymise : defaults.options.pseudonymise,
    },
    format: REPORT_FORMATS.find((format) => format === storedFormat) ?? defaults.format,
  };
};
