// The exports of a matrix display, written by the shared display exports (shared/export matrixView*): CSV (header
// block naming the display and its filters, then the matrix), a real XLSX workbook (matrix sheet and the excerpts
// behind each cell; exceljs's browser build is loaded only when a workbook is made), the matrix as TSV for the
// clipboard, and a PNG picture of the same table.
import type { MatrixView } from '../../../../shared/analysis/displayView.ts';
import { buildMatrixViewCsv, buildMatrixViewXlsx, collectMatrixViewExcerpts, matrixViewTableRows, matrixViewTsv } from '../../../../shared/export/index.ts';
import type { Id } from '../../../../shared/model/index.ts';
import type { Display } from '../../../../shared/model/index.ts';
import type { Locale } from '../../../../shared/i18n/translate.ts';
import type { CaseweaveDatabase } from '../../../data/database.ts';
import { loadExcerptData } from '../../../data/displayData.ts';
import { matrixPng } from './matrixPng.ts';

export type MatrixExportInput = { db: CaseweaveDatabase; projectId: Id; display: Display; view: MatrixView; locale: Locale };

export const matrixCsvBytes = async ({ db, projectId, display, view, locale }: MatrixExportInput): Promise<Uint8Array> => {
  const { codes, coders } = await loadExcerptData(db, projectId);
  return buildMatrixViewCsv(display, view, { codes, coders }, { locale });
};

export const matrixTsvText = ({ display, view, locale }: Pick<MatrixExportInput, 'display' | 'view' | 'locale'>): string => matrixViewTsv(display, view, locale);

export const matrixXlsxBytes = async ({ db, projectId, display, view, locale }: MatrixExportInput): Promise<Uint8Array> => {
  const [{ default: ExcelJS }, data] = await Promise.all([import('exceljs/dist/exceljs.bare.min.js'), loadExcerptData(db, projectId)]);
  return buildMatrixViewXlsx(ExcelJS, display, view, collectMatrixViewExcerpts(data, view, locale), { codes: data.codes, coders: data.coders }, locale);
};

export const matrixPngBytes = ({ display, view, locale }: MatrixExportInput): Promise<Uint8Array> =>
  matrixPng({
    title: display.name,
    table: matrixViewTableRows(display, view, locale),
    maxValue: view.maxValue,
    shaded: display.definition.kind === 'matrix' && display.definition.heatShading,
  });
