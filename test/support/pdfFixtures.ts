// Generates laid-out PDFs with pdf-lib for the PDF layout tests (unit and e2e): pages with an optional
// full-width title and standfirst, one or two columns of paragraphs, bold speaker labels, forced line breaks
// ("\n" inside a paragraph, e.g. after "ekspor-"), and running header/footer lines with the page number.
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** A paragraph; `label` ("Pak Harto:") is drawn in Helvetica-Bold at its start, the text follows in Helvetica. */
export type FixtureParagraph = string | { label?: string; text: string };

export type FixturePage = {
  /** Drawn across both columns at the top, in a larger size. */
  title?: string;
  /** Drawn across both columns under the title, in the body size. */
  standfirst?: string;
  /** One array of paragraphs per column (one or two columns); a column holds what the test puts in it. */
  columns: FixtureParagraph[][];
};

export type FixtureOptions = {
  /** Running header drawn at the top of every page; `{page}` and `{pages}` are replaced. */
  header?: string;
  /** Running footer drawn at the bottom of every page, same placeholders. */
  footer?: string;
};

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 60;
const GUTTER = 24;
const SIZE = 10;
const LINE_HEIGHT = 13;
const PARAGRAPH_GAP = 9;
const TITLE_SIZE = 16;

type Fonts = { regular: PDFFont; bold: PDFFont };

const wrap = (text: string, font: PDFFont, width: number, firstIndent: number): string[] => {
  const lines: string[] = [];
  for (const forced of text.split('\n')) {
    let line = '';
    for (const word of forced.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      const room = width - (lines.length === 0 ? firstIndent : 0);
      if (font.widthOfTextAtSize(candidate, SIZE) > room && line !== '') {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
};

/** Draws paragraphs from (x, y) down, each line `width` wide at most; returns the y under the last line. */
const drawParagraphs = (page: PDFPage, fonts: Fonts, paragraphs: readonly FixtureParagraph[], x: number, top: number, width: number): number => {
  let y = top;
  for (const paragraph of paragraphs) {
    const { label, text } = typeof paragraph === 'string' ? { label: undefined, text: paragraph } : paragraph;
    const labelWidth = label ? fonts.bold.widthOfTextAtSize(`${label} `, SIZE) : 0;
    wrap(text, fonts.regular, width, labelWidth).forEach((line, index) => {
      if (index === 0 && label) page.drawText(label, { x, y, size: SIZE, font: fonts.bold });
      page.drawText(line, { x: index === 0 ? x + labelWidth : x, y, size: SIZE, font: fonts.regular });
      y -= LINE_HEIGHT;
    });
    y -= PARAGRAPH_GAP;
  }
  return y;
};

const fill = (template: string, page: number, pages: number): string => template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));

export const makeLayoutPdf = async (pages: readonly FixturePage[], options: FixtureOptions = {}): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  const fonts: Fonts = { regular: await document.embedFont(StandardFonts.Helvetica), bold: await document.embedFont(StandardFonts.HelveticaBold) };
  const fullWidth = PAGE_WIDTH - 2 * MARGIN;
  pages.forEach((spec, index) => {
    const page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    if (options.header) page.drawText(fill(options.header, index + 1, pages.length), { x: MARGIN, y: PAGE_HEIGHT - 36, size: SIZE, font: fonts.regular });
    if (options.footer) page.drawText(fill(options.footer, index + 1, pages.length), { x: PAGE_WIDTH / 2 - 20, y: 36, size: SIZE, font: fonts.regular });
    let top = PAGE_HEIGHT - 80;
    if (spec.title) {
      page.drawText(spec.title, { x: MARGIN, y: top, size: TITLE_SIZE, font: fonts.bold });
      top -= TITLE_SIZE + PARAGRAPH_GAP + LINE_HEIGHT;
    }
    if (spec.standfirst) top = drawParagraphs(page, fonts, [spec.standfirst], MARGIN, top, fullWidth) - LINE_HEIGHT;
    if (spec.columns.length === 1) drawParagraphs(page, fonts, spec.columns[0], MARGIN, top, fullWidth);
    else {
      const width = (fullWidth - GUTTER) / 2;
      spec.columns.forEach((column, columnIndex) => drawParagraphs(page, fonts, column, MARGIN + columnIndex * (width + GUTTER), top, width));
    }
  });
  return document.save();
};
