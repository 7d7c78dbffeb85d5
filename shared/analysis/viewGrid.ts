// The one pass that turns a display's evidence into a computed grid (displayView.ts): each piece of evidence is placed
// in its rows and columns once and bucketed by cell index, so a 200 × 80 matrix over 40,000 codings costs one walk
// over the codings, never a filter of all the evidence per cell. Each type of display supplies its two axes (the
// values and where a piece of evidence falls on them); sorting and hiding come after (viewArrange.ts).
import type { DisplayCellContent, Id } from '../model/index.ts';
import { cellKey } from '../model/index.ts';
import type { DimensionValue } from './matrixDimensions.ts';
import { matrixCellValue } from './matrixCellValue.ts';
import type { MatrixEvidence } from './matrixEvidence.ts';
import { viewExcerpt } from './viewQuotes.ts';
import type { ViewCell, ViewHeader } from './displayView.ts';

/** A value of an axis: `optional` ones (the "no informant" row, a role column no one fills) are left out when empty. */
export type AxisValue = DimensionValue & { groupId: string | null; optional?: boolean };

/**
 * Where a piece of evidence falls on an axis: a key per place, each with the evidence as it counts there (a coding
 * over two informants' turns counts in each informant's row with that informant only).
 */
export type Place = { key: string; evidence: MatrixEvidence };

export type GridAxis = { values: readonly AxisValue[]; placesOf: (item: MatrixEvidence) => readonly Place[] };

export type GridOptions = {
  cell: DisplayCellContent;
  /** Whether cells carry their excerpts (cell content "excerpts", event listings, checklists' quote picking). */
  quotes: boolean;
  /** The second figure beside a cell's value, from the cell's evidence; null when the type has none. */
  detailOf?: (evidence: readonly MatrixEvidence[], cell: Pick<ViewCell, 'informants' | 'excerpts' | 'empty'>) => string | null;
};

export type Grid = { rows: ViewHeader[]; columns: ViewHeader[]; cells: ViewCell[][]; total: number | null };

/** Evidence counted in a cell: the informants both places keep (only one axis ever narrows them, but both may). */
const narrowed = (original: MatrixEvidence, row: MatrixEvidence, column: MatrixEvidence): MatrixEvidence => {
  if (row === original) return column;
  if (column === original) return row;
  const kept = new Set(column.informantIds);
  return { ...original, informantIds: row.informantIds.filter((id) => kept.has(id)) };
};

const push = (lists: (MatrixEvidence[] | undefined)[], index: number, item: MatrixEvidence): void => {
  const list = lists[index];
  if (list === undefined) lists[index] = [item];
  else list.push(item);
};

/** Whether `index` is among the first `count` hits (an axis that names one key twice still places a coding once). */
const reachedBefore = (hits: readonly number[], count: number, index: number): boolean => {
  for (let k = 0; k < count; k += 1) if (hits[k] === index) return true;
  return false;
};

const isCount = (cell: DisplayCellContent): cell is 'segments' | 'informants' | 'words' => cell === 'segments' || cell === 'informants' || cell === 'words';



const distinctInformants = (evidence: readonly MatrixEvidence[]): number => {
  const seen = new Set<Id>();
  for (const item of evidence) for (const id of item.informantIds) seen.add(id);
  return seen.size;
};

const indexAxis = (values: readonly AxisValue[]): Map<string, number> => new Map(values.map((value, index) => [value.id, index]));

export const buildGrid = (evidence: readonly MatrixEvidence[], rowAxis: GridAxis, columnAxis: GridAxis, options: GridOptions): Grid => {
  const rowIndex = indexAxis(rowAxis.values);
  const columnIndex = indexAxis(columnAxis.values);
  const width = columnAxis.values.length;
  const byCell: (MatrixEvidence[] | undefined)[] = [];
  const byRow: (MatrixEvidence[] | undefined)[] = [];
  const byColumn: (MatrixEvidence[] | undefined)[] = [];
  const counted: MatrixEvidence[] = [];
  const original = new Map<Id, MatrixEvidence>();
  // Reused per piece of evidence: the row and column indexes it reaches (each once, so every list below holds a coding
  // at most once and its length is its count of segments) and the evidence as it counts in each column.
  const rowHits: number[] = [];
  const columnHits: number[] = [];
  const columnCounts: MatrixEvidence[] = [];
  for (const item of evidence) {
    let reached = 0;
    for (const place of columnAxis.placesOf(item)) {
      const c = columnIndex.get(place.key);
      if (c === undefined || reachedBefore(columnHits, reached, c)) continue;
      columnHits[reached] = c;
      columnCounts[reached] = place.evidence;
      reached += 1;
    }
    if (reached === 0) continue;
    let rowsReached = 0;
    for (const place of rowAxis.placesOf(item)) {
      const r = rowIndex.get(place.key);
      if (r === undefined || reachedBefore(rowHits, rowsReached, r)) continue;
      rowHits[rowsReached] = r;
      rowsReached += 1;
      push(byRow, r, place.evidence);
      for (let k = 0; k < reached; k += 1) push(byCell, r * width + columnHits[k], narrowed(item, place.evidence, columnCounts[k]));
    }
    if (rowsReached === 0) continue;
    counted.push(item);
    original.set(item.coding.id, item);
    for (let k = 0; k < reached; k += 1) push(byColumn, columnHits[k], columnCounts[k]);
  }

  const keptRows = rowAxis.values.map((_, index) => index).filter((index) => rowAxis.values[index].optional !== true || byRow[index] !== undefined);
  const keptColumns = columnAxis.values.map((_, index) => index).filter((index) => columnAxis.values[index].optional !== true || byColumn[index] !== undefined);
  const count = isCount(options.cell) ? options.cell : null;
  const valueOf = (items: readonly MatrixEvidence[] | undefined): number | null =>
    count === null ? null : count === 'segments' ? (items?.length ?? 0) : matrixCellValue(items ?? [], count);
  const header = (value: AxisValue, items: readonly MatrixEvidence[] | undefined): ViewHeader => ({
    id: value.id, label: value.label, none: value.none, total: valueOf(items), empty: items === undefined, groupId: value.groupId,
  });

  const cells = keptRows.map((r) => keptColumns.map((c): ViewCell => {
    const items = byCell[r * width + c] ?? [];
    const codingIds = items.map((item) => item.coding.id);
    const informants = distinctInformants(items);
    const shape = { informants, excerpts: codingIds.length, empty: items.length === 0 };
    // Segments and informants are the figures just counted; only words go back to the evidence.
    const value = count === 'segments' ? codingIds.length : count === 'informants' ? informants : valueOf(items);
    return {
      key: cellKey(rowAxis.values[r].id, columnAxis.values[c].id),
      value,
      detail: options.detailOf === undefined ? null : options.detailOf(items, shape),
      codingIds,
      ...shape,
      quotes: options.quotes ? codingIds.flatMap((id) => { const found = original.get(id); return found === undefined ? [] : [viewExcerpt(found)]; }) : null,
    };
  }));
  return {
    rows: keptRows.map((index) => header(rowAxis.values[index], byRow[index])),
    columns: keptColumns.map((index) => header(columnAxis.values[index], byColumn[index])),
    cells,
    total: valueOf(counted),
  };
};
