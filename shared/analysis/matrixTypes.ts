// The shapes of a code matrix display (issue 9): what a caller asks for (rows, columns, cell content, codes,
// filters) and what the builder hands back (labelled, id'd rows and columns with totals and empty flags, and cells).
import type { Code, Coding, Conclusion, Display, Id, Informant, IsoDate, MemberCheck, Memo, Source, SourceKind, TriangulationRule } from '../model/index.ts';

/** What a matrix reads of a source: enough for the attribution rule, coded words, kinds and periods. */
export type MatrixSource = Pick<Source, 'id' | 'title' | 'kind' | 'date' | 'text' | 'turns' | 'informantIds' | 'speakerLinks'>;

/** The plain project data every matrix builder reads (no database, no DOM). */
export type MatrixData = {
  informants: readonly Informant[];
  sources: readonly MatrixSource[];
  codes: readonly Code[];
  codings: readonly Coding[];
  /**
   * What the triangulation overview display reads besides the codings (conclusionOverview.ts): the conclusions, the
   * displays and memos their evidence may point at, and the project's rule. Absent, that display has no rows.
   */
  verification?: VerificationData;
};

export type VerificationData = {
  conclusions: readonly Conclusion[];
  displays: readonly Display[];
  memos: readonly Pick<Memo, 'id' | 'target'>[];
  /** The project's member checks, so evidence resting on an informant's answer counts like the rest. */
  memberChecks: readonly MemberCheck[];
  rule: TriangulationRule;
};

export type MatrixRowDimension = 'informant' | 'role' | 'source' | 'source-kind' | 'period';
export type MatrixColumnDimension = 'code' | 'source-kind';
/** Coded segments (codings), distinct informants the codings belong to, or coded words. */
export type MatrixCellContent = 'segments' | 'informants' | 'words';
export type PeriodBinning = 'year' | 'quarter';

export const MATRIX_ROW_DIMENSIONS: readonly MatrixRowDimension[] = ['informant', 'role', 'source', 'source-kind', 'period'];
export const MATRIX_COLUMN_DIMENSIONS: readonly MatrixColumnDimension[] = ['code', 'source-kind'];
export const MATRIX_CELL_CONTENTS: readonly MatrixCellContent[] = ['segments', 'informants', 'words'];

/** Each filter left out (or null) keeps everything. */
export type MatrixFilters = {
  /** Keeps only informants of these roles ("" for no role); a coding that belongs to none of them is left out. */
  roles?: readonly string[] | null;
  sourceKinds?: readonly SourceKind[] | null;
  coderIds?: readonly Id[] | null;
  /** Inclusive ISO dates; when either is set, sources without a date are left out. */
  dateFrom?: IsoDate | null;
  dateTo?: IsoDate | null;
  /** Keeps only informants whose attribute `name` has one of `values` (compared as text), each filter in turn. */
  attributes?: readonly { name: string; values: readonly string[] }[] | null;
};

export type CodeMatrixDefinition = {
  rows: MatrixRowDimension;
  columns: MatrixColumnDimension;
  cell: MatrixCellContent;
  /** The codes chosen, in the order their columns take; null: every code, in code-tree order. */
  codeIds: readonly Id[] | null;
  /** Whether a code's counts take in the codings of its sub-codes. */
  withSubCodes: boolean;
  /** How `period` rows bin source dates; year when absent. */
  period?: PeriodBinning;
  filters?: MatrixFilters;
};

/**
 * One row or column. `id` is stable across recomputation (an informant or source id, a role, a source kind, a period
 * such as "2024" or "2024-Q3", a code id); the row of codings that belong to no informant, no role or no date has
 * `none` set and the id "".
 */
export type MatrixHeader = {
  id: string;
  label: string;
  none: boolean;
  /** The cell content over the whole row or column, each coding counted once. */
  total: number;
  /** No coding falls in it: a caller may hide it. */
  empty: boolean;
};

export type CodeMatrix = {
  definition: CodeMatrixDefinition;
  rows: MatrixHeader[];
  columns: MatrixHeader[];
  /** cells[row][column]. */
  cells: number[][];
  /** The codings behind each cell, cellCodingIds[row][column], each once, in the data's order. */
  cellCodingIds: Id[][][];
  /** The cell content over the whole matrix, each coding counted once. */
  total: number;
};
