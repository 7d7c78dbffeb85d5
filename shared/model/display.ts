// A display (Miles & Huberman's second stage): a saved matrix or network, its definition, and the researcher's own
// writing in its cells. A display is a live view: its cells are computed from the codings each time (shared/analysis);
// only the definition and the cell notes are stored, the notes keyed by the row and column ids (cellKey).
import type { Id, IsoDate, IsoInstant } from './ids.ts';
import type { RichText } from './richText.ts';
import type { SourceKind } from './source.ts';

export type MatrixDisplayType =
  | 'case-by-code'
  | 'role-ordered'
  | 'clustered'
  | 'checklist'
  | 'time-ordered'
  | 'event-listing'
  | 'triangulation'
  | 'cooccurrence'
  | 'triangulation-overview';
export type DisplayType = MatrixDisplayType | 'network';

export const MATRIX_DISPLAY_TYPES: readonly MatrixDisplayType[] = [
  'case-by-code', 'role-ordered', 'clustered', 'checklist', 'time-ordered', 'event-listing', 'triangulation', 'cooccurrence',
  'triangulation-overview',
];
export const DISPLAY_TYPES: readonly DisplayType[] = [...MATRIX_DISPLAY_TYPES, 'network'];

/** Rows of a matrix display (checklist: what its columns run across; its rows are the sub-codes). */
export type DisplayRows = 'informant' | 'role' | 'source' | 'source-kind' | 'period';
/** What a cell shows: counts of coded segments, of distinct informants, coded words, the excerpts, or the summary. */
export type DisplayCellContent = 'segments' | 'informants' | 'words' | 'excerpts' | 'summary';

/** A period the user defines for a time-ordered display; both dates inclusive. */
export type UserPeriod = { id: Id; label: string; from: IsoDate; to: IsoDate };
export type DisplayPeriods =
  | { kind: 'year' }
  | { kind: 'quarter' }
  | { kind: 'custom'; periods: UserPeriod[] };

/** Keeps informants whose attribute `name` has one of `values` (compared as text). */
export type AttributeFilter = { name: string; values: string[] };

/** Each filter left out (or null) keeps everything. */
export type DisplayFilters = {
  roles?: string[] | null;
  sourceKinds?: SourceKind[] | null;
  coderIds?: Id[] | null;
  dateFrom?: IsoDate | null;
  dateTo?: IsoDate | null;
  attributes?: AttributeFilter[] | null;
};

export type DisplaySort = { by: 'reading' | 'label' | 'total'; direction: 'ascending' | 'descending' };

export type CooccurrenceProximity = { kind: 'overlap' } | { kind: 'same-turn' } | { kind: 'proximity'; characters: number };

/** The default rating scale of a checklist matrix (labels through i18n: display.rating.<id>). */
export const DEFAULT_RATING_SCALE: readonly string[] = ['strong', 'present', 'sketchy', 'absent'];

export type MatrixDisplayDefinition = {
  kind: 'matrix';
  /**
   * case-by-code: informant | source; role-ordered: role; clustered: informant | role; checklist: informant | role
   * (its columns; the rows are the sub-codes of checklistCodeId); time-ordered and event-listing: period;
   * triangulation: ignored (rows are codes); co-occurrence: ignored (codes × codes); triangulation-overview: ignored
   * (rows are the project's conclusions, kept to those linked to `codeIds` when set).
   */
  rows: DisplayRows;
  cell: DisplayCellContent;
  /** The codes (columns; rows of triangulation and co-occurrence), in order; null: every code in code-tree order. */
  codeIds: Id[] | null;
  withSubCodes: boolean;
  filters: DisplayFilters;
  /** role-ordered: the user's order of roles; roles not in it follow in alphabetical order. */
  rowOrder?: string[];
  /** clustered: columns grouped under their codes' model roles, or under these parent codes. */
  clusterBy?: { kind: 'model-role' } | { kind: 'parent-codes'; codeIds: Id[] };
  /** checklist: the code whose sub-codes are the rows, and the rating scale (DEFAULT_RATING_SCALE when absent). */
  checklistCodeId?: Id | null;
  ratingScale?: string[];
  /** time-ordered and event-listing: how source dates (or an informant date attribute) make periods. */
  periods?: DisplayPeriods;
  /** The informant attribute of type date that dates a coding instead of its source's date; null: source dates. */
  dateAttribute?: string | null;
  /** triangulation: split each source-kind column by informant role. */
  splitByRole?: boolean;
  /** co-occurrence: what counts as two segments occurring together. */
  cooccurrence?: CooccurrenceProximity;
  rowSort: DisplaySort;
  columnSort: DisplaySort;
  hideEmptyRows: boolean;
  hideEmptyColumns: boolean;
  heatShading: boolean;
};

/** A node of a network display: a code, an informant, a role, or a free node (an actor or outcome with no code). */
export type NetworkNode = {
  id: Id;
  kind: 'code' | 'informant' | 'role' | 'free';
  /** The code or informant id, or the role; null for a free node. */
  refId: string | null;
  /** The label shown (a free node's own; for the others the label at the time it was added, kept when the code goes). */
  label: string;
  /** A position the user dragged it to; null: the automatic layout places it. */
  x: number | null;
  y: number | null;
};

export type NetworkDisplayDefinition = {
  kind: 'network';
  nodes: NetworkNode[];
  /** The layout direction of the automatic layout. */
  direction: 'right' | 'down';
};

export type DisplayDefinition = MatrixDisplayDefinition | NetworkDisplayDefinition;

/** The researcher's writing in one cell of a matrix display, kept across recomputation by its cell key. */
export type CellNote = {
  summary: RichText;
  /** checklist: the rating set (one of the display's scale), or null. */
  rating: string | null;
  /** checklist: the coding whose quote justifies the rating, or null. */
  quoteCodingId: Id | null;
  /** The codings the cell held when the summary or rating was last written or reviewed: the evidence-changed flag compares against it. */
  evidenceSeen: Id[];
  updatedAt: IsoInstant;
};

export type Display = {
  id: Id;
  projectId: Id;
  name: string;
  type: DisplayType;
  definition: DisplayDefinition;
  /** By cellKey(rowId, columnId). */
  cellNotes: Record<string, CellNote>;
  /** Marked by the researcher for the report's displays section. */
  includeInReport: boolean;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

/** The key of a cell's note: stable across recomputation because row and column ids are (ids, roles, kinds, periods). */
export const cellKey = (rowId: string, columnId: string): string => JSON.stringify([rowId, columnId]);

export const cellKeyParts = (key: string): [string, string] => {
  const parsed: unknown = JSON.parse(key);
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') throw new Error(`Not a cell key: ${key}`);
  return [parsed[0], parsed[1]];
};
