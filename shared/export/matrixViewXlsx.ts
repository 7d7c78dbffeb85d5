// Any saved matrix display as a real Excel workbook: a "Matrix" sheet with the header block naming the display, its
// type and filters (matrixViewHeader.ts) and then its table (matrixViewTable.ts: clusters, labels, cells with the
// researcher's summaries and ratings as text, totals), and an "Excerpts" sheet with the excerpts behind each cell
// (matrixViewExcerpts.ts). exceljs comes in as a parameter, as for the code matrix (matrixXlsx.ts).
import type * as ExcelJS from 'exceljs';
import type { MatrixView } from '../analysis/displayView.ts';
import { getLocale, t, type Locale } from '../i18n/translate.ts';
import type { Display } from '../model/index.ts';
import type { MatrixExportContext } from './matrixCsv.ts';
import type { MatrixCellExcerpt } from './matrixExcerpts.ts';
import { displayHeaderBlock } from './matrixViewHeader.ts';
import { matrixViewTableRows } from './matrixViewTable.ts';
import { addExcerptSheet, addTableSheet, type ExcelModule } from './matrixXlsx.ts';

export const buildMatrixViewWorkbook = (
  excel: ExcelModule, display: Display, view: MatrixView, excerpts: readonly MatrixCellExcerpt[], context: MatrixExportContext, locale: Locale = getLocale(),
): ExcelJS.Workbook => {
  const workbook = new excel.Workbook();
  const table = matrixViewTableRows(display, view, locale);
  const sheet = addTableSheet(workbook, t('display.export.sheet.matrix', undefined, locale), displayHeaderBlock(display, view, context, locale), table, {
    first: view.columnGroups === null ? 1 : 2, lastIsTotal: view.total !== null,
  });
  // Summaries and excerpts run long: wrap them rather than stretch the columns.
  if (view.total === null) for (let column = 2; column <= view.columns.length + 1; column += 1) sheet.getColumn(column).alignment = { wrapText: true, vertical: 'top' };
  addExcerptSheet(workbook, excerpts, locale);
  return workbook;
};

/** The .xlsx file's bytes. */
export const buildMatrixViewXlsx = async (
  excel: ExcelModule, display: Display, view: MatrixView, excerpts: readonly MatrixCellExcerpt[], context: MatrixExportContext, locale: Locale = getLocale(),
): Promise<Uint8Array> => new Uint8Array(await buildMatrixViewWorkbook(excel, display, view, excerpts, context, locale).xlsx.writeBuffer());
