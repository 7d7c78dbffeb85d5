// A computed matrix display as plain tables for the exports (CSV, TSV, XLSX, PNG): a header block naming the display,
// its type, layout and filters; the matrix with row and column totals, each cell as the view shows it (a count, the
// researcher's summary and rating, or the excerpts); and one row per excerpt behind each cell.
// (Interim: once shared/export writes any MatrixView, the display exports switch to it.)
import type { MatrixView, ViewCell } from '../../../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../../../shared/analysis/matrixTypes.ts';
import type { CsvCell } from '../../../../shared/export/csvFormat.ts';
import type { CellNote, Coder, Display, MatrixDisplayDefinition } from '../../../../shared/model/index.ts';
import type { Translator } from '../../../i18n/useTranslation.ts';
import { axisHeadings } from '../matrix/axisHeadings.ts';
import { builderChoices } from '../matrix/builderChoices.ts';
import { cellExcerpts } from '../matrix/cellExcerpts.ts';
import { ratingLabel } from '../matrix/ratingLabel.ts';

export type MatrixExportInput = {
  display: Display;
  definition: MatrixDisplayDefinition;
  view: MatrixView;
  data: MatrixData;
  coders: readonly Pick<Coder, 'id' | 'name'>[];
  t: Translator['t'];
};

const listOrAll = (values: readonly string[] | null | undefined, t: Translator['t']): string =>
  values == null || values.length === 0 ? t('display.export.all') : values.join('; ');

/** [label, value] pairs naming the display and everything that decides what its cells hold. */
export const headerBlock = (input: MatrixExportInput): [string, string][] => {
  const { display, definition, data, coders, t } = input;
  const paths = new Map(builderChoices(data).codes.map((code) => [code.id, code.path]));
  const coderNames = new Map(coders.map((coder) => [coder.id, coder.name]));
  const filters = definition.filters;
  const from = filters.dateFrom ?? null;
  const to = filters.dateTo ?? null;
  const headings = axisHeadings(input.view.type, definition, t);
  return [
    [t('displays.export.display'), display.name],
    [t('displays.export.type'), t(`displays.type.${display.type}`)],
    [t('display.export.header.rows'), headings.rows],
    [t('display.export.header.columns'), headings.columns],
    [t('display.export.header.cell'), t(`displays.cell.${definition.cell}`)],
    [t('display.export.header.codes'), listOrAll(definition.codeIds?.map((id) => paths.get(id) ?? id), t)],
    [t('display.export.header.subCodes'), t(definition.withSubCodes ? 'display.export.yes' : 'display.export.no')],
    [t('display.export.header.roles'), listOrAll(filters.roles?.map((role) => (role === '' ? t('display.matrix.noRole') : role)), t)],
    [t('display.export.header.sourceKinds'), listOrAll(filters.sourceKinds?.map((kind) => t(`sources.kind.${kind}`)), t)],
    [t('display.export.header.coders'), listOrAll(filters.coderIds?.map((id) => coderNames.get(id) ?? id), t)],
    [t('display.export.header.dates'), from === null && to === null ? t('display.export.all') : t('display.export.dateRange', { from: from ?? '…', to: to ?? '…' })],
    ...(filters.attributes ?? []).map((filter): [string, string] => [t('displays.export.attribute', { name: filter.name }), filter.values.join('; ')]),
  ];
};

/** A cell as exported: its count as a number, otherwise the summary (with a checklist's rating) or the quotes. */
export const cellExportValue = (cell: ViewCell, note: CellNote | undefined, input: Pick<MatrixExportInput, 'display' | 'definition' | 't'>): CsvCell => {
  if (cell.value !== null) return cell.detail === null ? cell.value : `${cell.value} (${cell.detail})`;
  const parts: string[] = [];
  if (note?.rating != null) parts.push(ratingLabel(input.t, note.rating));
  if (note !== undefined && note.summary.plainText.trim() !== '') parts.push(note.summary.plainText.trim());
  if (input.definition.cell === 'excerpts' && cell.quotes !== null) parts.push(...cell.quotes.map((quote) => `“${quote.quote}”`));
  if (parts.length === 0 && !cell.empty) parts.push(input.t('displays.cell.evidence', { informants: cell.informants, excerpts: cell.excerpts }));
  return parts.join('\n');
};

/** The matrix: a corner cell, the column labels and "Total"; each row's label, cells and total; the totals row (totals only of counts). */
export const matrixTable = (input: MatrixExportInput): CsvCell[][] => {
  const { view, display, t } = input;
  const total = t('display.matrix.total');
  const cellsOf = (r: number): CsvCell[] => view.cells[r].map((cell) => cellExportValue(cell, display.cellNotes[cell.key], input));
  // Totals are counts: a matrix of summaries or excerpts has none.
  if (view.total === null) return [['', ...view.columns.map((column) => column.label)], ...view.rows.map((row, r) => [row.label, ...cellsOf(r)])];
  return [
    ['', ...view.columns.map((column) => column.label), total],
    ...view.rows.map((row, r) => [row.label, ...cellsOf(r), row.total]),
    [total, ...view.columns.map((column) => column.total), view.total],
  ];
};

/** One row per excerpt behind each cell: row, column, source, speakers, informants, roles, code, excerpt. */
export const excerptTable = ({ view, data, t }: MatrixExportInput): CsvCell[][] => {
  const rows: CsvCell[][] = [[
    t('display.export.header.row'), t('display.export.header.column'), t('excerpts.csv.header.source'), t('excerpts.csv.header.speaker'),
    t('excerpts.csv.header.informant'), t('excerpts.csv.header.role'), t('excerpts.csv.header.codePath'), t('excerpts.csv.header.excerpt'),
  ]];
  view.rows.forEach((row, r) => {
    view.columns.forEach((column, c) => {
      for (const excerpt of cellExcerpts(data, view.cells[r][c].codingIds)) {
        rows.push([
          row.label, column.label, excerpt.sourceTitle, excerpt.speakers.join('; '), excerpt.informants.map((person) => person.pseudonym).join('; '),
          excerpt.roles.join('; '), excerpt.codePath, excerpt.quote,
        ]);
      }
    });
  });
  return rows;
};
