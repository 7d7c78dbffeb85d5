// The code matrix as a real workbook, read back with exceljs: the sheet names, the header block naming the filters,
// the table's cells and totals equal to the builder's matrix, and the excerpts behind each cell with source, speaker,
// informant, role, code and quote.
import ExcelJS, { type CellValue } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCodeMatrix } from '../../../../shared/analysis/index.ts';
import { buildMatrixXlsx, collectMatrixExcerpts } from '../../../../shared/export/index.ts';
import { matrixData } from '../analysis/matrixFixture.ts';
import { asExcerptData } from './matrixExcerptData.ts';

const data = asExcerptData(matrixData);

const text = (value: CellValue): string | number => (value === null || value === undefined ? '' : typeof value === 'number' ? value : String(value));

const sheetRows = (sheet: ExcelJS.Worksheet): (string | number)[][] => {
  const rows: (string | number)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    rows[rowNumber - 1] = Array.from({ length: row.cellCount }, (_, index) => text(row.getCell(index + 1).value));
  });
  return Array.from(rows, (row) => row ?? []);
};

describe('buildMatrixXlsx', () => {
  it('writes a matrix sheet with the filters and totals and an excerpts sheet, readable by exceljs', async () => {
    const matrix = buildCodeMatrix(data, {
      rows: 'informant', columns: 'code', cell: 'segments', codeIds: ['net', 'collab'], withSubCodes: true, filters: { sourceKinds: ['interview', 'observation'] },
    });
    const bytes = await buildMatrixXlsx(ExcelJS, matrix, collectMatrixExcerpts(data, matrix, 'en'), data, 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Excerpts']);

    const [matrixSheet, excerptSheet] = workbook.worksheets;
    const rows = sheetRows(matrixSheet);
    expect(rows.slice(0, 9)).toEqual([
      ['Rows', 'Informants'], ['Columns', 'Codes'], ['Cells', 'Coded segments'], ['Codes', 'Networks; Collaboration'], ['Sub-codes counted', 'Yes'],
      ['Roles', 'All'], ['Source kinds', 'Interview; Observation'], ['Coders', 'All'], ['Source dates', 'All'],
    ]);
    expect(rows[9]).toEqual([]);
    expect(rows.slice(10)).toEqual([
      ['', 'Networks', 'Collaboration', 'Total'],
      ['Budi', 1, 0, 1],
      ['Dewi', 2, 0, 2],
      ['Harjo', 2, 1, 3],
      ['Sari', 0, 0, 0],
      ['Wulan', 1, 0, 1],
      ['(no informant)', 0, 1, 1],
      ['Total', 5, 2, 7],
    ]);
    // The same numbers as the builder's, cell by cell.
    expect(rows.slice(11, -1).map((row) => row.slice(1, -1))).toEqual(matrix.cells);

    expect(sheetRows(excerptSheet)).toEqual([
      ['Row', 'Column', 'Source', 'Speaker', 'Informant', 'Role', 'Code', 'Excerpt'],
      ['Budi', 'Networks', 'Interview Dewi & Budi', 'Dewi; Budi', 'Dewi; Budi', 'diaspora; owner', 'Networks / Learning', expect.stringContaining('Bali.')],
      ['Dewi', 'Networks', 'Interview Dewi & Budi', 'Dewi', 'Dewi', 'diaspora', 'Networks', 'Shops in Den Haag.'],
      ['Dewi', 'Networks', 'Interview Dewi & Budi', 'Dewi; Budi', 'Dewi; Budi', 'diaspora; owner', 'Networks / Learning', expect.stringContaining('Den Haag')],
      ['Harjo', 'Networks', 'Workshop notes', '', 'Harjo', 'owner', 'Networks', 'Morning at the workshop.'],
      ['Harjo', 'Networks', 'Workshop notes', '', 'Harjo', 'owner', 'Networks', 'at the workshop.'],
      ['Harjo', 'Collaboration', 'Workshop notes', '', 'Harjo', 'owner', 'Collaboration', expect.stringContaining('Four carvers')],
      ['Wulan', 'Networks', 'Interview Wulan', 'Wulan', 'Wulan', 'association', 'Networks / Learning', 'The district office trains us.'],
      ['(no informant)', 'Collaboration', 'Interview Dewi & Budi', 'Interviewer', '', '', 'Collaboration', 'Who buys your drums?'],
    ]);
  });
});
