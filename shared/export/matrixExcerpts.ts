// The excerpts behind each cell of a code matrix: the same evidence the builder counts (shared/analysis/matrixEvidence.ts,
// placed in rows and columns by the same rules), each with its quote, source, speakers, informants and roles as the
// coded-excerpt export gives them (codedExcerpts.ts). A coding appears once per cell it counts in.
import { chosenCodeIds, codeColumnsByCode } from '../analysis/codeMatrix.ts';
import { rowPlacesOf } from '../analysis/matrixDimensions.ts';
import { collectMatrixEvidence } from '../analysis/matrixEvidence.ts';
import type { CodeMatrix } from '../analysis/matrixTypes.ts';
import { getLocale, type Locale } from '../i18n/translate.ts';
import { collectCodedExcerpts, type CodedExcerpt, type ExcerptData } from './codedExcerpts.ts';

export type MatrixCellExcerpt = { rowId: string; rowLabel: string; columnId: string; columnLabel: string; excerpt: CodedExcerpt };

/** The excerpts of every cell, row by row and column by column, each cell's in the excerpt export's order. */
export const collectMatrixExcerpts = (data: ExcerptData, matrix: CodeMatrix, locale: Locale = getLocale()): MatrixCellExcerpt[] => {
  const { definition } = matrix;
  const filters = definition.filters ?? {};
  const columnsByCode = codeColumnsByCode(data, chosenCodeIds(data, definition.codeIds), definition.withSubCodes);
  const evidence = collectMatrixEvidence(data, (coding) => columnsByCode.has(coding.codeId), filters);
  const excerpts = collectCodedExcerpts(data, { codeIds: [...new Set(evidence.map((item) => item.coding.codeId))], includeSubCodes: false }, locale);
  const excerptOf = new Map(excerpts.map((excerpt, index) => [excerpt.coding.id, { excerpt, index }]));
  const rowIndex = new Map(matrix.rows.map((row, index) => [row.id, index]));
  const columnIndex = new Map(matrix.columns.map((column, index) => [column.id, index]));
  const roleOf = new Map(data.informants.map((informant) => [informant.id, informant.role]));
  const setting = { dimension: definition.rows, period: definition.period ?? 'year', filters };

  const found: { row: number; column: number; order: number; excerpt: CodedExcerpt }[] = [];
  for (const item of evidence) {
    const known = excerptOf.get(item.coding.id);
    if (known === undefined) continue;
    const columnKeys = definition.columns === 'code' ? (columnsByCode.get(item.coding.codeId) ?? []) : [item.source.kind];
    for (const place of rowPlacesOf(item, roleOf, setting)) {
      for (const columnKey of columnKeys) {
        const row = rowIndex.get(place.key);
        const column = columnIndex.get(columnKey);
        if (row !== undefined && column !== undefined) found.push({ row, column, order: known.index, excerpt: known.excerpt });
      }
    }
  }
  return found
    .sort((a, b) => a.row - b.row || a.column - b.column || a.order - b.order)
    .map(({ row, column, excerpt }) => ({
      rowId: matrix.rows[row].id, rowLabel: matrix.rows[row].label, columnId: matrix.columns[column].id, columnLabel: matrix.columns[column].label, excerpt,
    }));
};
