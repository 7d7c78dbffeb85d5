// The exports of a matrix display: CSV (header block, matrix, then its excerpts), a real XLSX workbook (a matrix sheet
// with the header block, an excerpts sheet; exceljs's browser build is loaded only when a workbook is made), the
// matrix as TSV for the clipboard, and a PNG picture of it.
import { encodeCsv, utf8WithBom } from '../../../../shared/export/csvFormat.ts';
import { excerptTable, headerBlock, matrixTable, type MatrixExportInput } from './matrixViewTable.ts';
import { matrixPng } from './matrixPng.ts';

export const matrixCsvBytes = (input: MatrixExportInput): Uint8Array =>
  utf8WithBom(encodeCsv([...headerBlock(input), [], ...matrixTable(input), [], ...excerptTable(input)]));

export const matrixTsvText = (input: MatrixExportInput): string => encodeCsv(matrixTable(input), { delimiter: '\t' });

export const matrixPngBytes = (input: MatrixExportInput): Promise<Uint8Array> =>
  matrixPng({ title: input.display.name, table: matrixTable(input), maxValue: input.view.maxValue, shaded: input.definition.heatShading });

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_LIMIT = 31;

export const matrixXlsxBytes = async (input: MatrixExportInput): Promise<Uint8Array> => {
  const { default: ExcelJS } = await import('exceljs/dist/exceljs.bare.min.js');
  const { t } = input;
  const workbook = new ExcelJS.Workbook();
  const matrix = workbook.addWorksheet(t('display.export.sheet.matrix').slice(0, SHEET_NAME_LIMIT));
  for (const [label, value] of headerBlock(input)) matrix.addRow([label, value]).getCell(1).font = { bold: true };
  matrix.addRow([]);
  const table = matrixTable(input);
  table.forEach((cells, index) => {
    const row = matrix.addRow(cells);
    if (index === 0 || index === table.length - 1) row.font = { bold: true };
    else row.getCell(1).font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  matrix.getColumn(1).width = 28;
  for (let column = 2; column <= (table[0]?.length ?? 1); column += 1) matrix.getColumn(column).width = 24;
  const excerpts = workbook.addWorksheet(t('display.export.sheet.excerpts').slice(0, SHEET_NAME_LIMIT));
  excerptTable(input).forEach((cells, index) => {
    const row = excerpts.addRow(cells);
    if (index === 0) row.font = { bold: true };
  });
  excerpts.getColumn(8).width = 80;
  excerpts.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
