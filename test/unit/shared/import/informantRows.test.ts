// The informant import's core on the handed-over fixture (../shared/fixtures/kendang-jimbe/informants.csv) and on
// small tables written here: the CSV reader, column guesses, typed values, and refusals naming file, row and reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseCsv, readCsvTable } from '../../../../shared/import/csvTable.ts';
import { checkColumnUses, guessColumnUses, readInformantRows, type ColumnUse } from '../../../../shared/import/informantRows.ts';
import { SheetTableError, tableFromRecords } from '../../../../shared/import/sheetTable.ts';
import type { Informant } from '../../../../shared/model/index.ts';
import { ACCEPTANCE_FIXTURES } from '../../../support/acceptanceFixtures.ts';

const fixture = () => readCsvTable('informants.csv', new Uint8Array(readFileSync(join(ACCEPTANCE_FIXTURES, 'informants.csv'))));
const table = (text: string) => readCsvTable('people.csv', new TextEncoder().encode(text));
const informant = (id: string, pseudonym: string): Informant =>
  ({ id, projectId: 'p', pseudonym, role: '', attributes: {}, realName: null, createdAt: '', updatedAt: '' });

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and keeps blank records in place', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n\r\n"two\nlines",x,\n')).toEqual([['a', 'b, c', 'say "hi"'], [''], ['two\nlines', 'x', '']]);
  });

  it('takes the delimiter the header line uses', () => {
    expect(guessDelimiter('pseudonym;role;"a,b"\nx;y;z')).toBe(';');
    expect(guessDelimiter('pseudonym\trole\n')).toBe('\t');
    expect(guessDelimiter('pseudonym\n')).toBe(',');
  });

  it('refuses an empty file and a binary one, naming the file', () => {
    expect(() => table('\n\n')).toThrow(new SheetTableError('people.csv: the file has no rows.'));
    expect(() => readCsvTable('people.csv', new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 0, 7, 8, 0]))).toThrow('people.csv: the file is not a text (CSV) file.');
  });
});

describe('the fixture informants.csv', () => {
  it('is read with spreadsheet row numbers and its columns guessed', () => {
    const csv = fixture();
    expect(csv.header).toEqual(['id', 'file', 'pseudonym', 'role', 'source_type', 'language', 'date', 'location']);
    expect(csv.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(guessColumnUses(csv)).toEqual([
      { kind: 'attribute', name: 'id', type: 'text' },
      { kind: 'attribute', name: 'file', type: 'text' },
      { kind: 'pseudonym' },
      { kind: 'role' },
      { kind: 'attribute', name: 'source_type', type: 'text' },
      { kind: 'attribute', name: 'language', type: 'text' },
      { kind: 'attribute', name: 'date', type: 'date' },
      { kind: 'attribute', name: 'location', type: 'text' },
    ]);
  });

  it('becomes eight informants with typed attributes; one the project has already is updated', () => {
    const csv = fixture();
    const uses: ColumnUse[] = guessColumnUses(csv).map((use, index) => (index < 2 || index === 4 ? { kind: 'ignore' } : use));
    expect(checkColumnUses(uses)).toBeNull();
    const rows = readInformantRows(csv, uses, [informant('dewi-id', 'dewi')]);
    expect(rows.map((row) => row.action)).toEqual(['create', 'create', 'create', 'create', 'update', 'create', 'create', 'create']);
    expect(rows[3]).toEqual({
      rowNumber: 5,
      action: 'create',
      fields: {
        pseudonym: 'Bu Ratna', role: 'association representative', realName: null,
        attributes: {
          language: { type: 'text', value: 'en' },
          date: { type: 'date', value: '2024-03-18' },
          location: { type: 'text', value: 'PPJS secretariat, Sentul Village, Blitar, Indonesia' },
        },
      },
    });
    expect(rows[4]).toMatchObject({ action: 'update', informantId: 'dewi-id', fields: { pseudonym: 'Dewi', role: 'diaspora actor' } });
  });
});

describe('readInformantRows', () => {
  it('refuses bad rows with the file, the row and the reason, and imports the others', () => {
    const csv = table([
      'Pseudonym,Role,Real name,Years,Exports,Since',
      'Harjo,owner,Sutrisno,18,yes,2010-01-05',
      ',craftsman,,3,no,',
      'Dedi,craftsman,,three,no,',
      'harjo,owner,,1,no,',
      'Wulan,chair,,12,maybe,',
      'Ayu,,,,,2024-02-30',
      'Rina,trader,,5,ya,,surplus',
    ].join('\n'));
    const uses = guessColumnUses(csv);
    expect(uses).toEqual([
      { kind: 'pseudonym' }, { kind: 'role' }, { kind: 'realName' },
      { kind: 'attribute', name: 'Years', type: 'text' },
      { kind: 'attribute', name: 'Exports', type: 'text' },
      { kind: 'attribute', name: 'Since', type: 'text' },
    ]);
    const typed: ColumnUse[] = [...uses.slice(0, 3),
      { kind: 'attribute', name: 'Years', type: 'number' }, { kind: 'attribute', name: 'Exports', type: 'boolean' }, { kind: 'attribute', name: 'Since', type: 'date' }];
    const rows = readInformantRows(csv, typed, []);
    expect(rows.map((row) => (row.action === 'refuse' ? row.reason : `${row.rowNumber} ${row.action}`))).toEqual([
      '2 create',
      'people.csv, row 3: the pseudonym is empty.',
      'people.csv, row 4: “three” is not a number (column “Years”).',
      'people.csv, row 5: “harjo” is already on row 2.',
      'people.csv, row 6: “maybe” is not a yes/no (column “Exports”).',
      'people.csv, row 7: “2024-02-30” is not a date (column “Since”).',
      'people.csv, row 8: the row has 7 cells, but the header names 6 columns.',
    ]);
    expect(rows[0]).toMatchObject({ fields: { realName: 'Sutrisno', attributes: { Years: { type: 'number', value: 18 }, Exports: { type: 'boolean', value: true } } } });
  });

  it('takes a column named like an attribute of the project (case aside) as that attribute, with its type', () => {
    const csv = table('Pseudonym,Years In Business\nHarjo,about ten\n');
    expect(guessColumnUses(csv, [{ name: 'years in business', type: 'number' }])[1]).toEqual({ kind: 'attribute', name: 'years in business', type: 'number' });
    expect(guessColumnUses(csv)[1]).toEqual({ kind: 'attribute', name: 'Years In Business', type: 'text' });
  });

  it('accepts only column uses with exactly one pseudonym and distinct attribute names', () => {
    expect(checkColumnUses([{ kind: 'role' }])).toBe('Choose the column that holds the pseudonym.');
    expect(checkColumnUses([{ kind: 'pseudonym' }, { kind: 'pseudonym' }])).toBe('Only one column can hold the pseudonym.');
    expect(checkColumnUses([{ kind: 'pseudonym' }, { kind: 'attribute', name: 'Age', type: 'number' }, { kind: 'attribute', name: ' age', type: 'text' }]))
      .toBe('Two columns would both be the attribute “age”.');
  });

  it('numbers rows as the spreadsheet does, blank lines included', () => {
    expect(tableFromRecords('x.csv', [[''], ['pseudonym'], [''], ['A']]).rows).toEqual([{ rowNumber: 4, cells: ['A'] }]);
  });
});
