// A code matrix as a real Excel workbook: a "Matrix" sheet with the header block naming the definition and filters and
// then the table with its totals (matrixCsv.ts), and an "Excerpts" sheet with the excerpts behind each cell
// (matrixExcerpts.ts). exceljs comes in as a parameter: the renderer passes its polyfill-free browser build
// (renderer/data/exceljsBare.d.ts), the CLI the package itself, and this file stays free of either.
import type * as ExcelJS from 'exceljs';
import type { CodeMatrix } from '../analysis/matrixTypes.ts';
import { getLocale, t, type Locale, type MessageKey } from '../i18n/translate.ts';
import { matrixHeaderBlock, matrixTableRows, type MatrixExportContext } from './matrixCsv.ts';
import type { MatrixCellExcerpt } from './matrixExcerpts.ts';
import type { CsvCell } from './csvFormat.ts';

/** The part of exceljs the export uses. */
export type ExcelModule = Pick<typeof ExcelJS, 'Workbook'>;

const EXCERPT_HEADER_KEYS = [
  'display.export.header.row',
  'display.export.header.column',
  'excerpts.csv.header.source',
  'excerpts.csv.header.speaker',
  'excerpts.csv.header.informant',
  'excerpts.csv.header.role',
  'excerpts.csv.header.codePath',
  'excerpts.csv.header.excerpt',
] as const satisfies readonly MessageKey[];

/** A sheet with a header block in bold labels, an empty row, and a table whose first and last rows are bold (labels and totals). */
export const addTableSheet = (
  workbook: ExcelJS.Workbook, name: string, header: readonly [string, string][], table: readonly (readonly CsvCell[])[], boldRows: { first: number; lastIsTotal: boolean },
): ExcelJS.Worksheet => {
  const sheet = workbook.addWorksheet(name);
  for (const [label, value] of header) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  table.forEach((cells, index) => {
    const row = sheet.addRow([...cells]);
    if (index < boldRows.first || (boldRows.lastIsTotal && index === table.length - 1)) row.font = { bold: true };
    else row.getCell(1).font = { bold: true };
  });
  sheet.getColumn(1).width = Math.min(60, Math.max(12, ...table.map((cells) => String(cells[0] ?? '').length + 2)));
  return sheet;
};

const addMatrixSheet = (workbook: ExcelJS.Workbook, matrix: CodeMatrix, context: MatrixExportContext, locale: Locale): ExcelJS.Worksheet =>
  addTableSheet(workbook, t('display.export.sheet.matrix', undefined, locale), matrixHeaderBlock(matrix, context, locale), matrixTableRows(matrix, locale), { first: 1, lastIsTotal: true });

export const addExcerptSheet = (workbook: ExcelJS.Workbook, excerpts: readonly MatrixCellExcerpt[], locale: Locale): void => {
  const sheet = workbook.addWorksheet(t('display.export.sheet.excerpts', undefined, locale));
  sheet.addRow(EXCERPT_HEADER_KEYS.map((key) => t(key, undefined, locale))).font = { bold: true };
  for (const { rowLabel, columnLabel, excerpt } of excerpts) {
    sheet.addRow([
      rowLabel,
      columnLabel,
      excerpt.sourceTitle,
      excerpt.speakers.join('; '),
      excerpt.informants.map((person) => person.pseudonym).join('; '),
      excerpt.roles.join('; '),
      excerpt.codePath,
      excerpt.text,
    ]);
  }
  sheet.getColumn(EXCERPT_HEADER_KEYS.length).width = 80;
  sheet.getColumn(EXCERPT_HEADER_KEYS.length).alignment = { wrapText: true, vertical: 'top' };
};

/** The workbook: the matrix sheet first, then the excerpts behind it. Text stays text: exceljs writes no formula from a string. */
export const buildMatrixWorkbook = (
  excel: ExcelModule, matrix: CodeMatrix, excerpts: readonly MatrixCellExcerpt[], context: MatrixExportContext, locale: Locale = getLocale(),
): ExcelJS.Workbook => {
  const workbook = new excel.Workbook();
  addMatrixSheet(workbook, matrix, context, locale);
  addExcerptSheet(workbook, excerpts, locale);
  return workbook;
};

/** The .xlsx file's bytes. */
export const buildMatrixXlsx = async (
  excel: ExcelModule, matrix: CodeMatrix, excerpts: readonly MatrixCellExcerpt[], context: MatrixExportContext, locale: Locale = getLocale(),
): Promise<Uint8Array> => new Uint8Array(await buildMatrixWorkbook(excel, matrix, excerpts, context, locale).xlsx.writeBuffer());
