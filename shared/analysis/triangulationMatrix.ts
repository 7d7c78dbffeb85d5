// The triangulation matrix of the displays (issue 9): codes against source kinds (interview, observation, document,
// other), each cell counting the distinct sources and distinct informants behind a code in that kind of data, and
// marking the cells with no evidence at all, so a finding resting on one kind of data shows plainly.
import { indexCodes, codePath } from '../codebook/codeTree.ts';
import type { Id } from '../model/index.ts';
import { chosenCodeIds, codeColumnsByCode } from './codeMatrix.ts';
import { collectMatrixEvidence, type MatrixEvidence } from './matrixEvidence.ts';
import { columnValues } from './matrixDimensions.ts';
import type { MatrixData, MatrixFilters } from './matrixTypes.ts';

export type TriangulationDefinition = {
  /** The codes of the rows, in order; null: every code, in code-tree order. */
  codeIds: readonly Id[] | null;
  withSubCodes: boolean;
  filters?: MatrixFilters;
};

/** Distinct sources and informants of some evidence; `empty` when no coding lies there. */
export type TriangulationCount = { sources: number; informants: number; empty: boolean };

export type TriangulationHeader = TriangulationCount & { id: string; label: string };

export type TriangulationMatrix = {
  /** One row per chosen code. */
  rows: TriangulationHeader[];
  /** One column per source kind the filters keep. */
  columns: TriangulationHeader[];
  /** cells[code][kind]. */
  cells: TriangulationCount[][];
  total: TriangulationCount;
};

const countOf = (evidence: readonly MatrixEvidence[]): TriangulationCount => ({
  sources: new Set(evidence.map((item) => item.source.id)).size,
  informants: new Set(evidence.flatMap((item) => item.informantIds)).size,
  empty: evidence.length === 0,
});

export const buildTriangulationMatrix = (data: MatrixData, definition: TriangulationDefinition): TriangulationMatrix => {
  const filters = definition.filters ?? {};
  const chosen = chosenCodeIds(data, definition.codeIds);
  const rowsByCode = codeColumnsByCode(data, chosen, definition.withSubCodes);
  const evidence = collectMatrixEvidence(data, (coding) => rowsByCode.has(coding.codeId), filters);
  const kinds = columnValues(data, 'source-kind', [], filters);
  const inCell = (codeId: Id | null, kind: string | null): MatrixEvidence[] =>
    evidence.filter((item) => (codeId === null || (rowsByCode.get(item.coding.codeId) ?? []).includes(codeId)) && (kind === null || item.source.kind === kind));
  const byId = indexCodes(data.codes);
  return {
    rows: chosen.map((id) => ({ id, label: codePath(byId, id), ...countOf(inCell(id, null)) })),
    columns: kinds.map(({ id, label }) => ({ id, label, ...countOf(inCell(null, id)) })),
    cells: chosen.map((codeId) => kinds.map((kind) => countOf(inCell(codeId, kind.id)))),
    total: countOf(evidence),
  };
};
