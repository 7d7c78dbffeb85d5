// A matrix display drawn as a PNG picture, on a canvas (no library): the display's name, the header row, each row with
// its label, cells and total, heat shading as on screen, and the totals row. Long cell text is cut to one line with an
// ellipsis; the picture is drawn at twice the size so it stays sharp in a document.
import type { CsvCell } from '../../../../shared/export/csvFormat.ts';
import { HEAT_RGB, heatAlpha, LIGHT_TEXT_ALPHA } from '../matrix/heatShading.ts';

export type PngMatrix = { title: string; table: CsvCell[][]; maxValue: number; shaded: boolean };

const SCALE = 2;
const FONT = '13px system-ui, sans-serif';
const BOLD = '600 13px system-ui, sans-serif';
const ROW_HEIGHT = 26;
const PADDING = 8;
const MAX_COLUMN = 240;
const MIN_COLUMN = 48;
const TITLE_HEIGHT = 34;

const textOf = (cell: CsvCell): string => (cell === null ? '' : String(cell).replace(/\s+/g, ' '));

const fitted = (context: CanvasRenderingContext2D, text: string, width: number): string => {
  if (context.measureText(text).width <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, middle)}…`).width <= width) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low)}…`;
};

/** Draws the table on a new canvas and returns it. */
export const drawMatrix = ({ title, table, maxValue, shaded }: PngMatrix): HTMLCanvasElement => {
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (measure === null) throw new Error('A canvas is not available here.');
  measure.font = BOLD;
  const columnCount = Math.max(...table.map((row) => row.length));
  const widths = Array.from({ length: columnCount }, (_, column) =>
    Math.min(MAX_COLUMN, Math.max(MIN_COLUMN, ...table.map((row) => measure.measureText(textOf(row[column] ?? null)).width + 2 * PADDING))),
  );
  const width = widths.reduce((sum, value) => sum + value, 0) + 2 * PADDING;
  const height = TITLE_HEIGHT + table.length * ROW_HEIGHT + 2 * PADDING;
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil(height * SCALE);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('A canvas is not available here.');
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.textBaseline = 'middle';
  context.fillStyle = '#1f2328';
  context.font = '600 15px system-ui, sans-serif';
  context.fillText(fitted(context, title, width - 2 * PADDING), PADDING, PADDING + TITLE_HEIGHT / 2 - 4);

  const last = table.length - 1;
  table.forEach((row, r) => {
    const y = PADDING + TITLE_HEIGHT + r * ROW_HEIGHT;
    let x = PADDING;
    const header = r === 0 || r === last;
    for (let column = 0; column < columnCount; column += 1) {
      const cell = row[column] ?? null;
      const isTotal = column === columnCount - 1;
      const alpha = shaded && !header && column > 0 && !isTotal && typeof cell === 'number' ? heatAlpha(cell, maxValue) : 0;
      context.fillStyle = header || column === 0 || isTotal ? '#f5f6f8' : alpha > 0 ? `rgba(${HEAT_RGB}, ${alpha})` : '#ffffff';
      context.fillRect(x, y, widths[column], ROW_HEIGHT);
      context.strokeStyle = '#d6dae0';
      context.strokeRect(x + 0.5, y + 0.5, widths[column], ROW_HEIGHT);
      context.font = header || column === 0 ? BOLD : FONT;
      context.fillStyle = alpha > LIGHT_TEXT_ALPHA ? '#ffffff' : '#1f2328';
      const text = fitted(context, textOf(cell), widths[column] - 2 * PADDING);
      const numeric = typeof cell === 'number';
      context.textAlign = numeric ? 'right' : 'left';
      context.fillText(text, numeric ? x + widths[column] - PADDING : x + PADDING, y + ROW_HEIGHT / 2);
      x += widths[column];
    }
  });
  return canvas;
};

/** The PNG file's bytes. */
export const matrixPng = async (matrix: PngMatrix): Promise<Uint8Array> => {
  const canvas = drawMatrix(matrix);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('The picture could not be made.');
  return new Uint8Array(await blob.arrayBuffer());
};
