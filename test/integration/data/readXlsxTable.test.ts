// Reading an Excel workbook with the renderer's exceljs build: the fixture's informants written as .xlsx read back
// as the same table as the CSV, typed cells as text, and a file that is no workbook refused by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsxTable } from '../../../renderer/data/readXlsxTable.ts';
import { readCsvTable } from '../../../shared/import/csvTable.ts';
import { ACCEPTANCE_FIXTURES } from '../../support/acceptanceFixtures.ts';
import { makeXlsx } from '../../support/makeXlsx.ts';

describe('readXlsxTable', () => {
  it('reads the fixture informants from a workbook as the CSV reads them', async () => {
    const csv = readCsvTable('informants.csv', new Uint8Array(readFileSync(join(ACCEPTANCE_FIXTURES, 'informants.csv'))));
    const workbook = await makeXlsx([csv.header, ...csv.rows.map((row) => row.cells)]);
    const xlsx = await readXlsxTable('informants.xlsx', workbook);
    expect(xlsx).toEqual({ ...csv, fileName: 'informants.xlsx' });
  });

  it('turns dates, numbers and yes/no cells into text, keeping blank rows in the numbering', async () => {
    const workbook = await makeXlsx([['pseudonym', 'since', 'years', 'exports'], [], ['Harjo', new Date(Date.UTC(2010, 0, 5)), 18, true]]);
    expect((await readXlsxTable('people.xlsx', workbook)).rows).toEqual([{ rowNumber: 3, cells: ['Harjo', '2010-01-05', '18', 'true'] }]);
  });

  it('refuses bytes that are not a workbook, naming the file', async () => {
    await expect(readXlsxTable('notes.xlsx', new TextEncoder().encode('pseudonym,role\n'))).rejects.toThrow(/^notes\.xlsx: the file could not be read as an Excel workbook/);
  });
});
