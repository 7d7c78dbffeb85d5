// The code co-occurrence matrix of the displays (issue 9): codes against codes, each cell counting the pairs of coded
// segments of the two codes that overlap, lie in the same turn (block), or lie within N characters of each other in
// one source, with the coefficient n12 / (n1 + n2 − n12) beside the count (n1, n2: the codes' segments), as
// ATLAS.ti's c-coefficient. A segment never pairs with itself, so a coding that counts for a code and for its chosen
// sub-code adds nothing; the coefficient can pass 1 only when one segment meets several of the other code.
import { codePath, indexCodes } from '../codebook/codeTree.ts';
import type { Id } from '../model/index.ts';
import { chosenCodeIds, codeColumnsByCode } from './codeMatrix.ts';
import { buildCooccurrenceGrid } from './cooccurrenceView.ts';
import { collectMatrixEvidence } from './matrixEvidence.ts';
import type { MatrixData, MatrixFilters } from './matrixTypes.ts';

export type CooccurrenceMode = { kind: 'overlap' } | { kind: 'same-turn' } | { kind: 'proximity'; characters: number };

export type CooccurrenceDefinition = {
  codeIds: readonly Id[] | null;
  withSubCodes: boolean;
  mode: CooccurrenceMode;
  filters?: MatrixFilters;
};

/** On the diagonal `count` is the code's own segments and `coefficient` null; elsewhere null when neither has any. */
export type CooccurrenceCell = { count: number; coefficient: number | null };

export type CooccurrenceMatrix = {
  /** The codes, both the rows and the columns, with their segments (n1, n2). */
  codes: { id: Id; label: string; segments: number }[];
  cells: CooccurrenceCell[][];
};

/** The same counts as the co-occurrence display (cooccurrenceView.ts, one sweep per source), in the builder's shape. */
export const buildCooccurrenceMatrix = (data: MatrixData, definition: CooccurrenceDefinition): CooccurrenceMatrix => {
  const chosen = chosenCodeIds(data, definition.codeIds);
  const codesOf = codeColumnsByCode(data, chosen, definition.withSubCodes);
  const evidence = collectMatrixEvidence(data, (coding) => codesOf.has(coding.codeId), definition.filters ?? {});
  const byId = indexCodes(data.codes);
  const codes = chosen.map((id) => ({ id, label: codePath(byId, id), none: false, groupId: null }));
  const grid = buildCooccurrenceGrid(evidence, codes, codesOf, definition.mode);
  return {
    codes: grid.rows.map((row) => ({ id: row.id, label: row.label, segments: row.total ?? 0 })),
    cells: grid.cells.map((row, a) => row.map((cell, b) => ({ count: cell.value ?? 0, coefficient: grid.coefficients[a][b] }))),
  };
};
