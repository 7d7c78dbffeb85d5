// The computed matrix as a keyboard-navigable grid: column group headers of a clustered matrix, column and row headers,
// the cells with heat shading and flags, row and column totals. Sorting is set from the headers (rows by label or by
// total, columns by label or by total), each click stepping ascending → descending → reading order. Arrow keys, Home
// and End move between cells; Enter or Space opens the focused cell's excerpts. A matrix of many rows renders only the
// rows in view (useRowWindow.ts).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { evidenceChange, type MatrixView } from '../../../../shared/analysis/displayView.ts';
import type { CellNote, DisplaySort, MatrixDisplayDefinition, MatrixDisplayType } from '../../../../shared/model/index.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { axisHeadings } from './axisHeadings.ts';
import { MatrixCellContent } from './MatrixCellContent.tsx';
import { heatStyle } from './heatShading.ts';
import { nextSort } from './matrixSort.ts';
import { useRowWindow } from './useRowWindow.ts';

export type CellPosition = { row: number; column: number };

type Props = {
  name: string;
  type: MatrixDisplayType;
  definition: MatrixDisplayDefinition;
  view: MatrixView;
  notes: Readonly<Record<string, CellNote>>;
  open: CellPosition | null;
  onOpen: (position: CellPosition) => void;
  onSort: (axis: 'rowSort' | 'columnSort', sort: DisplaySort) => void;
};

const ariaSort = (sort: DisplaySort, by: 'label' | 'total'): 'ascending' | 'descending' | undefined => (sort.by === by ? sort.direction : undefined);
const arrow = (sort: DisplaySort, by: 'label' | 'total'): string => (sort.by !== by ? '↕' : sort.direction === 'ascending' ? '↑' : '↓');

export const MatrixGrid = ({ name, type, definition, view, notes, open, onOpen, onSort }: Props) => {
  const translator = useTranslation();
  const { t, formatNumber } = translator;
  const [focus, setFocus] = useState<CellPosition>({ row: 0, column: 0 });
  const table = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // A cell the keyboard moved to outside the rendered rows: focused once its row is rendered.
  const pendingFocus = useRef<CellPosition | null>(null);
  const rowCount = view.rows.length;
  const columnCount = view.columns.length;
  const maxValue = definition.heatShading ? view.maxValue : 0;
  const headings = axisHeadings(type, definition, t);
  // Totals are counts: a matrix of summaries or excerpts has none, and no sorting by them.
  const hasTotals = view.total !== null;
  const rows = useRowWindow(scroller, rowCount);
  const headerRows = view.columnGroups === null ? 1 : 2;

  const focusCell = (position: CellPosition): boolean => {
    const cell = table.current?.querySelector<HTMLElement>(`[data-cell="${position.row}:${position.column}"]`);
    cell?.focus();
    return cell !== null && cell !== undefined;
  };

  useEffect(() => {
    if (pendingFocus.current !== null && focusCell(pendingFocus.current)) pendingFocus.current = null;
  });

  const moveTo = (position: CellPosition) => {
    setFocus(position);
    if (focusCell(position)) return;
    pendingFocus.current = position;
    rows.reveal(position.row);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.dataset.cell === undefined) return;
    const { row, column } = focus;
    const moves: Record<string, CellPosition> = {
      ArrowUp: { row: Math.max(0, row - 1), column },
      ArrowDown: { row: Math.min(rowCount - 1, row + 1), column },
      ArrowLeft: { row, column: Math.max(0, column - 1) },
      ArrowRight: { row, column: Math.min(columnCount - 1, column + 1) },
      Home: { row: event.ctrlKey ? 0 : row, column: 0 },
      End: { row: event.ctrlKey ? rowCount - 1 : row, column: columnCount - 1 },
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(focus);
    }
  };

  if (rowCount === 0 || columnCount === 0) return <p className="empty-state">{t('displays.view.nothing')}</p>;
  const focusRow = Math.min(focus.row, rowCount - 1);
  const focusColumn = Math.min(focus.column, columnCount - 1);

  return (
    <div className="matrix-scroll" ref={scroller}>
      <table ref={table} className="matrix-grid" role="grid" aria-label={name} aria-rowcount={rowCount + headerRows + (hasTotals ? 1 : 0)} aria-colcount={columnCount + 2} onKeyDown={onKeyDown}>
        <thead>
          {view.columnGroups !== null && (
            <tr className="column-groups">
              <td />
              {view.columnGroups.map((group) => (
                <th key={group.id} scope="colgroup" colSpan={group.span}>
                  {group.label}
                </th>
              ))}
              <td />
            </tr>
          )}
          <tr>
            <th scope="col" className="matrix-corner" aria-sort={ariaSort(definition.rowSort, 'label')}>
              <button type="button" className="sort-button" aria-label={t('displays.sort.rowsByLabel')} aria-pressed={definition.rowSort.by === 'label'} onClick={() => onSort('rowSort', nextSort(definition.rowSort, 'label'))}>
                {headings.rows} {arrow(definition.rowSort, 'label')}
              </button>
              <button type="button" className="sort-button" aria-label={t('displays.sort.columnsByLabel')} aria-pressed={definition.columnSort.by === 'label'} onClick={() => onSort('columnSort', nextSort(definition.columnSort, 'label'))}>
                {headings.columns} {arrow(definition.columnSort, 'label')}
              </button>
            </th>
            {view.columns.map((column) => (
              <th key={column.id} scope="col" className={`matrix-column${column.none ? ' none' : ''}`}>
                {column.label}
              </th>
            ))}
            {hasTotals && (
              <th scope="col" className="matrix-total" aria-sort={ariaSort(definition.rowSort, 'total')}>
                <button type="button" className="sort-button" aria-label={t('displays.sort.rowsByTotal')} aria-pressed={definition.rowSort.by === 'total'} onClick={() => onSort('rowSort', nextSort(definition.rowSort, 'total'))}>
                  {t('display.matrix.total')} {arrow(definition.rowSort, 'total')}
                </button>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.first > 0 && <tr className="matrix-spacer" aria-hidden="true" style={{ height: rows.first * rows.rowHeight }}><td colSpan={columnCount + 2} /></tr>}
          {view.rows.slice(rows.first, rows.last + 1).map((row, index) => {
            const r = rows.first + index;
            return (
              <tr key={row.id} data-row={r} aria-rowindex={r + headerRows + 1}>
                <th scope="row" className={`matrix-row${row.none ? ' none' : ''}`} title={row.title}>
                  {row.label}
                </th>
                {view.cells[r].map((cell, c) => {
                  const note = notes[cell.key];
                  const flagged = evidenceChange(note, cell) !== null;
                  const isOpen = open !== null && open.row === r && open.column === c;
                  return (
                    <td
                      key={cell.key}
                      role="gridcell"
                      data-cell={`${r}:${c}`}
                      tabIndex={r === focusRow && c === focusColumn ? 0 : -1}
                      aria-selected={isOpen}
                      title={cell.title}
                      className={`matrix-cell${cell.empty ? ' empty' : ''}${flagged ? ' flagged' : ''}${isOpen ? ' open' : ''}`}
                      style={heatStyle(cell.value, maxValue)}
                      onFocus={() => setFocus({ row: r, column: c })}
                      onClick={() => onOpen({ row: r, column: c })}
                    >
                      <MatrixCellContent translator={translator} type={type} definition={definition} cell={cell} note={note} flagged={flagged} />
                    </td>
                  );
                })}
                {hasTotals && <td className="matrix-total">{row.total === null ? '' : formatNumber(row.total)}</td>}
              </tr>
            );
          })}
          {rows.last < rowCount - 1 && <tr className="matrix-spacer" aria-hidden="true" style={{ height: (rowCount - 1 - rows.last) * rows.rowHeight }}><td colSpan={columnCount + 2} /></tr>}
          {hasTotals && (
            <tr className="matrix-totals">
              <th scope="row" aria-sort={ariaSort(definition.columnSort, 'total')}>
                <button type="button" className="sort-button" aria-label={t('displays.sort.columnsByTotal')} aria-pressed={definition.columnSort.by === 'total'} onClick={() => onSort('columnSort', nextSort(definition.columnSort, 'total'))}>
                  {t('display.matrix.total')} {arrow(definition.columnSort, 'total')}
                </button>
              </th>
              {view.columns.map((column) => (
                <td key={column.id} className="matrix-total">
                  {column.total === null ? '' : formatNumber(column.total)}
                </td>
              ))}
              <td className="matrix-total grand">{view.total === null ? '' : formatNumber(view.total)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
};
