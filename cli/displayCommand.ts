// `caseweave display FILE.caseweave --rows … --cols … [--codes A,B…] [--with-subcodes] --cell … [--json]
// [--format csv|tsv|json|xlsx] [-o OUT]`: an ad-hoc code matrix of the project file, built by the displays' own builder
// (shared/analysis/codeMatrix.ts), printed as JSON (row and column ids and labels, totals, empty flags, cells) or as an
// aligned table, or exported with the app's matrix exports (shared/export/matrixCsv.ts, matrixXlsx.ts). A file is
// written atomically; OUT "-" (or no -o) prints a text format.
import { buildCodeMatrix, type CodeMatrix, type MatrixData } from '../shared/analysis/index.ts';
import { buildMatrixCsv, buildMatrixXlsx, collectMatrixExcerpts, matrixTsv, type ExcerptData } from '../shared/export/index.ts';
import { formatNumber, t } from '../shared/i18n/translate.ts';
import type { CliRequest, DisplayFormat } from './commandLine.ts';
import { findCodeNamed } from './codeLookup.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';
import { excerptData, matrixDataOf } from '../shared/projectFile/snapshotData.ts';

export type DisplayRequest = Omit<Extract<CliRequest, { kind: 'display' }>, 'kind'>;
type MatrixRequest = Omit<DisplayRequest, 'json' | 'format' | 'output'>;

const buildMatrixOf = (data: MatrixData, request: MatrixRequest): CodeMatrix => {
  const codeIds = request.codes === null ? null : request.codes.map((name) => findCodeNamed(data.codes, name, request.file).id);
  return buildCodeMatrix(data, { rows: request.rows, columns: request.cols, cell: request.cell, codeIds, withSubCodes: request.withSubcodes });
};

export const buildDisplayMatrix = async (request: MatrixRequest): Promise<CodeMatrix> => {
  const { snapshot } = await openProjectFileAt(request.file);
  return buildMatrixOf(matrixDataOf(snapshot), request);
};

/** The matrix as text: labels on the left, numbers right-aligned under their column labels, totals last. */
export const formatMatrixTable = (matrix: CodeMatrix): string => {
  const total = t('display.matrix.total');
  const lines = [
    ['', ...matrix.columns.map((column) => column.label), total],
    ...matrix.rows.map((row, index) => [row.label, ...matrix.cells[index].map((value) => formatNumber(value)), formatNumber(row.total)]),
    [total, ...matrix.columns.map((column) => formatNumber(column.total)), formatNumber(matrix.total)],
  ];
  return alignedTable(lines);
};

/** Lines of cells as text columns: the first column left-aligned, the others right-aligned, two spaces apart. */
export const alignedTable = (lines: readonly (readonly string[])[]): string => {
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  return lines.map((line) => line.map((text, column) => (column === 0 ? text.padEnd(widths[0]) : text.padStart(widths[column]))).join('  ').trimEnd()).join('\n');
};

/** The export's bytes (or text) in the chosen format. */
const exportMatrix = async (format: DisplayFormat, matrix: CodeMatrix, data: ExcerptData): Promise<Uint8Array | string> => {
  switch (format) {
    case 'json':
      return `${JSON.stringify(matrix)}\n`;
    case 'tsv':
      return matrixTsv(matrix);
    case 'csv':
      return buildMatrixCsv(matrix, data);
    case 'xlsx':
      // Loaded only for a workbook, so the other commands do not pay for it at start.
      return buildMatrixXlsx((await import('exceljs')).default, matrix, collectMatrixExcerpts(data, matrix), data);
  }
};

export const runDisplay = async ({ json, format, output, ...request }: DisplayRequest): Promise<CommandOutcome> => {
  const chosen = format ?? (output === null ? null : json ? 'json' : 'csv');
  if (chosen === null) {
    const matrix = await buildDisplayMatrix(request);
    return succeeded(`${json ? JSON.stringify(matrix) : formatMatrixTable(matrix)}\n`);
  }
  const { snapshot } = await openProjectFileAt(request.file);
  const data = excerptData(snapshot);
  const exported = await exportMatrix(chosen, buildMatrixOf(data, request), data);
  if (output === null || output === '-') return succeeded(exported);
  await writeFileRefusing(output, typeof exported === 'string' ? new TextEncoder().encode(exported) : exported);
  return succeeded(`${t('display.export.written', { file: output })}\n`);
};
