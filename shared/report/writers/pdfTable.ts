// Tables in the report's PDF: columns sized to their content within the column width (a wide table in smaller type
// rather than with broken words), cells wrapped inside their
// column, rows never split, and the header row drawn again at the top of every page the table continues on. Facts
// (label → value) are the same table without a header, their labels bold.
import { rgb, type PDFFont } from 'pdf-lib';
import { MARGIN, wrapRuns, type PageCursor, type PlacedLine } from '../../export/pdf/pdfLayout.ts';

const SIZE = 9.5;
const LEADING = 13;
const PAD = 4;
const INK = rgb(0.1, 0.1, 0.1);
const HEADER_FILL = rgb(0.91, 0.93, 0.95);
const RULE = rgb(0.65, 0.65, 0.65);

export type TableFonts = { regular: PDFFont; bold: PDFFont };
export type PdfTable = { header: string[] | null; rows: string[][]; boldFirstColumn?: boolean; widths?: number[] };

/** A table's type size and column widths. */
type TableLayout = { size: number; leading: number; widths: number[] };

const MIN_SIZE = 6;

const rowsOf = (table: PdfTable): string[][] => [...(table.header === null ? [] : [table.header]), ...table.rows];
const fontOf = (table: PdfTable, fonts: TableFonts, row: number): PDFFont => (row === 0 && table.header !== null ? fonts.bold : fonts.regular);

/** Each column's widest single word at `size`, padded: the narrowest the column can be without breaking a word. */
const wordWidths = (table: PdfTable, fonts: TableFonts, columns: number, size: number): number[] =>
  Array.from({ length: columns }, (_, column) => Math.max(24, ...rowsOf(table).map((row, index) =>
    Math.max(0, ...(row[column] ?? '').split(/\s+/u).map((word) => fontOf(table, fonts, index).widthOfTextAtSize(word, size))) + 2 * PAD + 1.5)));

/**
 * Column widths: each column's natural width when they fit; else each first gets room for its longest word (so no
 * word is broken) and the rest is shared in proportion to what each still needs. When even the longest words do not
 * fit side by side (a wide table), the type gets smaller until they do, down to MIN_SIZE.
 */
const tableLayout = (table: PdfTable, fonts: TableFonts, total: number): TableLayout => {
  const all = rowsOf(table);
  const columns = Math.max(...all.map((row) => row.length), 1);
  if (table.widths !== undefined) return { size: SIZE, leading: LEADING, widths: table.widths.map((share) => share * total) };
  const natural = (size: number): number[] => Array.from({ length: columns }, (_, column) =>
    Math.max(40, ...all.map((row, index) => fontOf(table, fonts, index).widthOfTextAtSize(row[column] ?? '', size) + 2 * PAD)));
  const wide = natural(SIZE);
  const sum = wide.reduce((a, b) => a + b, 0);
  if (sum <= total) return { size: SIZE, leading: LEADING, widths: wide.map((width) => width + (total - sum) / columns) };
  const wordsAt = (size: number): number => wordWidths(table, fonts, columns, size).reduce((a, b) => a + b, 0);
  const padding = 2 * PAD * columns;
  const fitting = wordsAt(SIZE) <= total ? SIZE : Math.max(MIN_SIZE, (SIZE * (total - padding)) / (wordsAt(SIZE) - padding));
  const size = Math.floor(fitting * 4) / 4;
  const words = wordWidths(table, fonts, columns, size);
  const wordsSum = words.reduce((a, b) => a + b, 0);
  const floors = wordsSum <= total ? words : words.map((width) => (width * total) / wordsSum);
  const rest = total - floors.reduce((a, b) => a + b, 0);
  const needs = natural(size).map((width, column) => Math.max(0, width - floors[column]));
  const needsSum = needs.reduce((a, b) => a + b, 0) || 1;
  return { size, leading: (LEADING * size) / SIZE, widths: needs.map((need, column) => floors[column] + (rest * need) / needsSum) };
};

type Row = { cells: PlacedLine[][]; height: number };

const layoutRow = (texts: string[], { widths, size, leading }: TableLayout, fonts: TableFonts, header: boolean, boldFirst: boolean): Row => {
  const cells = widths.map((width, column) => {
    const font = header || (boldFirst && column === 0) ? fonts.bold : fonts.regular;
    return wrapRuns([{ text: texts[column] ?? '', font }], size, width - 2 * PAD);
  });
  return { cells, height: Math.max(...cells.map((lines) => lines.length)) * leading + 2 * PAD };
};

const drawRow = (cursor: PageCursor, row: Row, { widths, size, leading }: TableLayout, filled: (column: number) => boolean): void => {
  const top = cursor.y;
  let x = MARGIN.left;
  row.cells.forEach((lines, column) => {
    const width = widths[column];
    cursor.page.drawRectangle({
      x, y: top - row.height, width, height: row.height, borderColor: RULE, borderWidth: 0.5, color: filled(column) ? HEADER_FILL : undefined,
    });
    lines.forEach((line, index) => {
      let left = x + PAD;
      const baseline = top - PAD - index * leading - size;
      for (const segment of line.segments) {
        cursor.page.drawText(segment.text, { x: left, y: baseline, size, font: segment.font, color: INK });
        left += segment.font.widthOfTextAtSize(segment.text, size);
      }
    });
    x += width;
  });
  cursor.y = top - row.height;
};

/** Draws the table from the cursor down, across pages as needed; texts must already be drawable in the fonts. */
export const drawTable = (cursor: PageCursor, table: PdfTable, fonts: TableFonts): void => {
  const layout = tableLayout(table, fonts, cursor.columnWidth);
  const header = table.header === null ? null : layoutRow(table.header, layout, fonts, true, false);
  const rows = table.rows.map((texts) => layoutRow(texts, layout, fonts, false, table.boldFirstColumn === true));
  // The header stays with the first row.
  cursor.ensure((header?.height ?? 0) + (rows[0]?.height ?? 0));
  const all = (): boolean => true;
  const labels = (column: number): boolean => table.boldFirstColumn === true && column === 0;
  if (header !== null) drawRow(cursor, header, layout, all);
  for (const row of rows) {
    const page = cursor.page;
    cursor.ensure(row.height);
    if (cursor.page !== page && header !== null) drawRow(cursor, header, layout, all);
    drawRow(cursor, row, layout, labels);
  }
};
