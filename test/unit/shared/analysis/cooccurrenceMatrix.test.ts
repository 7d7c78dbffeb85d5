// The code co-occurrence matrix over the hand-made codings of matrixFixture.ts (plus one coding of Learning at the end
// of the workshop notes' second paragraph): overlapping segments, the same turn, within N characters, sub-codes only
// when asked with a segment never pairing with itself, the coefficient n12 / (n1 + n2 − n12), and the filters.
import { describe, expect, it } from 'vitest';
import { buildCooccurrenceMatrix, type CooccurrenceMatrix, type CooccurrenceMode, type MatrixData } from '../../../../shared/analysis/index.ts';
import { fixtureCoding, matrixData } from './matrixFixture.ts';

// "work." shares the second paragraph with c5 ("… Four carvers") four characters (" at ") after it, overlapping nothing.
const data: MatrixData = { ...matrixData, codings: [...matrixData.codings, fixtureCoding('c9', 'learn', 's2', 'work.')] };

const counts = (matrix: CooccurrenceMatrix): number[][] => matrix.cells.map((row) => row.map((cell) => cell.count));
const build = (mode: CooccurrenceMode, extra: Partial<Parameters<typeof buildCooccurrenceMatrix>[1]> = {}): CooccurrenceMatrix =>
  buildCooccurrenceMatrix(data, { codeIds: ['net', 'learn', 'collab'], withSubCodes: false, mode, ...extra });

describe('buildCooccurrenceMatrix', () => {
  it('counts overlapping segment pairs, with each code\'s segments on the diagonal and the coefficient beside', () => {
    const matrix = build({ kind: 'overlap' });
    expect(matrix.codes.map(({ id, label, segments }) => [id, label, segments])).toEqual([['net', 'Networks', 4], ['learn', 'Networks / Learning', 3], ['collab', 'Collaboration', 2]]);
    // c1–c2 in Dewi's answer; c4–c5 and c8–c5 in the notes (c4 and c8 share a code, so they add nothing).
    expect(counts(matrix)).toEqual([[4, 1, 2], [1, 3, 0], [2, 0, 2]]);
    expect(matrix.cells[0][1].coefficient).toBeCloseTo(1 / (4 + 3 - 1));
    expect(matrix.cells[0][2].coefficient).toBe(2 / (4 + 2 - 2));
    expect(matrix.cells[1][2].coefficient).toBe(0);
    expect(matrix.cells[1][1].coefficient).toBeNull();
  });

  it('counts pairs in the same turn, or within N characters', () => {
    expect(counts(build({ kind: 'same-turn' }))).toEqual([[4, 1, 2], [1, 3, 1], [2, 1, 2]]);
    expect(counts(build({ kind: 'proximity', characters: 3 }))).toEqual([[4, 1, 3], [1, 3, 0], [3, 0, 2]]);
    // Four characters reach c9 from c5; twenty reach Dewi's c2 from the interviewer's question c3 as well.
    expect(counts(build({ kind: 'proximity', characters: 4 }))).toEqual([[4, 1, 3], [1, 3, 1], [3, 1, 2]]);
    expect(counts(build({ kind: 'proximity', characters: 20 }))[1][2]).toBe(2);
  });

  it('takes in sub-codes only when asked, a segment never pairing with itself', () => {
    const matrix = build({ kind: 'overlap' }, { codeIds: ['net', 'learn'], withSubCodes: true });
    expect(matrix.codes.map((code) => code.segments)).toEqual([7, 3]);
    expect(counts(matrix)).toEqual([[7, 1], [1, 3]]);
    expect(matrix.cells[0][1].coefficient).toBeCloseTo(1 / 9);
  });

  it('applies the filters', () => {
    const owners = build({ kind: 'overlap' }, { filters: { roles: ['owner'] } });
    // Dewi's c1 is left out, so c2 (kept for Budi) meets no Networks segment.
    expect(counts(owners)).toEqual([[2, 0, 2], [0, 2, 0], [2, 0, 1]]);
    const interviews = build({ kind: 'overlap' }, { filters: { sourceKinds: ['interview'] } });
    expect(counts(interviews)).toEqual([[1, 1, 0], [1, 2, 0], [0, 0, 1]]);
    expect(interviews.cells[0][2].coefficient).toBe(0);
  });
});
