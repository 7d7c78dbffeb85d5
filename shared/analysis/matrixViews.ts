// One builder per matrix display type, each choosing its two axes and cell options for the one-pass grid
// (viewGrid.ts) and then sorted and hidden as the display asks (viewArrange.ts): case-by-code, role-ordered (roles in
// the user's order, "n informants / n excerpts" beside each cell), conceptually clustered (columns under clusters),
// checklist (the sub-codes of one code against informants or roles), time-ordered and event listing (periods × codes,
// the listing's cells carrying their excerpts), triangulation (codes × source kinds), co-occurrence (codes × codes)
// and the triangulation overview (conclusions × source kinds and roles, conclusionOverview.ts).
import { childrenByParent, indexCodes } from '../codebook/codeTree.ts';
import { t } from '../i18n/translate.ts';
import type { Display, DisplayRows, Id, MatrixDisplayDefinition, MatrixDisplayType } from '../model/index.ts';
import { buildConclusionOverview, overviewClusters } from './conclusionOverview.ts';
import type { MatrixView } from './displayView.ts';
import type { MatrixData } from './matrixTypes.ts';
import { buildCooccurrenceGrid } from './cooccurrenceView.ts';
import { sourceKindAxis, triangulationDetail } from './triangulationView.ts';
import { arrangeGrid, type ArrangeOptions } from './viewArrange.ts';
import { codeAxis } from './viewCodeAxis.ts';
import { collectViewEvidence } from './viewEvidence.ts';
import { buildGrid, type Grid, type GridOptions } from './viewGrid.ts';
import { dimensionAxis } from './viewRowAxis.ts';

const roleOrderedDetail: NonNullable<GridOptions['detailOf']> = (_, cell) =>
  cell.empty ? null : t('display.roleOrdered.detail', { informants: cell.informants, excerpts: cell.excerpts });

const finish = (type: MatrixDisplayType, definition: MatrixDisplayDefinition, grid: Grid, clusters: ArrangeOptions['clusters'], diagonalApart = false): MatrixView => {
  const arranged = arrangeGrid(grid, {
    rowSort: definition.rowSort, columnSort: definition.columnSort, hideEmptyRows: definition.hideEmptyRows, hideEmptyColumns: definition.hideEmptyColumns,
    clusters, diagonalApart,
  });
  return { kind: 'matrix', type, ...arranged, total: grid.total };
};

/** Rows against codes: case-by-code, role-ordered, clustered, time-ordered and event listing. */
const codeColumnsView = (data: MatrixData, type: MatrixDisplayType, definition: MatrixDisplayDefinition): MatrixView => {
  const columns = codeAxis(data, definition, type === 'clustered');
  const evidence = collectViewEvidence(data, definition, (coding) => columns.codesOf.has(coding.codeId));
  const rows = dimensionAxis(data, definition, definition.rows);
  const grid = buildGrid(evidence, rows, columns, {
    cell: definition.cell,
    quotes: definition.cell === 'excerpts' || type === 'event-listing',
    detailOf: type === 'role-ordered' ? roleOrderedDetail : undefined,
  });
  return finish(type, definition, grid, columns.clusters);
};

/** A checklist's columns are informants or roles (its `rows` setting names them); anything else falls back to roles. */
const checklistColumns = (rows: DisplayRows): DisplayRows => (rows === 'informant' ? 'informant' : 'role');

/** The sub-codes of the checklist code against informants or roles; each cell carries its excerpts for the justifying quote. */
const checklistView = (data: MatrixData, definition: MatrixDisplayDefinition): MatrixView => {
  const parentId = definition.checklistCodeId ?? null;
  const subCodes = parentId === null || !indexCodes(data.codes).has(parentId) ? [] : (childrenByParent(data.codes).get(parentId) ?? []).map((code) => code.id);
  const names = new Map(data.codes.map((code) => [code.id, code.name]));
  const axis = codeAxis(data, definition, false, subCodes);
  const rows = { ...axis, values: axis.values.map((value) => ({ ...value, label: names.get(value.id) ?? value.label })) };
  const evidence = collectViewEvidence(data, definition, (coding) => axis.codesOf.has(coding.codeId));
  const grid = buildGrid(evidence, rows, dimensionAxis(data, definition, checklistColumns(definition.rows)), { cell: definition.cell, quotes: true });
  return finish('checklist', definition, grid, null);
};

const triangulationView = (data: MatrixData, definition: MatrixDisplayDefinition): MatrixView => {
  const rows = codeAxis(data, definition, false);
  const columns = sourceKindAxis(data, definition);
  const evidence = collectViewEvidence(data, definition, (coding) => rows.codesOf.has(coding.codeId));
  const grid = buildGrid(evidence, rows, columns, { cell: definition.cell, quotes: definition.cell === 'excerpts', detailOf: triangulationDetail });
  return finish('triangulation', definition, grid, columns.clusters);
};

const cooccurrenceView = (data: MatrixData, definition: MatrixDisplayDefinition): MatrixView => {
  const codes = codeAxis(data, definition, false);
  const evidence = collectViewEvidence(data, definition, (coding) => codes.codesOf.has(coding.codeId));
  const grid = buildCooccurrenceGrid(evidence, codes.values, codes.codesOf, definition.cooccurrence ?? { kind: 'overlap' });
  return finish('cooccurrence', definition, grid, null, true);
};

/**
 * The overview's conclusions are judged as on their pages: a cell of another matrix display counts with the codings
 * it holds now (an overview's own cells rest on no codings, so overviews never compute one another).
 */
const overviewView = (data: MatrixData, definition: MatrixDisplayDefinition): MatrixView => {
  const verification = data.verification;
  if (verification === undefined) return finish('triangulation-overview', definition, { rows: [], columns: [], cells: [], total: null }, null);
  const displays = new Map<Id, Display>(verification.displays.map((display) => [display.id, display]));
  const computed = new Map<Id, ReadonlyMap<string, readonly Id[]> | null>();
  const cellCodingIds = (displayId: Id, key: string): readonly Id[] | undefined => {
    if (!computed.has(displayId)) {
      const display = displays.get(displayId);
      const type = display?.type;
      const other = display?.definition.kind === 'matrix' && type !== undefined && type !== 'network' && type !== 'triangulation-overview'
        ? buildMatrixView(data, type, display.definition) : null;
      computed.set(displayId, other === null ? null : new Map(other.cells.flat().map((cell) => [cell.key, cell.codingIds])));
    }
    return computed.get(displayId)?.get(key);
  };
  const grid = buildConclusionOverview(
    { data, conclusions: verification.conclusions, rule: verification.rule, lookups: {
      cellCodingIds, memos: new Map(verification.memos.map((memo) => [memo.id, memo])), memberChecks: verification.memberChecks,
    } },
    definition,
  );
  return finish('triangulation-overview', definition, grid, overviewClusters());
};

export const buildMatrixView = (data: MatrixData, type: MatrixDisplayType, definition: MatrixDisplayDefinition): MatrixView => {
  switch (type) {
    case 'case-by-code':
    case 'role-ordered':
    case 'clustered':
    case 'time-ordered':
    case 'event-listing':
      return codeColumnsView(data, type, definition);
    case 'checklist':
      return checklistView(data, definition);
    case 'triangulation':
      return triangulationView(data, definition);
    case 'cooccurrence':
      return cooccurrenceView(data, definition);
    case 'triangulation-overview':
      return overviewView(data, definition);
  }
};
