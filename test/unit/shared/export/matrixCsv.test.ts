// The code matrix as CSV and TSV: the exact text of a small hand-made matrix (header block naming the definition and
// filters, row and column labels, cells, totals), formula-guarded labels, and the BOM.
import { describe, expect, it } from 'vitest';
import type { CodeMatrix } from '../../../../shared/analysis/index.ts';
import { buildMatrixCsv, matrixTsv, type MatrixExportContext } from '../../../../shared/export/index.ts';
import type { Code } from '../../../../shared/model/index.ts';

const AT = '2024-01-01T00:00:00.000Z';
const code = (id: string, name: string, parentId: string | null): Code => ({
  id, projectId: 'p', parentId, order: 0, name, color: '#336699', definition: '', inclusionCriteria: '', exclusionCriteria: '',
  example: '', modelRole: null, status: 'draft', createdAt: AT, updatedAt: AT,
});

const context: MatrixExportContext = {
  codes: [code('net', 'Networks', null), code('learn', 'Learning', 'net'), code('collab', 'Collaboration', null)],
  coders: [{ id: 'r1', name: 'Ayu' }],
};

const header = (id: string, label: string, total: number, none = false) => ({ id, label, none, total, empty: total === 0 });

const matrix: CodeMatrix = {
  definition: {
    rows: 'role', columns: 'code', cell: 'segments', codeIds: ['learn', 'collab'], withSubCodes: false,
    filters: { roles: ['owner', ''], sourceKinds: ['interview'], coderIds: ['r1'], dateFrom: '2024-01-01', dateTo: null },
  },
  rows: [header('owner', 'owner', 3), header('-x', '-2+3 "co-op", Bali', 0), header('', '(no role)', 1, true)],
  columns: [header('learn', 'Networks / Learning', 2), header('collab', 'Collaboration', 2)],
  cells: [[2, 1], [0, 0], [0, 1]],
  cellCodingIds: [[['g1', 'g2'], ['g3']], [[], []], [[], ['g4']]],
  total: 4,
};

describe('buildMatrixCsv', () => {
  it('writes the header block, then the table with row and column totals', () => {
    const bytes = buildMatrixCsv(matrix, context, { locale: 'en' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe([
      'Rows,Informant roles',
      'Columns,Codes',
      'Cells,Coded segments',
      'Codes,Networks / Learning; Collaboration',
      'Sub-codes counted,No',
      'Roles,owner; (no role)',
      'Source kinds,Interview',
      'Coders,Ayu',
      'Source dates,2024-01-01 to …',
      '',
      ',Networks / Learning,Collaboration,Total',
      'owner,2,1,3',
      '"\'-2+3 ""co-op"", Bali",0,0,0',
      '(no role),0,1,1',
      'Total,2,2,4',
      '',
    ].join('\r\n'));
  });

  it('says "All" for a filter left out and names the period binning', () => {
    const periods: CodeMatrix = { ...matrix, definition: { rows: 'period', columns: 'source-kind', cell: 'words', codeIds: null, withSubCodes: true, period: 'quarter' } };
    const lines = new TextDecoder().decode(buildMatrixCsv(periods, context, { locale: 'en' }).slice(3)).split('\r\n');
    expect(lines.slice(0, 9)).toEqual([
      'Rows,Periods (by quarter)', 'Columns,Source kinds', 'Cells,Coded words', 'Codes,All', 'Sub-codes counted,Yes',
      'Roles,All', 'Source kinds,All', 'Coders,All', 'Source dates,All',
    ]);
  });
});

describe('matrixTsv', () => {
  it('gives the table alone, tab-separated, for the clipboard', () => {
    expect(matrixTsv(matrix, 'en')).toBe([
      '\tNetworks / Learning\tCollaboration\tTotal',
      'owner\t2\t1\t3',
      // Quotes in a label are quoted as in CSV, which spreadsheets read back from the clipboard.
      '"\'-2+3 ""co-op"", Bali"\t0\t0\t0',
      '(no role)\t0\t1\t1',
      'Total\t2\t2\t4',
      '',
    ].join('\r\n'));
  });
});
