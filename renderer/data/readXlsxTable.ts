// An Excel workbook (.xlsx) as a SheetTable: the first worksheet, each cell as text — dates as YYYY-MM-DD, numbers
// and yes/no as written, formulas by their result. exceljs is loaded only when a workbook is imported, so nothing
// of it weighs on the app's start; its build without polyfills runs in the renderer under the app's CSP.
import type { CellValue } from 'exceljs';
import { t } from '../../shared/i18n/translate.ts';
import { SheetTableError, tableFromRecords, type SheetTable } from '../../shared/import/sheetTable.ts';

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** A cell's value as the text a person reads in it. */
export const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value && value.result !== undefined ? cellText(value.result as CellValue) : '';
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
};

export const readXlsxTable = async (fileName: string, bytes: Uint8Array): Promise<SheetTable> => {
  const { default: ExcelJS } = await import('exceljs/dist/exceljs.bare.min.js');
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy, so the workbook gets an ArrayBuffer of exactly these bytes (a view may sit inside a bigger buffer).
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    throw new SheetTableError(t('informantImport.error.notWorkbook', { file: fileName, detail: error instanceof Error ? error.message : String(error) }));
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new SheetTableError(t('informantImport.error.emptyFile', { file: fileName }));
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    records[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return tableFromRecords(fileName, Array.from(records, (record) => record ?? []));
};
