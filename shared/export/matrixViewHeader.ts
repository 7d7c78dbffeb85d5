// The header block of any saved matrix display's export (CSV, TSV, XLSX): the display's name and type, what its rows,
// columns and cells are, its codes, clusters and filters, so a file read months later still says what it shows.
import type { MatrixView } from '../analysis/displayView.ts';
import { codePath, indexCodes } from '../codebook/codeTree.ts';
import { getLocale, t, type Locale, type MessageKey } from '../i18n/translate.ts';
import type { Display, DisplayRows, MatrixDisplayDefinition, MatrixDisplayType } from '../model/index.ts';
import { CELL_KEYS, codesHeaderRows, filterHeaderRows, ROW_KEYS, type MatrixExportContext } from './matrixCsv.ts';

const TYPE_KEYS = {
  'case-by-code': 'display.type.case-by-code',
  'role-ordered': 'display.type.role-ordered',
  clustered: 'display.type.clustered',
  checklist: 'display.type.checklist',
  'time-ordered': 'display.type.time-ordered',
  'event-listing': 'display.type.event-listing',
  triangulation: 'display.type.triangulation',
  cooccurrence: 'display.type.cooccurrence',
  'triangulation-overview': 'display.type.triangulation-overview',
} as const satisfies Record<MatrixDisplayType, MessageKey>;

export const displayTypeLabel = (type: MatrixDisplayType, locale: Locale = getLocale()): string => t(TYPE_KEYS[type], undefined, locale);

/** A dimension as a header names it; periods with their binning and, when used, the date attribute. */
const dimensionLabel = (dimension: DisplayRows, definition: MatrixDisplayDefinition, locale: Locale): string => {
  const rows = t(ROW_KEYS[dimension], undefined, locale);
  if (dimension !== 'period') return rows;
  const kind = definition.periods?.kind ?? 'year';
  const binning = t(kind === 'quarter' ? 'display.period.byQuarter' : kind === 'custom' ? 'display.period.custom' : 'display.period.byYear', undefined, locale);
  const periods = t('display.export.periodRows', { rows, binning }, locale);
  const attribute = definition.dateAttribute ?? null;
  return attribute === null ? periods : t('display.export.datesFromAttribute', { rows: periods, attribute }, locale);
};

/** What the rows and the columns are, by type (checklists run their `rows` setting across the columns). */
const axesOf = (type: MatrixDisplayType, definition: MatrixDisplayDefinition, context: MatrixExportContext, locale: Locale): [string, string] => {
  const codes = t('display.dimension.code', undefined, locale);
  switch (type) {
    case 'checklist': {
      const parent = definition.checklistCodeId ?? null;
      const byId = indexCodes(context.codes);
      const rows = parent === null || !byId.has(parent) ? t('display.export.noChecklistCode', undefined, locale) : t('display.export.subCodesOf', { code: codePath(byId, parent) }, locale);
      return [rows, dimensionLabel(definition.rows === 'informant' ? 'informant' : 'role', definition, locale)];
    }
    case 'triangulation':
      return [codes, definition.splitByRole === true ? t('display.export.kindsByRole', undefined, locale) : t('display.dimension.sourceKind', undefined, locale)];
    case 'cooccurrence':
      return [codes, codes];
    case 'triangulation-overview':
      return [t('verification.overview.rows', undefined, locale), t('verification.overview.columns', undefined, locale)];
    default:
      return [dimensionLabel(definition.rows, definition, locale), codes];
  }
};

const cellLabel = (type: MatrixDisplayType, definition: MatrixDisplayDefinition, locale: Locale): string => {
  if (type === 'triangulation-overview') return t('verification.overview.cells', undefined, locale);
  if (type !== 'cooccurrence') {
    if (definition.cell === 'excerpts') return t('display.cell.excerpts', undefined, locale);
    if (definition.cell === 'summary') return t('display.cell.summary', undefined, locale);
    return t(CELL_KEYS[definition.cell], undefined, locale);
  }
  const mode = definition.cooccurrence ?? { kind: 'overlap' };
  if (mode.kind === 'proximity') return t('display.cell.cooccurrence.proximity', { characters: mode.characters }, locale);
  return t(mode.kind === 'overlap' ? 'display.cell.cooccurrence.overlap' : 'display.cell.cooccurrence.sameTurn', undefined, locale);
};

const clusterRows = (definition: MatrixDisplayDefinition, context: MatrixExportContext, locale: Locale): [string, string][] => {
  const clusterBy = definition.clusterBy ?? { kind: 'model-role' };
  const byId = indexCodes(context.codes);
  const value = clusterBy.kind === 'model-role'
    ? t('display.export.clusters.modelRole', undefined, locale)
    : t('display.export.clusters.parentCodes', { codes: clusterBy.codeIds.filter((id) => byId.has(id)).map((id) => codePath(byId, id)).join('; ') }, locale);
  return [[t('display.export.header.clusters', undefined, locale), value]];
};

export const displayHeaderBlock = (display: Display, view: MatrixView, context: MatrixExportContext, locale: Locale = getLocale()): [string, string][] => {
  const { definition } = display;
  if (definition.kind !== 'matrix') throw new Error(`Display ${display.id} is not a matrix`);
  const label = (key: MessageKey): string => t(key, undefined, locale);
  const [rows, columns] = axesOf(view.type, definition, context, locale);
  return [
    [label('display.export.header.display'), display.name],
    [label('display.export.header.type'), displayTypeLabel(view.type, locale)],
    [label('display.export.header.rows'), rows],
    [label('display.export.header.columns'), columns],
    [label('display.export.header.cell'), cellLabel(view.type, definition, locale)],
    // A checklist's codes are the sub-codes of its code; the others name their chosen codes.
    ...(view.type === 'checklist' ? codesHeaderRows(null, definition.withSubCodes, context, locale).slice(1) : codesHeaderRows(definition.codeIds, definition.withSubCodes, context, locale)),
    ...(view.type === 'clustered' ? clusterRows(definition, context, locale) : []),
    ...filterHeaderRows(definition.filters, context, locale),
  ];
};
