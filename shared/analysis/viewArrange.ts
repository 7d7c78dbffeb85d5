// Sorting and hiding a computed grid as the display asks (reading order, label or total, ascending or descending;
// empty rows and columns hidden), the column clusters that remain, and the largest value for heat shading. The "none"
// row or column always stays last, and a clustered matrix sorts its columns within their clusters.
import type { DisplaySort } from '../model/index.ts';
import type { ColumnGroup, ViewCell, ViewHeader } from './displayView.ts';
import type { Grid } from './viewGrid.ts';

export type ArrangeOptions = {
  rowSort: DisplaySort;
  columnSort: DisplaySort;
  hideEmptyRows: boolean;
  hideEmptyColumns: boolean;
  /** Cluster labels by id (viewCodeAxis.ts); null when the columns are not clustered. */
  clusters: ReadonlyMap<string, string> | null;
  /** Leave the diagonal out of the heat scale (a co-occurrence matrix's diagonal holds each code's own segments). */
  diagonalApart?: boolean;
};

export type ArrangedGrid = Omit<Grid, 'total'> & { columnGroups: ColumnGroup[] | null; maxValue: number };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The order of the headers' indexes: clusters kept in place, "none" last, then the sort, ties in reading order. */
const sortedIndexes = (headers: readonly ViewHeader[], weights: readonly number[], sort: DisplaySort, clusterRank: (header: ViewHeader) => number): number[] => {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: number, b: number): number => {
    const byCluster = clusterRank(headers[a]) - clusterRank(headers[b]);
    if (byCluster !== 0) return byCluster;
    const byNone = Number(headers[a].none) - Number(headers[b].none);
    if (byNone !== 0) return byNone;
    const primary = sort.by === 'label' ? collator.compare(headers[a].label, headers[b].label) : sort.by === 'total' ? weights[a] - weights[b] : a - b;
    return primary === 0 ? a - b : sign * primary;
  };
  return headers.map((_, index) => index).sort(compare);
};

/** What "total" sorts by: the header's total, or for cells that show no count the excerpts behind it. */
const weightsOf = (headers: readonly ViewHeader[], excerpts: (index: number) => number): number[] =>
  headers.map((header, index) => header.total ?? excerpts(index));

const groupsOf = (columns: readonly ViewHeader[], clusters: ReadonlyMap<string, string>): ColumnGroup[] => {
  const groups: ColumnGroup[] = [];
  for (const column of columns) {
    const id = column.groupId ?? '';
    const last = groups.at(-1);
    if (last !== undefined && last.id === id) last.span += 1;
    else groups.push({ id, label: clusters.get(id) ?? id, span: 1 });
  }
  return groups;
};

export const arrangeGrid = (grid: Grid, options: ArrangeOptions): ArrangedGrid => {
  const { rows, columns, cells } = grid;
  const clusterOrder = new Map<string, number>();
  for (const column of columns) if (!clusterOrder.has(column.groupId ?? '')) clusterOrder.set(column.groupId ?? '', clusterOrder.size);
  const rowWeights = weightsOf(rows, (r) => cells[r].reduce((sum, cell) => sum + cell.excerpts, 0));
  const columnWeights = weightsOf(columns, (c) => cells.reduce((sum, row) => sum + row[c].excerpts, 0));
  const rowOrder = sortedIndexes(rows, rowWeights, options.rowSort, () => 0)
    .filter((r) => !(options.hideEmptyRows && rows[r].empty));
  const columnOrder = sortedIndexes(columns, columnWeights, options.columnSort, (column) => (options.clusters === null ? 0 : clusterOrder.get(column.groupId ?? '') ?? 0))
    .filter((c) => !(options.hideEmptyColumns && columns[c].empty));
  const arrangedCells: ViewCell[][] = rowOrder.map((r) => columnOrder.map((c) => cells[r][c]));
  const arrangedColumns = columnOrder.map((c) => columns[c]);
  let maxValue = 0;
  rowOrder.forEach((r, i) => columnOrder.forEach((c, j) => {
    if (options.diagonalApart === true && rows[r].id === columns[c].id) return;
    maxValue = Math.max(maxValue, arrangedCells[i][j].value ?? 0);
  }));
  return {
    rows: rowOrder.map((r) => rows[r]),
    columns: arrangedColumns,
    cells: arrangedCells,
    columnGroups: options.clusters === null ? null : groupsOf(arrangedColumns, options.clusters),
    maxValue,
  };
};
