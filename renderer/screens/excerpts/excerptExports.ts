// The files the Coded excerpts screen exports, in the order of its buttons: CSV, Markdown, XLSX and Word. The
// workbook and Word writers are loaded with the first such export, never with the screen (exceljs's polyfill-free
// browser build, as for the matrices; docx with the Word builder).
import type { CodedExcerpt } from '../../../shared/export/index.ts';
import { buildExcerptsCsv, buildExcerptsMarkdown, buildExcerptsXlsx } from '../../../shared/export/index.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';

export const EXCERPT_EXPORTS = {
  csv: { label: 'retrieval.export', filterName: 'retrieval.export.filterName' },
  md: { label: 'retrieval.exportMarkdown', filterName: 'retrieval.export.markdownFilterName' },
  xlsx: { label: 'retrieval.exportXlsx', filterName: 'retrieval.export.xlsxFilterName' },
  docx: { label: 'retrieval.exportDocx', filterName: 'retrieval.export.docxFilterName' },
} as const satisfies Record<string, { label: MessageKey; filterName: MessageKey }>;

export type ExcerptExportFormat = keyof typeof EXCERPT_EXPORTS;

export const EXCERPT_EXPORT_FORMATS = Object.keys(EXCERPT_EXPORTS).filter((key): key is ExcerptExportFormat => key in EXCERPT_EXPORTS);

export const writeExcerptExport = async (format: ExcerptExportFormat, excerpts: readonly CodedExcerpt[]): Promise<Uint8Array> => {
  switch (format) {
    case 'csv':
      return buildExcerptsCsv(excerpts);
    case 'md':
      return buildExcerptsMarkdown(excerpts);
    case 'xlsx':
      return buildExcerptsXlsx((await import('exceljs/dist/exceljs.bare.min.js')).default, excerpts);
    case 'docx':
      return (await import('../../../shared/export/excerptsDocx.ts')).buildExcerptsDocx(excerpts);
  }
};
