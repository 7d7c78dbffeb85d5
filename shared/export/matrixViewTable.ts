// Any saved matrix display (a computed MatrixView and the researcher's notes) as a table for spreadsheets: the
// cluster row when columns are grouped, the column labels, each row's label and cells, and the totals when the cells
// are counts. A cell is a number when it is a plain count; a count with its detail ("3 (2 sources · 3 informants)",
// "2 (0.5)"), a triangulation cell with no evidence ("No evidence"), the excerpts one per line (after any summary), or
// the researcher's summary (a checklist's rating, summary and justifying quote) as text. CSV for files, TSV for the clipboard; the XLSX export lays out the same rows.
import type { CellNote, Display } from '../model/index.ts';
import type { MatrixView, ViewCell } from '../analysis/displayView.ts';
import { getLocale, t, type Locale, type MessageKey } from '../i18n/translate.ts';
import { encodeCsv, utf8WithBom, type CsvCell, type CsvOptions } from './csvFormat.ts';
import { type MatrixExportContext } from './matrixCsv.ts';
import { displayHeaderBlock } from './matrixViewHeader.ts';

const RATING_KEYS: Record<string, MessageKey> = {
  strong: 'display.rating.strong', present: 'display.rating.present', sketchy: 'display.rating.sketchy', absent: 'display.rating.absent',
};

/** A rating as a reader sees it: the default scale's words through i18n, a custom scale's as the researcher wrote them. */
export const ratingLabel = (rating: string, locale: Locale = getLocale()): string =>
  Object.hasOwn(RATING_KEYS, rating) ? t(RATING_KEYS[rating], undefined, locale) : rating;

const joined = (parts: readonly string[]): string => parts.filter((part) => part !== '').join(' — ');

/** A checklist cell: its count if it shows one, the rating, the summary, and the quote that justifies the rating. */
const checklistText = (cell: ViewCell, note: CellNote | undefined, locale: Locale): CsvCell => {
  const quote = note?.quoteCodingId == null ? undefined : cell.quotes?.find((excerpt) => excerpt.codingId === note.quoteCodingId);
  const text = note === undefined ? '' : joined([note.rating === null ? '' : ratingLabel(note.rating, locale), note.summary.plainText.trim(), quote === undefined ? '' : `“${quote.quote}”`]);
  if (cell.value === null) return text;
  return text === '' ? cell.value : joined([String(cell.value), text]);
};

/** One cell of the table (see the file's opening comment). */
export const viewCellText = (view: MatrixView, cell: ViewCell, note: CellNote | undefined, locale: Locale = getLocale()): CsvCell => {
  if (view.type === 'checklist') return checklistText(cell, note, locale);
  if (view.type === 'triangulation' && cell.empty) return cell.detail;
  // The overview's status cells: the status, and beside a triangulation status its reason.
  if (view.type === 'triangulation-overview' && cell.value === null) return joined([cell.detail ?? '', cell.title ?? '']);
  if (cell.value !== null) return cell.detail === null ? cell.value : `${cell.value} (${cell.detail})`;
  const written = note === undefined ? '' : note.summary.plainText.trim();
  if (cell.quotes !== null) return [written, ...cell.quotes.map((quote) => quote.quote)].filter((part) => part !== '').join('\n');
  if (cell.detail === null || cell.empty) return written;
  return written === '' ? `(${cell.detail})` : `${written} (${cell.detail})`;
};

/** The table: a row of clusters when grouped, the column labels (and "Total" for counts), rows, and the totals row. */
export const matrixViewTableRows = (display: Display, view: MatrixView, locale: Locale = getLocale()): CsvCell[][] => {
  const total = t('display.matrix.total', undefined, locale);
  const counts = view.total !== null;
  const clusters: CsvCell[][] = view.columnGroups === null
    ? []
    : [['', ...view.columnGroups.flatMap((group) => [group.label, ...Array.from({ length: group.span - 1 }, () => '')])]];
  return [
    ...clusters,
    ['', ...view.columns.map((column) => column.label), ...(counts ? [total] : [])],
    ...view.rows.map((row, r) => [
      row.label,
      ...view.cells[r].map((cell) => viewCellText(view, cell, display.cellNotes[cell.key], locale)),
      ...(counts ? [row.total] : []),
    ]),
    ...(counts ? [[total, ...view.columns.map((column) => column.total), view.total]] : []),
  ];
};

/** The header block, an empty line, and the table. */
export const matrixViewCsvRows = (display: Display, view: MatrixView, context: MatrixExportContext, locale: Locale = getLocale()): CsvCell[][] => [
  ...displayHeaderBlock(display, view, context, locale),
  [],
  ...matrixViewTableRows(display, view, locale),
];

/** The CSV file's bytes: UTF-8 with BOM, CRLF line ends, formula-guarded text cells (see csvFormat.ts). */
export const buildMatrixViewCsv = (display: Display, view: MatrixView, context: MatrixExportContext, options: CsvOptions & { locale?: Locale } = {}): Uint8Array =>
  utf8WithBom(encodeCsv(matrixViewCsvRows(display, view, context, options.locale), options));

/** The table alone, tab-separated, for pasting into a spreadsheet or a document. */
export const matrixViewTsv = (display: Display, view: MatrixView, locale: Locale = getLocale()): string =>
  encodeCsv(matrixViewTableRows(display, view, locale), { delimiter: '\t' });
