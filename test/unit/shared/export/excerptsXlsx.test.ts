// The coded excerpts as a workbook, read back with exceljs: the CSV's translated header and one row per excerpt, the
// header frozen and filterable, and on request one sheet per code whose name Excel accepts (≤ 31 characters, none of
// []:*?/\, unique).
import ExcelJS, { type CellValue } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildExcerptsXlsx, excerptCsvRows, safeSheetName } from '../../../../shared/export/index.ts';
import { codedExcerpt, harjo, rina } from './codedExcerptFixture.ts';

const cell = (value: CellValue): string | number | null => (value === null || value === undefined ? null : typeof value === 'number' ? value : String(value));

const sheetRows = (sheet: ExcelJS.Worksheet, width: number): (string | number | null)[][] => {
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, index) => cell(row.getCell(index + 1).value))));
  return rows;
};

const readBack = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
};

const excerpts = [
  codedExcerpt('Business networks / Learning', 'They taught us that.', [harjo]),
  codedExcerpt('Diaspora', '=SUM(A1) is not a formula here', [rina], { sourceTitle: 'Wawancara Rina', timestamp: '00:04:10', memo: 'Bridge' }),
  codedExcerpt('Business networks / Learning', 'And from the buyers.', [], { speakers: [], paragraphs: null }),
];

describe('buildExcerptsXlsx', () => {
  it('writes one row per excerpt under the CSV header, the header frozen and filterable', async () => {
    const workbook = await readBack(await buildExcerptsXlsx(ExcelJS, excerpts, { locale: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Coded excerpts']);
    const [sheet] = workbook.worksheets;
    const expected = excerptCsvRows(excerpts, 'en');
    const width = expected[0].length;
    expect(sheetRows(sheet, width)).toEqual(expected);
    expect(expected[0].slice(0, 3)).toEqual(['Code', 'Excerpt', 'Source']);
    // Text stays text: a leading "=" is not turned into a formula.
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    // Fourteen columns, A to N: the filter covers exactly the header row.
    expect(width).toBe(14);
    expect(sheet.autoFilter).toBe('A1:N1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
  });

  it('adds one sheet per code, in first-seen order, each with only that code\'s excerpts', async () => {
    const workbook = await readBack(await buildExcerptsXlsx(ExcelJS, excerpts, { locale: 'en', sheetPerCode: true }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Coded excerpts', 'Business networks - Learning', 'Diaspora']);
    const learning = workbook.worksheets[1];
    expect(sheetRows(learning, 2).map((row) => row[1])).toEqual(['Excerpt', 'They taught us that.', 'And from the buyers.']);
    expect(learning.autoFilter).toBe('A1:N1');
    expect(learning.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('makes sheet names Excel accepts, unique even when long code paths share a beginning', async () => {
    const long = 'Global collaboration / Design innovation / With buyers';
    const workbook = await readBack(await buildExcerptsXlsx(ExcelJS, [
      codedExcerpt(`${long} abroad`, 'one', [harjo]), codedExcerpt(`${long} at home`, 'two', [harjo]), codedExcerpt('Coded excerpts', 'three', [rina]),
      codedExcerpt('What? [draft]: a*b\\c', 'four', [rina]),
    ], { locale: 'en', sheetPerCode: true }));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(['Coded excerpts', 'Global collaboration - Design i', 'Global collaboration - Desi (2)', 'Coded excerpts (2)', 'What- -draft-- a-b-c']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('names sheets safely on its own: case-insensitive clashes, reserved and empty names', () => {
    expect(safeSheetName('diaspora', new Set(['Diaspora']))).toBe('diaspora (2)');
    expect(safeSheetName('History', new Set())).toBe('History-');
    expect(safeSheetName('///', new Set())).toBe('---');
    expect(safeSheetName("'quoted'", new Set())).toBe('quoted');
    expect(safeSheetName('', new Set())).toBe('-');
  });
});
