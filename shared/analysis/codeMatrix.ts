// The generic code matrix of the displays (issue 9): informants, roles, sources, source kinds or periods against codes
// or source kinds, each cell counting coded segments, distinct informants or coded words, with row and column totals
// and empty rows and columns flagged. Pure: the app, the exports and the CLI run the same builder over plain data.
import { buildCodeTree, flattenCodeTree, subtreeIds } from '../codebook/codeTree.ts';
import type { Id } from '../model/index.ts';
import { collectMatrixEvidence, type MatrixEvidence } from './matrixEvidence.ts';
import { matrixCellValue } from './matrixCellValue.ts';
import { columnValues, noneRow, rowPlacesOf, rowValues, type DimensionValue, type RowSetting } from './matrixDimensions.ts';
import type { CodeMatrix, CodeMatrixDefinition, MatrixData, MatrixHeader } from './matrixTypes.ts';

/** The chosen codes: as given, or every code in code-tree order. */
export const chosenCodeIds = (data: MatrixData, codeIds: readonly Id[] | null): Id[] =>
  codeIds === null ? flattenCodeTree(buildCodeTree(data.codes, [])).map((node) => node.code.id) : [...codeIds];

/** For each code a coding can carry, the chosen codes it counts for (itself, and its ancestors when sub-codes count). */
export const codeColumnsByCode = (data: MatrixData, chosen: readonly Id[], withSubCodes: boolean): Map<Id, Id[]> => {
  const columns = new Map<Id, Id[]>();
  for (const chosenId of chosen) {
    for (const codeId of withSubCodes ? subtreeIds(data.codes, chosenId) : [chosenId]) {
      const list = columns.get(codeId) ?? [];
      if (!list.includes(chosenId)) list.push(chosenId);
      columns.set(codeId, list);
    }
  }
  return columns;
};

const bucket = (buckets: Map<string, MatrixEvidence[]>, key: string, evidence: MatrixEvidence): void => {
  const list = buckets.get(key);
  if (list === undefined) buckets.set(key, [evidence]);
  else list.push(evidence);
};

const header = (value: DimensionValue, evidence: readonly MatrixEvidence[] | undefined, total: number): MatrixHeader => ({
  ...value, total, empty: evidence === undefined,
});

export const buildCodeMatrix = (data: MatrixData, definition: CodeMatrixDefinition): CodeMatrix => {
  const filters = definition.filters ?? {};
  const chosen = chosenCodeIds(data, definition.codeIds);
  const columnsByCode = codeColumnsByCode(data, chosen, definition.withSubCodes);
  const evidence = collectMatrixEvidence(data, (coding) => columnsByCode.has(coding.codeId), filters);
  const setting: RowSetting = { dimension: definition.rows, period: definition.period ?? 'year', filters };
  const roleOf = new Map(data.informants.map((informant) => [informant.id, informant.role]));

  const byRow = new Map<string, MatrixEvidence[]>();
  const byColumn = new Map<string, MatrixEvidence[]>();
  const byCell = new Map<string, MatrixEvidence[]>();
  for (const item of evidence) {
    const places = rowPlacesOf(item, roleOf, setting);
    const columnKeys = definition.columns === 'code' ? (columnsByCode.get(item.coding.codeId) ?? []) : [item.source.kind];
    for (const columnKey of columnKeys) bucket(byColumn, columnKey, item);
    for (const place of places) {
      bucket(byRow, place.key, place.evidence);
      for (const columnKey of columnKeys) bucket(byCell, JSON.stringify([place.key, columnKey]), place.evidence);
    }
  }

  const value = (items: readonly MatrixEvidence[] | undefined): number => matrixCellValue(items ?? [], definition.cell);
  const none = noneRow(definition.rows);
  const rowList = [...rowValues(data, setting), ...(none !== null && byRow.has(none.id) ? [none] : [])];
  const columnList = columnValues(data, definition.columns, chosen, filters);
  return {
    definition,
    rows: rowList.map((row) => header(row, byRow.get(row.id), value(byRow.get(row.id)))),
    columns: columnList.map((column) => header(column, byColumn.get(column.id), value(byColumn.get(column.id)))),
    cells: rowList.map((row) => columnList.map((column) => value(byCell.get(JSON.stringify([row.id, column.id]))))),
    cellCodingIds: rowList.map((row) => columnList.map((column) => [...new Set((byCell.get(JSON.stringify([row.id, column.id])) ?? []).map((item) => item.coding.id))])),
    total: value(evidence),
  };
};
