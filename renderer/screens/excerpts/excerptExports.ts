// The files the Coded excerpts screen exports, in the order of its buttons: CSV, Markdown, XLSX and Word. The
// workbook and Word writers are loaded with the first such export, never with the screen (exceljs's polyfill-free
// browser build, as for the matrices; docx with the Word builder). Pseudonymised, every text they carry passes
// through the project's replacer first (the option is remembered for the session); the workbook may add one sheet
// per code.
import type { CodedExcerpt } from '../../../shared/export/index.ts';
import { buildExcerptsCsv, buildExcerptsMarkdown, buildExcerptsXlsx, pseudonymiseExcerpts } from '../../../shared/export/index.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';

export const EXCERPT_EXPORTS = {
  csv: { label: 'retrieval.export', filterName: 'retrieval.export.filterName' },
  md: { label: 'retrieval.exportMarkdown', filterName: 'retrieval.export.markdownFilterName' },
  xlsx: { label: 'retrieval.exportXlsx', filterName: 'retrieval.export.xlsxFilterName' },
  docx: { label: 'retrieval.exportDocx', filterName: 'retrieval.export.docxFilterName' },
} as const satisfies Record<string, { label: MessageKey; filterName: MessageKey }>;

export type ExcerptExportFormat = keyof typeof EXCERPT_EXPORTS;

export const EXCERPT_EXPORT_FORMATS = Object.keys(EXCERPT_EXPORTS).filter((key): key is ExcerptExportFormat => key in EXCERPT_EXPORTS);

const PSEUDONYMISE_KEY = 'caseweave.excerpts.pseudonymise';

/** Whether the last export of this session was pseudonymised (off at first). */
export const pseudonymiseRemembered = (): boolean => {
  try {
    return sessionStorage.getItem(PSEUDONYMISE_KEY) === 'true';
  } catch {
    return false;
  }
};

export const rememberPseudonymise = (on: boolean): void => {
  try {
    sessionStorage.setItem(PSEUDONYMISE_KEY, String(on));
  } catch {
    // No session storage: the option is simply not remembered.
  }
};

/**
 * The file's bytes; `replace`, when given, is the project's pseudonym replacer applied to every text first;
 * `sheetPerCode` adds a sheet per code to the workbook (other formats ignore it).
 */
export const writeExcerptExport = async (
  format: ExcerptExportFormat, shown: readonly CodedExcerpt[], replace?: (text: string) => string, sheetPerCode = false,
): Promise<Uint8Array> => {
  const excerpts = replace === undefined ? shown : pseudonymiseExcerpts(shown, replace);
  switch (format) {
    case 'csv':
      return buildExcerptsCsv(excerpts);
    case 'md':
      return buildExcerptsMarkdown(excerpts);
    case 'xlsx':
      return buildExcerptsXlsx((await import('exceljs/dist/exceljs.bare.min.js')).default, excerpts, { sheetPerCode });
    case 'docx':
      return (await import('../../../shared/export/excerptsDocx.ts')).buildExcerptsDocx(excerpts);
  }
};
