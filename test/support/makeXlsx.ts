// Builds .xlsx files for tests with exceljs's Node build: rows of strings, numbers, booleans and dates.
import ExcelJS from 'exceljs';

export type XlsxCell = string | number | boolean | Date | null;

export const makeXlsx = async (rows: readonly (readonly XlsxCell[])[], sheetName = 'Informants'): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
