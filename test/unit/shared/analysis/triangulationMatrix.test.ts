// The triangulation matrix over the hand-made codings of matrixFixture.ts: distinct sources and informants per code
// and source kind, sub-codes only when asked, empty cells marked, totals that count a source or informant once, and
// the filters the code matrix takes.
import { describe, expect, it } from 'vitest';
import { buildTriangulationMatrix, type TriangulationMatrix } from '../../../../shared/analysis/index.ts';
import { matrixData } from './matrixFixture.ts';

/** Code label → its cells as "sources/informants", or "—" where the cell is empty. */
const table = (matrix: TriangulationMatrix): Record<string, string[]> =>
  Object.fromEntries(matrix.rows.map((row, index) => [row.label, matrix.cells[index].map((cell) => (cell.empty ? '—' : `${cell.sources}/${cell.informants}`))]));

describe('buildTriangulationMatrix', () => {
  it('counts distinct sources and informants per code and source kind, marking empty cells', () => {
    const matrix = buildTriangulationMatrix(matrixData, { codeIds: ['net', 'collab', 'advocacy'], withSubCodes: false });
    expect(matrix.columns.map((column) => column.id)).toEqual(['interview', 'observation', 'document', 'other']);
    // Networks: Dewi in s1; c4 and c8 in s2 are one source and one informant; the report s3 credits no one.
    // Collaboration: the interviewer's question in s1 credits no one, yet the source counts.
    expect(table(matrix)).toEqual({
      Networks: ['1/1', '1/1', '1/0', '—'],
      Collaboration: ['1/0', '1/1', '—', '—'],
      Advocacy: ['—', '—', '—', '—'],
    });
    expect(matrix.rows.map(({ id, sources, informants, empty }) => [id, sources, informants, empty])).toEqual([
      ['net', 3, 2, false], ['collab', 2, 1, false], ['advocacy', 0, 0, true],
    ]);
    expect(matrix.columns.map(({ sources, informants, empty }) => [sources, informants, empty])).toEqual([[1, 1, false], [1, 1, false], [1, 0, false], [0, 0, true]]);
    expect(matrix.total).toEqual({ sources: 3, informants: 2, empty: false });
  });

  it('takes in sub-codes only when asked: a coding over two turns adds both informants', () => {
    const matrix = buildTriangulationMatrix(matrixData, { codeIds: ['net'], withSubCodes: true });
    expect(table(matrix)).toEqual({ Networks: ['2/3', '1/1', '1/0', '—'] });
    expect(matrix.rows[0]).toMatchObject({ sources: 4, informants: 4 });
  });

  it('applies the filters', () => {
    const matrix = buildTriangulationMatrix(matrixData, { codeIds: null, withSubCodes: false, filters: { roles: ['owner'], sourceKinds: ['interview', 'observation'] } });
    expect(matrix.columns.map((column) => column.id)).toEqual(['interview', 'observation']);
    expect(table(matrix)).toEqual({ Networks: ['—', '1/1'], 'Networks / Learning': ['1/1', '—'], Collaboration: ['—', '1/1'], Advocacy: ['—', '—'] });
  });
});
