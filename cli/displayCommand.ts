// `caseweave display FILE.caseweave --rows … --cols … [--codes A,B…] [--with-subcodes] --cell … [--json]`: an ad-hoc
// code matrix of the project file, built by the displays' own builder (shared/analysis/codeMatrix.ts), printed as
// JSON (row and column ids and labels, totals, empty flags, cells) or as an aligned table.
import { buildCodeMatrix, type CodeMatrix, type MatrixData } from '../shared/analysis/index.ts';
import { formatNumber, t } from '../shared/i18n/translate.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';
import type { CliRequest } from './commandLine.ts';
import { findCodeNamed } from './codeLookup.ts';
import { sourcesWithText } from './excerptsCommand.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt } from './projectFileAccess.ts';

export type DisplayRequest = Omit<Extract<CliRequest, { kind: 'display' }>, 'kind'>;

/** What the matrix builders read of a project file. */
export const matrixDataOf = (snapshot: ProjectSnapshot): MatrixData => ({
  informants: snapshotRows(snapshot, 'informants'),
  sources: sourcesWithText(snapshot),
  codes: snapshotRows(snapshot, 'codes'),
  codings: snapshotRows(snapshot, 'codings'),
});

export const buildDisplayMatrix = async (request: Omit<DisplayRequest, 'json'>): Promise<CodeMatrix> => {
  const { snapshot } = await openProjectFileAt(request.file);
  const data = matrixDataOf(snapshot);
  const codeIds = request.codes === null ? null : request.codes.map((name) => findCodeNamed(data.codes, name, request.file).id);
  return buildCodeMatrix(data, { rows: request.rows, columns: request.cols, cell: request.cell, codeIds, withSubCodes: request.withSubcodes });
};

/** The matrix as text: labels on the left, numbers right-aligned under their column labels, totals last. */
export const formatMatrixTable = (matrix: CodeMatrix): string => {
  const total = t('display.matrix.total');
  const lines = [
    ['', ...matrix.columns.map((column) => column.label), total],
    ...matrix.rows.map((row, index) => [row.label, ...matrix.cells[index].map((value) => formatNumber(value)), formatNumber(row.total)]),
    [total, ...matrix.columns.map((column) => formatNumber(column.total)), formatNumber(matrix.total)],
  ];
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  return lines.map((line) => line.map((text, column) => (column === 0 ? text.padEnd(widths[0]) : text.padStart(widths[column]))).join('  ').trimEnd()).join('\n');
};

export const runDisplay = async ({ json, ...request }: DisplayRequest): Promise<CommandOutcome> => {
  const matrix = await buildDisplayMatrix(request);
  return succeeded(`${json ? JSON.stringify(matrix) : formatMatrixTable(matrix)}\n`);
};
