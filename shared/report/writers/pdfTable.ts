// Tables in the report's PDF: columns sized to their content within the column width, cells wrapped inside their
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

/** Column widths: each column's natural width, shrunk in proportion when they do not fit together. */
const columnWidths = (table: PdfTable, fonts: TableFonts, total: number): number[] => {
  const all = [...(table.header === null ? [] : [table.header]), ...table.rows];
  const columns = Math.max(...all.map((row) => row.length), 1);
  if (table.widths !== undefined) return table.widths.map((share) => share * total);
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(40, ...all.map((row, index) => (index === 0 && table.header !== null ? fonts.bold : fonts.regular).widthOfTextAtSize(row[column] ?? '', SIZE) + 2 * PAD)));
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) return natural.map((width) => width + (total - sum) / columns);
  // Too wide: every column gets at least an equal share's half, the rest in proportion to its natural width.
  const floor = total / columns / 2;
  const rest = total - floor * columns;
  const extra = natural.map((width) => Math.max(0, width - floor));
  const extraSum = extra.reduce((a, b) => a + b, 0) || 1;
  return extra.map((width) => floor + (rest * width) / extraSum);
};

type Row = { cells: PlacedLine[][]; height: number };

const layoutRow = (texts: string[], widths: number[], fonts: TableFonts, header: boolean, boldFirst: boolean): Row => {
  const cells = widths.map((width, column) => {
    const font = header || (boldFirst && column === 0) ? fonts.bold : fonts.regular;
    return wrapRuns([{ text: texts[column] ?? '', font }], SIZE, width - 2 * PAD);
  });
  return { cells, height: Math.max(...cells.map((lines) => lines.length)) * LEADING + 2 * PAD };
};

const drawRow = (cursor: PageCursor, row: Row, widths: number[], filled: (column: number) => boolean): void => {
  const top = cursor.y;
  let x = MARGIN.left;
  row.cells.forEach((lines, column) => {
    const width = widths[column];
    cursor.page.drawRectangle({
      x, y: top - row.height, width, height: row.height, borderColor: RULE, borderWidth: 0.5, color: filled(column) ? HEADER_FILL : undefined,
    });
    lines.forEach((line, index) => {
      let left = x + PAD;
      const baseline = top - PAD - index * LEADING - SIZE;
      for (const segment of line.segments) {
        cursor.page.drawText(segment.text, { x: left, y: baseline, size: SIZE, font: segment.font, color: INK });
        left += segment.font.widthOfTextAtSize(segment.text, SIZE);
      }
    });
    x += width;
  });
  cursor.y = top - row.height;
};

/** Draws the table from the cursor down, across pages as needed; texts must already be drawable in the fonts. */
export const drawTable = (cursor: PageCursor, table: PdfTable, fonts: TableFonts): void => {
  const widths = columnWidths(table, fonts, cursor.columnWidth);
  const header = table.header === null ? null : layoutRow(table.header, widths, fonts, true, false);
  const rows = table.rows.map((texts) => layoutRow(texts, widths, fonts, false, table.boldFirstColumn === true));
  // The header stays with the first row.
  cursor.ensure((header?.height ?? 0) + (rows[0]?.height ?? 0));
  const all = (): boolean => true;
  const labels = (column: number): boolean => table.boldFirstColumn === true && column === 0;
  if (header !== null) drawRow(cursor, header, widths, all);
  for (const row of rows) {
    const page = cursor.page;
    cursor.ensure(row.height);
    if (cursor.page !== page && header !== null) drawRow(cursor, header, widths, all);
    drawRow(cursor, row, widths, labels);
  }
};
