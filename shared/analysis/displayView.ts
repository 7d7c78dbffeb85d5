// What a saved display looks like once computed (issue 9): the one shape the Displays screen paints, the exports
// write, the report prints and the CLI lists, whatever the matrix type. computeMatrixView(data, display) makes it from
// plain project data with the builders of this folder (matrixViews.ts); the researcher's cell notes are joined by cell key.
import type { CellNote, Display, Id, MatrixDisplayType } from '../model/index.ts';
import { buildMatrixView } from './matrixViews.ts';
import type { MatrixData } from './matrixTypes.ts';

/** A row or column of a computed display. `id` is stable across recomputation (it keys the cell notes). */
export type ViewHeader = {
  id: string;
  label: string;
  /** The row of codings that belong to no informant, no role or no date. */
  none: boolean;
  /** The cell content over the whole row or column (each coding once); null when the content is not a count. */
  total: number | null;
  empty: boolean;
  /** The cluster (model role or parent code) a column sits under, by its group id; null outside clustered matrices. */
  groupId: string | null;
  /** More about it on hover (a conclusion's triangulation status and reason in the overview). */
  title?: string;
};

export type ColumnGroup = { id: string; label: string; span: number };

/** One excerpt shown inside a cell (cell content "excerpts", event listings, a checklist's justifying quote). */
export type ViewExcerpt = { codingId: Id; sourceId: Id; sourceTitle: string; informantIds: Id[]; quote: string };

export type ViewCell = {
  /** cellKey(row.id, column.id). */
  key: string;
  /** The count shown (segments, informants, words, or a co-occurrence count); null when the cell shows no count. */
  value: number | null;
  /** A second figure beside the value: "2 sources · 3 informants", a co-occurrence coefficient; null when none. */
  detail: string | null;
  /** Co-occurrence only: the coefficient n12 / (n1 + n2 − n12) as a number (null on the diagonal or with no segments). */
  coefficient?: number | null;
  /** The codings behind the cell, each once: its excerpts, its evidence for the evidence-changed flag. */
  codingIds: Id[];
  /** Distinct informants and excerpts behind the cell ("n informants / n excerpts"). */
  informants: number;
  excerpts: number;
  /** Present for cell content "excerpts" and in event listings. */
  quotes: ViewExcerpt[] | null;
  empty: boolean;
  /** More about it on hover (the reason beside a triangulation status in the overview). */
  title?: string;
};

export type MatrixView = {
  kind: 'matrix';
  type: MatrixDisplayType;
  rows: ViewHeader[];
  columns: ViewHeader[];
  /** Column clusters of a conceptually clustered matrix, in column order; null for the other types. */
  columnGroups: ColumnGroup[] | null;
  cells: ViewCell[][];
  total: number | null;
  /** The largest cell value, for heat shading (0 when none). */
  maxValue: number;
};

/** What changed in a cell's evidence since its note was written or reviewed; null when nothing did. */
export type EvidenceChange = { added: Id[]; removed: Id[] };

export const evidenceChange = (note: CellNote | undefined, cell: Pick<ViewCell, 'codingIds'>): EvidenceChange | null => {
  if (note === undefined) return null;
  const seen = new Set(note.evidenceSeen);
  const now = new Set(cell.codingIds);
  const added = cell.codingIds.filter((id) => !seen.has(id));
  const removed = note.evidenceSeen.filter((id) => !now.has(id));
  return added.length === 0 && removed.length === 0 ? null : { added, removed };
};

/** The computed matrix of a display, whatever its type; the researcher's notes are joined by the caller by cell key. */
export const computeMatrixView = (data: MatrixData, display: Display): MatrixView => {
  if (display.definition.kind !== 'matrix' || display.type === 'network') throw new Error(`Display ${display.id} is not a matrix`);
  return buildMatrixView(data, display.type, display.definition);
};
