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
  // One pass: each piece of evidence goes to its codes' rows, its kind's column and their cells.
  const byRow = new Map<Id, MatrixEvidence[]>();
  const byColumn = new Map<string, MatrixEvidence[]>();
  const byCell = new Map<string, MatrixEvidence[]>();
  const add = (buckets: Map<string, MatrixEvidence[]>, key: string, item: MatrixEvidence): void => {
    const list = buckets.get(key);
    if (list === undefined) buckets.set(key, [item]);
    else list.push(item);
  };
  for (const item of evidence) {
    add(byColumn, item.source.kind, item);
    for (const codeId of rowsByCode.get(item.coding.codeId) ?? []) {
      add(byRow, codeId, item);
      add(byCell, JSON.stringify([codeId, item.source.kind]), item);
    }
  }
  const inCell = (codeId: Id | null, kind: string | null): MatrixEvidence[] =>
    (codeId === null ? byColumn.get(kind ?? '') : kind === null ? byRow.get(codeId) : byCell.get(JSON.stringify([codeId, kind]))) ?? [];
  const byId = indexCodes(data.codes);
  return {
    rows: chosen.map((id) => ({ id, label: codePath(byId, id), ...countOf(inCell(id, null)) })),
    columns: kinds.map(({ id, label }) => ({ id, label, ...countOf(inCell(null, id)) })),
    cells: chosen.map((codeId) => kinds.map((kind) => countOf(inCell(codeId, kind.id)))),
    total: countOf(evidence),
  };
};
