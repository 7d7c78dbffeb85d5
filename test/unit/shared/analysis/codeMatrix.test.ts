// The generic code matrix over hand-made codings (matrixFixture.ts), cell by cell: the attribution rule (interviewer
// turns, a coding over two turns, sources with one or several informants), sub-code aggregation, overlapping codings,
// the three cell contents, totals that count each coding once, filters, empty rows and columns, and period binning.
import { describe, expect, it } from 'vitest';
import { buildCodeMatrix, type CodeMatrix, type CodeMatrixDefinition } from '../../../../shared/analysis/index.ts';
import { matrixData } from './matrixFixture.ts';

const build = (definition: Partial<CodeMatrixDefinition>): CodeMatrix =>
  buildCodeMatrix(matrixData, { rows: 'informant', columns: 'code', cell: 'segments', codeIds: ['net', 'collab'], withSubCodes: false, ...definition });

/** Row label → its cells, for readable expectations. */
const table = (matrix: CodeMatrix): Record<string, number[]> => Object.fromEntries(matrix.rows.map((row, index) => [row.label, matrix.cells[index]]));
const rowTotals = (matrix: CodeMatrix): Record<string, number> => Object.fromEntries(matrix.rows.map((row) => [row.label, row.total]));

describe('buildCodeMatrix', () => {
  it('counts segments per informant by the attribution rule, the interviewer and an unlinked report under no informant', () => {
    const matrix = build({});
    expect(matrix.columns.map(({ id, label, total, empty }) => ({ id, label, total, empty }))).toEqual([
      { id: 'net', label: 'Networks', total: 4, empty: false },
      { id: 'collab', label: 'Collaboration', total: 2, empty: false },
    ]);
    expect(table(matrix)).toEqual({ Budi: [0, 0], Dewi: [1, 0], Harjo: [2, 1], Sari: [0, 0], Wulan: [0, 0], '(no informant)': [1, 1] });
    expect(rowTotals(matrix)).toEqual({ Budi: 0, Dewi: 1, Harjo: 3, Sari: 0, Wulan: 0, '(no informant)': 2 });
    expect(matrix.rows.map((row) => [row.id, row.none, row.empty])).toEqual([
      ['budi', false, true], ['dewi', false, false], ['harjo', false, false], ['sari', false, true], ['wulan', false, true], ['', true, false],
    ]);
    expect(matrix.total).toBe(6);
  });

  it('takes in sub-codes only when asked, counting a coding over two turns once for each informant and once in a total', () => {
    const matrix = build({ withSubCodes: true });
    expect(table(matrix)).toEqual({ Budi: [1, 0], Dewi: [2, 0], Harjo: [2, 1], Sari: [0, 0], Wulan: [1, 0], '(no informant)': [1, 1] });
    expect(matrix.columns.map((column) => column.total)).toEqual([6, 2]);
    expect(matrix.total).toBe(8);

    const parentAndChild = build({ codeIds: ['net', 'learn'], withSubCodes: true, rows: 'source' });
    expect(table(parentAndChild)).toEqual({ 'Association report': [1, 0], 'Interview Dewi & Budi': [2, 1], 'Interview Wulan': [1, 1], 'Workshop notes': [2, 0] });
    expect(parentAndChild.rows.map((row) => row.total)).toEqual([1, 2, 1, 2]);
  });

  it('counts distinct informants per role, a coding over two turns reaching both roles', () => {
    const matrix = build({ rows: 'role', cell: 'informants', withSubCodes: true });
    expect(table(matrix)).toEqual({ association: [1, 0], diaspora: [1, 0], owner: [2, 1], '(no role)': [0, 0] });
    expect(matrix.rows.map((row) => [row.id, row.total, row.empty])).toEqual([
      ['association', 1, false], ['diaspora', 1, false], ['owner', 2, false], ['', 0, false],
    ]);
    expect(matrix.columns.map((column) => column.total)).toEqual([4, 1]);
    expect(matrix.total).toBe(4);
  });

  it('counts coded words with overlapping codings counted once', () => {
    const matrix = build({ rows: 'source', cell: 'words' });
    expect(table(matrix)).toEqual({ 'Association report': [4, 0], 'Interview Dewi & Budi': [4, 4], 'Interview Wulan': [0, 0], 'Workshop notes': [4, 4] });
    // c5 overlaps c4 by "the workshop." (2 words): the row counts the union, 6 words, not 8.
    expect(matrix.rows.map((row) => row.total)).toEqual([4, 8, 0, 6]);
    expect(matrix.total).toBe(18);
  });

  it('lists every code in code-tree order when none are chosen, flagging a code without codings as empty', () => {
    const matrix = build({ codeIds: null, rows: 'source-kind' });
    expect(matrix.columns.map((column) => [column.id, column.label, column.empty])).toEqual([
      ['net', 'Networks', false], ['learn', 'Networks / Learning', false], ['collab', 'Collaboration', false], ['advocacy', 'Advocacy', true],
    ]);
    expect(table(matrix)).toEqual({ Interview: [1, 2, 1, 0], Observation: [2, 0, 1, 0], Document: [1, 0, 0, 0], Other: [0, 0, 0, 0] });
    expect(matrix.rows.map((row) => [row.id, row.empty])).toEqual([['interview', false], ['observation', false], ['document', false], ['other', true]]);
  });

  it('bins source dates by quarter and by year, filling the periods between and keeping undated sources apart', () => {
    const quarters = build({ codeIds: null, rows: 'period', period: 'quarter', columns: 'source-kind' });
    expect(quarters.columns.map((column) => column.id)).toEqual(['interview', 'observation', 'document', 'other']);
    expect(quarters.rows.map((row) => [row.id, row.label, row.empty])).toEqual([
      ['2024-Q1', '2024 Q1', false], ['2024-Q2', '2024 Q2', true], ['2024-Q3', '2024 Q3', false], ['2024-Q4', '2024 Q4', true],
      ['2025-Q1', '2025 Q1', false], ['', '(no date)', false],
    ]);
    expect(quarters.cells).toEqual([[3, 0, 0, 0], [0, 0, 0, 0], [0, 3, 0, 0], [0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 1, 0]]);

    const years = build({ codeIds: null, rows: 'period', columns: 'source-kind' });
    expect(table(years)).toEqual({ 2024: [3, 3, 0, 0], 2025: [1, 0, 0, 0], '(no date)': [0, 0, 1, 0] });
  });

  it('filters by role, keeping only those informants of a coding and dropping codings of no one', () => {
    const matrix = build({ withSubCodes: true, filters: { roles: ['owner'] } });
    expect(table(matrix)).toEqual({ Budi: [1, 0], Harjo: [2, 1] });
    expect(matrix.total).toBe(4);
  });

  it('filters by source kind, coder and date range', () => {
    const kinds = build({ rows: 'source', columns: 'source-kind', codeIds: null, filters: { sourceKinds: ['interview'] } });
    expect(kinds.columns.map((column) => column.id)).toEqual(['interview']);
    expect(table(kinds)).toEqual({ 'Interview Dewi & Budi': [3], 'Interview Wulan': [1] });

    const coder = build({ filters: { coderIds: ['r2'] } });
    expect(table(coder)).toEqual({ Budi: [0, 0], Dewi: [0, 0], Harjo: [1, 0], Sari: [0, 0], Wulan: [0, 0] });

    const later = build({ rows: 'period', codeIds: null, columns: 'source-kind', filters: { dateFrom: '2024-06-01' } });
    expect(table(later)).toEqual({ 2024: [0, 3, 0, 0], 2025: [1, 0, 0, 0] });
    const window = build({ rows: 'source', codeIds: null, columns: 'source-kind', filters: { dateFrom: '2024-01-01', dateTo: '2024-12-31' } });
    expect(window.rows.map((row) => row.label)).toEqual(['Interview Dewi & Budi', 'Workshop notes']);
  });

  it('credits every coding of a source with one informant and no linked speaker to that informant', () => {
    const matrix = build({ codeIds: ['collab'] });
    expect(table(matrix)).toEqual({ Budi: [0], Dewi: [0], Harjo: [1], Sari: [0], Wulan: [0], '(no informant)': [1] });
  });
});
