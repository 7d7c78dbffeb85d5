// The excerpts behind each cell of any saved matrix display, for the export's excerpts sheet: each cell's codings (the
// computed view's codingIds, so exactly what the cell counts) with quote, source, speakers, informants, roles and code
// as the coded-excerpt export gives them (codedExcerpts.ts). A co-occurrence matrix is symmetric: each pair of codes
// is listed once, where it first comes (and each code's own segments on the diagonal).
import type { MatrixView } from '../analysis/displayView.ts';
import { getLocale, type Locale } from '../i18n/translate.ts';
import { collectCodedExcerpts, type CodedExcerpt, type ExcerptData } from './codedExcerpts.ts';
import type { MatrixCellExcerpt } from './matrixExcerpts.ts';

export const collectMatrixViewExcerpts = (data: ExcerptData, view: MatrixView, locale: Locale = getLocale()): MatrixCellExcerpt[] => {
  const wanted = new Set(view.cells.flatMap((row) => row.flatMap((cell) => cell.codingIds)));
  const codeIds = [...new Set(data.codings.filter((coding) => wanted.has(coding.id)).map((coding) => coding.codeId))];
  const excerptOf = new Map<string, CodedExcerpt>(collectCodedExcerpts(data, { codeIds, includeSubCodes: false }, locale).map((excerpt) => [excerpt.coding.id, excerpt]));
  const found: MatrixCellExcerpt[] = [];
  const listedPairs = new Set<string>();
  view.rows.forEach((row, r) => view.columns.forEach((column, c) => {
    if (view.type === 'cooccurrence') {
      const pair = JSON.stringify([row.id, column.id].sort());
      if (listedPairs.has(pair)) return;
      listedPairs.add(pair);
    }
    for (const id of view.cells[r][c].codingIds) {
      const excerpt = excerptOf.get(id);
      if (excerpt !== undefined) found.push({ rowId: row.id, rowLabel: row.label, columnId: column.id, columnLabel: column.label, excerpt });
    }
  }));
  return found;
};
