// Any saved matrix display exported (CSV, TSV and a real XLSX read back with exceljs): the header block naming the
// display, its type and filters; clusters above the column labels; counts as numbers with their detail beside them;
// triangulation cells with no evidence marked; the researcher's summaries, checklist ratings and justifying quotes as
// text; and the excerpts sheet listing exactly the codings behind each cell.
import ExcelJS, { type CellValue } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeMatrixView } from '../../../../shared/analysis/index.ts';
import {
  buildMatrixViewCsv, buildMatrixViewXlsx, collectMatrixViewExcerpts, matrixViewCsvRows, matrixViewTsv,
} from '../../../../shared/export/index.ts';
import { cellKey, type CellNote, type Display, type MatrixDisplayDefinition, type MatrixDisplayType } from '../../../../shared/model/index.ts';
import { matrixDisplay, richerData } from '../analysis/viewFixture.ts';
import { asExcerptData } from './matrixExcerptData.ts';

const AT = '2024-01-01T00:00:00.000Z';

const data = asExcerptData(richerData);

const note = (plainText: string, rating: string | null = null, quoteCodingId: string | null = null): CellNote => ({
  summary: { content: '', plainText }, rating, quoteCodingId, evidenceSeen: [], updatedAt: AT,
});

const saved = (type: MatrixDisplayType, changes: Partial<MatrixDisplayDefinition>, cellNotes: Record<string, CellNote> = {}): Display => ({
  ...matrixDisplay(type, changes), name: `My ${type}`, cellNotes,
});

const csvOf = (display: Display) => matrixViewCsvRows(display, computeMatrixView(data, display), data, 'en');

describe('matrix display exports', () => {
  it('names the display, its type, rows, columns, cells, codes and filters in the header block', () => {
    const display = saved('case-by-code', {
      codeIds: ['net', 'collab'], withSubCodes: true,
      filters: { roles: ['owner', ''], sourceKinds: ['interview'], coderIds: ['r2'], dateFrom: '2024-01-01', attributes: [{ name: 'village', values: ['Sentul', 'Blitar'] }] },
    });
    expect(csvOf(display).slice(0, 12)).toEqual([
      ['Display', 'My case-by-code'], ['Type', 'Case-by-code matrix'], ['Rows', 'Informants'], ['Columns', 'Codes'], ['Cells', 'Coded segments'],
      ['Codes', 'Networks; Collaboration'], ['Sub-codes counted', 'Yes'], ['Roles', 'owner; (no role)'], ['Informant attributes', 'village: Sentul, Blitar'],
      ['Source kinds', 'Interview'], ['Coders', 'Bayu'], ['Source dates', '2024-01-01 to …'],
    ]);
    const periods = csvOf(saved('time-ordered', { dateAttribute: 'joined', periods: { kind: 'quarter' } }));
    expect(periods.slice(0, 5)).toEqual([
      ['Display', 'My time-ordered'], ['Type', 'Time-ordered matrix'], ['Rows', 'Periods (by quarter), dated by the informant attribute "joined"'], ['Columns', 'Codes'], ['Cells', 'Coded segments'],
    ]);
  });

  it('writes a role-ordered matrix\'s summaries with "n informants / n excerpts" beside them, and no totals', () => {
    const display = saved('role-ordered', { codeIds: ['net', 'collab'], rowOrder: ['owner'] }, { [cellKey('owner', 'net')]: note('Owners find buyers through relatives.') });
    const rows = csvOf(display);
    expect(rows.slice(rows.findIndex((row) => row.length === 0) + 1)).toEqual([
      ['', 'Networks', 'Collaboration'],
      ['owner', 'Owners find buyers through relatives. (1 informant / 2 excerpts)', '(1 informant / 1 excerpt)'],
      ['association', '', ''],
      ['diaspora', '(1 informant / 1 excerpt)', ''],
      ['(no role)', '(0 informants / 1 excerpt)', '(0 informants / 1 excerpt)'],
    ]);
    expect(matrixViewTsv(display, computeMatrixView(data, display), 'en').split('\r\n')[1]).toBe('owner\tOwners find buyers through relatives. (1 informant / 2 excerpts)\t(1 informant / 1 excerpt)');
  });

  it('writes a checklist\'s ratings (default scale through i18n, a custom one as written) with the justifying quote', () => {
    const display = saved('checklist', { checklistCodeId: 'net', ratingScale: ['high', 'low'] }, {
      [cellKey('learn', 'owner')]: note('Learns from buyers.', 'strong', 'c2'),
      [cellKey('fairs', 'owner')]: note('', 'high'),
    });
    const rows = csvOf(display);
    expect(rows.slice(0, 6)).toEqual([['Display', 'My checklist'], ['Type', 'Checklist matrix'], ['Rows', 'Sub-codes of Networks'], ['Columns', 'Informant roles'], ['Cells', 'Summaries'], ['Sub-codes counted', 'No']]);
    expect(rows.slice(-3)).toEqual([
      ['', 'association', 'diaspora', 'owner'],
      ['Learning', '', '', 'Strong — Learns from buyers. — “Den Haag. Tourists in Bali.”'],
      ['Exhibitions', '', '', 'high'],
    ]);
  });

  it('marks triangulation cells with no evidence, writes counts with their detail, and a row of clusters above a split', () => {
    const rows = csvOf(saved('triangulation', { codeIds: ['learn'], splitByRole: true, hideEmptyColumns: true, filters: { sourceKinds: ['interview', 'document'] } }));
    expect(rows.slice(-4)).toEqual([
      ['', 'Interview', '', ''],
      ['', 'association', 'diaspora', 'owner', 'Total'],
      ['Networks / Learning', '1 (1 source · 1 informant)', '1 (1 source · 1 informant)', '1 (1 source · 1 informant)', 3],
      ['Total', 1, 1, 1, 3],
    ]);
    const plain = csvOf(saved('triangulation', { codeIds: ['learn'] }));
    expect(plain.at(-2)).toEqual(['Networks / Learning', '3 (2 sources · 3 informants)', 'No evidence', 'No evidence', 'No evidence', 3]);
    const cooccurrence = csvOf(saved('cooccurrence', { codeIds: ['net', 'collab'] }));
    expect(cooccurrence.slice(-4)).toEqual([['', 'Networks', 'Collaboration', 'Total'], ['Networks', 4, '2 (0.5)', 4], ['Collaboration', '2 (0.5)', 2, 2], ['Total', 4, 2, 6]]);
    expect(cooccurrence[4]).toEqual(['Cells', 'Overlapping segments, with the coefficient n12 / (n1 + n2 − n12)']);
  });

  it('writes the CSV as UTF-8 with a BOM and CRLF line ends', () => {
    const display = saved('event-listing', { codeIds: ['collab'], hideEmptyRows: true });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buildMatrixViewCsv(display, computeMatrixView(data, display), data, { locale: 'en' }));
    expect(text.startsWith('\uFEFFDisplay,My event-listing\r\n')).toBe(true);
    expect(text).toContain('\r\n2024,"Who buys your drums?\nthe workshop. Four carvers"\r\n');
  });

  it('writes a workbook with the matrix sheet and the excerpts behind each cell, readable by exceljs', async () => {
    const display = saved('clustered', { codeIds: ['net', 'collab'], rows: 'role', hideEmptyRows: true }, { [cellKey('owner', 'net')]: note('Not shown: the cells are counts.') });
    const view = computeMatrixView(data, display);
    const bytes = await buildMatrixViewXlsx(ExcelJS, display, view, collectMatrixViewExcerpts(data, view, 'en'), data, 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Excerpts']);
    const [matrixSheet, excerptSheet] = workbook.worksheets;
    const text = (value: CellValue): string | number => (value === null || value === undefined ? '' : typeof value === 'number' ? value : String(value));
    const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1).map(text) : []));
    const rows = rowsOf(matrixSheet);
    expect(rows.slice(0, 8)).toEqual([
      ['Display', 'My clustered'], ['Type', 'Conceptually clustered matrix'], ['Rows', 'Informant roles'], ['Columns', 'Codes'], ['Cells', 'Coded segments'],
      ['Codes', 'Networks; Collaboration'], ['Sub-codes counted', 'No'], ['Columns grouped', 'Under their model roles'],
    ]);
    expect(rows.slice(-6)).toEqual([
      ['', 'entry point', 'value creator'],
      ['', 'Networks', 'Collaboration', 'Total'],
      ['diaspora', 1, 0, 1],
      ['owner', 2, 1, 3],
      ['(no role)', 1, 1, 2],
      ['Total', 4, 2, 6],
    ]);
    expect(rowsOf(excerptSheet)).toEqual([
      ['Row', 'Column', 'Source', 'Speaker', 'Informant', 'Role', 'Code', 'Excerpt'],
      ['diaspora', 'Networks', 'Interview Dewi & Budi', 'Dewi', 'Dewi', 'diaspora', 'Networks', 'Shops in Den Haag.'],
      ['owner', 'Networks', 'Workshop notes', '', 'Harjo', 'owner', 'Networks', 'Morning at the workshop.'],
      ['owner', 'Networks', 'Workshop notes', '', 'Harjo', 'owner', 'Networks', 'at the workshop.'],
      ['owner', 'Collaboration', 'Workshop notes', '', 'Harjo', 'owner', 'Collaboration', 'the workshop.\n\nFour carvers'],
      ['(no role)', 'Networks', 'Association report', '', '', '', 'Networks', 'Training twice a year.'],
      ['(no role)', 'Collaboration', 'Interview Dewi & Budi', 'Interviewer', '', '', 'Collaboration', 'Who buys your drums?'],
    ]);
  });
});
