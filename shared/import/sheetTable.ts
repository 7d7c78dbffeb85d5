// A spreadsheet as the informant import reads it, whatever the file (CSV or XLSX): a header row and the rows
// below it as text cells, each with the row number a spreadsheet program shows, so a refusal can name the row.
import { t } from '../i18n/translate.ts';

export type SheetRow = { rowNumber: number; cells: string[] };

export type SheetTable = { fileName: string; header: string[]; rows: SheetRow[] };

/** A file that cannot be read as a table at all (the message names the file and the reason). */
export class SheetTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetTableError';
  }
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * The table of `records` (record i is spreadsheet row i + 1): the first non-blank record is the header, blank
 * records are left out but keep their place in the numbering.
 */
export const tableFromRecords = (fileName: string, records: readonly (readonly string[])[]): SheetTable => {
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex === -1) throw new SheetTableError(t('informantImport.error.emptyFile', { file: fileName }));
  const header = records[headerIndex].map((cell) => cell.trim());
  const rows = records
    .map((cells, index) => ({ rowNumber: index + 1, cells: cells.map((cell) => cell.trim()) }))
    .filter((row, index) => index > headerIndex && !isBlank(row.cells));
  return { fileName, header, rows };
};
