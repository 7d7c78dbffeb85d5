// A code matrix (shared/analysis/codeMatrix.ts) as a table for spreadsheets: a header block naming its definition and
// filters (so a file read months later still says what it counts), then the row labels, column labels, cells and
// totals. CSV for files, TSV for the clipboard; the XLSX export (matrixXlsx.ts) lays out the same blocks.
import type { CodeMatrix, MatrixCellContent, MatrixColumnDimension, MatrixFilters, MatrixRowDimension } from '../analysis/matrixTypes.ts';
import { codePath, indexCodes } from '../codebook/codeTree.ts';
import { getLocale, t, type Locale, type MessageKey } from '../i18n/translate.ts';
import type { Code } from '../model/index.ts';
import type { Coder } from '../model/coder.ts';
import type { SourceKind } from '../model/source.ts';
import { encodeCsv, utf8WithBom, type CsvCell, type CsvOptions } from './csvFormat.ts';

/** What the header block needs to name codes and coders by their names rather than ids. */
export type MatrixExportContext = { codes: readonly Code[]; coders: readonly Pick<Coder, 'id' | 'name'>[] };

export const ROW_KEYS = {
  informant: 'display.dimension.informant',
  role: 'display.dimension.role',
  source: 'display.dimension.source',
  'source-kind': 'display.dimension.sourceKind',
  period: 'display.dimension.period',
} as const satisfies Record<MatrixRowDimension, MessageKey>;

const COLUMN_KEYS = {
  code: 'display.dimension.code',
  'source-kind': 'display.dimension.sourceKind',
} as const satisfies Record<MatrixColumnDimension, MessageKey>;

export const CELL_KEYS = {
  segments: 'display.cell.segments',
  informants: 'display.cell.informants',
  words: 'display.cell.words',
} as const satisfies Record<MatrixCellContent, MessageKey>;

export const KIND_KEYS = {
  interview: 'sources.kind.interview',
  observation: 'sources.kind.observation',
  document: 'sources.kind.document',
  other: 'sources.kind.other',
} as const satisfies Record<SourceKind, MessageKey>;

/** A filter's chosen values joined, or "all" when it keeps everything. */
const listOrAll = (values: readonly string[] | null | undefined, name: (value: string) => string, locale: Locale): string =>
  values == null ? t('display.export.all', undefined, locale) : values.map(name).join('; ');

/** The filters' part of a header block: roles, informant attributes (when any), source kinds, coders and dates. */
export const filterHeaderRows = (filters: MatrixFilters, context: MatrixExportContext, locale: Locale = getLocale()): [string, string][] => {
  const coderNames = new Map(context.coders.map((coder) => [coder.id, coder.name]));
  const from = filters.dateFrom ?? null;
  const to = filters.dateTo ?? null;
  const label = (key: MessageKey): string => t(key, undefined, locale);
  const attributes = filters.attributes ?? [];
  return [
    [label('display.export.header.roles'), listOrAll(filters.roles, (role) => (role === '' ? label('display.matrix.noRole') : role), locale)],
    ...(attributes.length === 0 ? [] : [[label('display.export.header.attributes'), attributes.map((filter) => t('display.export.attributeFilter', { name: filter.name, values: filter.values.join(', ') }, locale)).join('; ')] satisfies [string, string]]),
    [label('display.export.header.sourceKinds'), listOrAll(filters.sourceKinds, (kind) => label(KIND_KEYS[kind as SourceKind]), locale)],
    [label('display.export.header.coders'), listOrAll(filters.coderIds, (id) => coderNames.get(id) ?? id, locale)],
    [label('display.export.header.dates'), from === null && to === null ? label('display.export.all') : t('display.export.dateRange', { from: from ?? '…', to: to ?? '…' }, locale)],
  ];
};

/** The codes' part of a header block: the chosen codes (or all) and whether sub-codes count. */
export const codesHeaderRows = (codeIds: readonly string[] | null, withSubCodes: boolean, context: MatrixExportContext, locale: Locale = getLocale()): [string, string][] => {
  const codesById = indexCodes(context.codes);
  const label = (key: MessageKey): string => t(key, undefined, locale);
  return [
    [label('display.export.header.codes'), listOrAll(codeIds, (id) => codePath(codesById, id), locale)],
    [label('display.export.header.subCodes'), label(withSubCodes ? 'display.export.yes' : 'display.export.no')],
  ];
};

/** The header block: one [label, value] pair per part of the definition and per filter. */
export const matrixHeaderBlock = (matrix: CodeMatrix, context: MatrixExportContext, locale: Locale = getLocale()): [string, string][] => {
  const { definition } = matrix;
  const rows = t(ROW_KEYS[definition.rows], undefined, locale);
  const label = (key: MessageKey): string => t(key, undefined, locale);
  return [
    [label('display.export.header.rows'), definition.rows === 'period' ? t('display.export.periodRows', { rows, binning: label(definition.period === 'quarter' ? 'display.period.byQuarter' : 'display.period.byYear') }, locale) : rows],
    [label('display.export.header.columns'), label(COLUMN_KEYS[definition.columns])],
    [label('display.export.header.cell'), label(CELL_KEYS[definition.cell])],
    ...codesHeaderRows(definition.codeIds, definition.withSubCodes, context, locale),
    ...filterHeaderRows(definition.filters ?? {}, context, locale),
  ];
};

/** The table: a corner cell and the column labels with "Total", each row's label, cells and total, then the totals row. */
export const matrixTableRows = (matrix: CodeMatrix, locale: Locale = getLocale()): CsvCell[][] => {
  const total = t('display.matrix.total', undefined, locale);
  return [
    ['', ...matrix.columns.map((column) => column.label), total],
    ...matrix.rows.map((row, index) => [row.label, ...matrix.cells[index], row.total]),
    [total, ...matrix.columns.map((column) => column.total), matrix.total],
  ];
};

/** The header block, an empty line, and the table. */
export const matrixCsvRows = (matrix: CodeMatrix, context: MatrixExportContext, locale: Locale = getLocale()): CsvCell[][] => [
  ...matrixHeaderBlock(matrix, context, locale),
  [],
  ...matrixTableRows(matrix, locale),
];

/** The CSV file's bytes: UTF-8 with BOM, CRLF line ends, formula-guarded text cells (see csvFormat.ts). */
export const buildMatrixCsv = (matrix: CodeMatrix, context: MatrixExportContext, options: CsvOptions & { locale?: Locale } = {}): Uint8Array =>
  utf8WithBom(encodeCsv(matrixCsvRows(matrix, context, options.locale), options));

/** The table alone, tab-separated, for pasting into a spreadsheet or a document. */
export const matrixTsv = (matrix: CodeMatrix, locale: Locale = getLocale()): string => encodeCsv(matrixTableRows(matrix, locale), { delimiter: '\t' });
