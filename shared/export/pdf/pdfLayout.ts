// Line and page layout for the PDF writers (pdf-lib; the member-check packet and the report): runs of text in one or
// more fonts wrapped to the column's width at spaces (a word wider than the column is broken between characters),
// lines placed down the page, and a new page begun whenever the next line or box would cross the bottom margin.
import { PageSizes, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

export type TextRun = { text: string; font: PDFFont };
export type PlacedLine = { segments: TextRun[]; width: number };

export const MARGIN = { top: 64, bottom: 64, left: 62, right: 62 } as const;

/**
 * Splits runs into words that keep their trailing spaces, so wrapping can drop the space at a line's end. Only a plain
 * space is a break: a no-break space holds "☐ Tarik kembali" together.
 */
const tokens = (runs: readonly TextRun[]): TextRun[] =>
  runs.flatMap((run) => (run.text.match(/[^ ]+ *| +/g) ?? []).map((text) => ({ text, font: run.font })));

const widthOf = (run: TextRun, size: number): number => run.font.widthOfTextAtSize(run.text, size);

/** Breaks a token wider than the column into pieces that fit, character by character. */
const breakLongToken = (token: TextRun, size: number, width: number): TextRun[] => {
  const pieces: TextRun[] = [];
  let current = '';
  for (const char of token.text) {
    if (current !== '' && token.font.widthOfTextAtSize(current + char, size) > width) {
      pieces.push({ text: current, font: token.font });
      current = '';
    }
    current += char;
  }
  if (current !== '') pieces.push({ text: current, font: token.font });
  return pieces;
};

/** One paragraph (no line breaks inside) wrapped into lines no wider than `width`. */
export const wrapRuns = (runs: readonly TextRun[], size: number, width: number): PlacedLine[] => {
  const lines: PlacedLine[] = [];
  let line: TextRun[] = [];
  let lineWidth = 0;
  const finish = () => {
    const last = line[line.length - 1];
    if (last !== undefined) {
      const trimmed = last.text.replace(/ +$/, '');
      lineWidth -= widthOf(last, size) - last.font.widthOfTextAtSize(trimmed, size);
      line[line.length - 1] = { ...last, text: trimmed };
    }
    lines.push({ segments: line, width: lineWidth });
    line = [];
    lineWidth = 0;
  };
  for (const token of tokens(runs)) {
    const pieces = widthOf({ ...token, text: token.text.replace(/ +$/, '') }, size) > width ? breakLongToken(token, size, width) : [token];
    for (const piece of pieces) {
      const pieceWidth = widthOf(piece, size);
      const fitsTrimmed = lineWidth + piece.font.widthOfTextAtSize(piece.text.replace(/ +$/, ''), size) <= width;
      if (line.length > 0 && !fitsTrimmed) finish();
      if (line.length === 0 && /^ +$/.test(piece.text)) continue;
      line.push(piece);
      lineWidth += pieceWidth;
    }
  }
  if (line.length > 0 || lines.length === 0) finish();
  return lines;
};

/** The page being filled and where the next line goes. */
export class PageCursor {
  page: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];

  constructor(private readonly document: PDFDocument) {
    this.page = this.newPage();
    this.y = this.top;
  }

  get top(): number {
    return this.page.getHeight() - MARGIN.top;
  }

  get columnWidth(): number {
    return this.page.getWidth() - MARGIN.left - MARGIN.right;
  }

  private newPage(): PDFPage {
    const page = this.document.addPage(PageSizes.A4);
    this.pages.push(page);
    return page;
  }

  /** Moves to a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height >= MARGIN.bottom || this.y === this.top) return;
    this.page = this.newPage();
    this.y = this.top;
  }

  /** Begins a new page (after a title page), unless the current one is still empty. */
  breakPage(): void {
    if (this.y === this.top) return;
    this.page = this.newPage();
    this.y = this.top;
  }

  /** Skips space before a block, but never at the top of a page. */
  space(points: number): void {
    if (this.y !== this.top) this.y -= points;
  }

  /** Draws lines of runs at `indent` from the left margin, `leading` apart, each line placed so it fits on its page. */
  drawLines(lines: readonly PlacedLine[], size: number, leading: number, indent: number, color: RGB, onLine?: (top: number, bottom: number) => void): void {
    for (const line of lines) {
      this.ensure(leading);
      const baseline = this.y - size;
      let x = MARGIN.left + indent;
      for (const segment of line.segments) {
        this.page.drawText(segment.text, { x, y: baseline, size, font: segment.font, color });
        x += segment.font.widthOfTextAtSize(segment.text, size);
      }
      onLine?.(this.y, this.y - leading);
      this.y -= leading;
    }
  }
}
