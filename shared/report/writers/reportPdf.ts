// A report document as a PDF (pdf-lib with fontkit): DejaVu Sans embedded as subsets so every character is real,
// extractable text in either language; a title page, then the sections with their headings (a code's colour as a
// swatch), wrapped paragraphs, lists with hanging markers, facts and tables (pdfTable.ts), quotes indented with a bar
// and their tag, figures drawn as vectors from their network (pdfFigure.ts), and "Page n of m" at every foot but the
// title page's. The same document gives the same bytes: the dates are the document's and pdf-lib's ids are seeded.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type RGB } from 'pdf-lib';
import { MARGIN, PageCursor, wrapRuns, type TextRun } from '../../export/pdf/pdfLayout.ts';
import type { PacketFonts } from '../../export/memberCheckPacket/packetPdf.ts';
import { drawableTextFor } from '../../export/pdf/pdfText.ts';
import { t } from '../../i18n/translate.ts';
import type { ReportBlock, ReportDocument, ReportFigure } from '../reportDocument.ts';
import { drawFigure, figureScale } from './pdfFigure.ts';
import { drawTable } from './pdfTable.ts';

/** DejaVu Sans regular, bold and oblique, as the member-check packet uses them. */
export type ReportPdfFonts = PacketFonts;

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);
const ACCENT = rgb(0.12, 0.23, 0.37);
const QUOTE_BAR = rgb(0.69, 0.72, 0.76);
const PDF_LANGUAGE = { en: 'en-GB', id: 'id-ID' } as const;

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };
type Style = { size: number; leading: number; before: number; after: number; indent: number; color: RGB; keepWithNext?: number };

const STYLES = {
  title: { size: 26, leading: 33, before: 0, after: 10, indent: 0, color: ACCENT },
  subtitle: { size: 15, leading: 20, before: 0, after: 24, indent: 0, color: MUTED },
  date: { size: 11, leading: 15, before: 0, after: 0, indent: 0, color: MUTED },
  heading1: { size: 17, leading: 22, before: 22, after: 8, indent: 0, color: ACCENT, keepWithNext: 80 },
  heading2: { size: 13.5, leading: 18, before: 14, after: 4, indent: 0, color: ACCENT, keepWithNext: 60 },
  heading3: { size: 11.5, leading: 16, before: 10, after: 3, indent: 0, color: INK, keepWithNext: 50 },
  heading4: { size: 10.5, leading: 15, before: 8, after: 2, indent: 0, color: INK, keepWithNext: 45 },
  paragraph: { size: 10.5, leading: 15, before: 2, after: 6, indent: 0, color: INK },
  note: { size: 10, leading: 14, before: 2, after: 6, indent: 0, color: MUTED },
  item: { size: 10.5, leading: 15, before: 0, after: 3, indent: 20, color: INK },
  quote: { size: 10.5, leading: 15, before: 4, after: 2, indent: 18, color: INK, keepWithNext: 14 },
  tag: { size: 9, leading: 13, before: 0, after: 8, indent: 18, color: MUTED },
  caption: { size: 9.5, leading: 13, before: 6, after: 4, indent: 0, color: ACCENT },
} satisfies Record<string, Style>;

type Writer = { cursor: PageCursor; fonts: Fonts; clean: (font: PDFFont, text: string) => string; document: ReportDocument };

/**
 * Draws runs in a style, a new line at each line break in their text (a quote's paragraphs); `onLine` hears where
 * each line went (for bars and markers).
 */
const drawText = (writer: Writer, runs: readonly TextRun[], style: Style, onLine?: (top: number, bottom: number, index: number) => void): void => {
  const { cursor } = writer;
  cursor.space(style.before);
  cursor.ensure(style.leading + (style.keepWithNext ?? 0));
  const lines: TextRun[][] = [[]];
  for (const run of runs) {
    writer.clean(run.font, run.text).split(/\n+/).forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1].push({ font: run.font, text: part });
    });
  }
  let index = 0;
  for (const line of lines) {
    cursor.drawLines(wrapRuns(line, style.size, cursor.columnWidth - style.indent), style.size, style.leading, style.indent, style.color, (top, bottom) => {
      onLine?.(top, bottom, index);
      index += 1;
    });
  }
  cursor.y -= style.after;
};

/** Room a figure needs beyond its drawing: the space above it and its caption. */
const FIGURE_ROOM = 8 + STYLES.caption.before + STYLES.caption.leading;

const drawFigureBlock = (writer: Writer, figure: ReportFigure): void => {
  const { cursor } = writer;
  cursor.space(8);
  const fullPage = cursor.top - MARGIN.bottom - 40 - FIGURE_ROOM;
  const size = figureScale(figure, cursor.columnWidth, fullPage);
  cursor.ensure(size.height + STYLES.caption.leading + STYLES.caption.before);
  const left = MARGIN.left + (cursor.columnWidth - size.width) / 2;
  drawFigure(cursor.page, figure, { left, top: cursor.y, scale: size.scale }, { ...writer.fonts, clean: writer.clean }, writer.document.language);
  cursor.y -= size.height;
  drawText(writer, [{ font: writer.fonts.bold, text: figure.caption }], STYLES.caption);
};

const drawBlock = (writer: Writer, block: ReportBlock): void => {
  const { fonts, cursor } = writer;
  switch (block.kind) {
    case 'heading': {
      const style = STYLES[`heading${block.level}`];
      const swatch = block.color;
      if (swatch === undefined) return drawText(writer, [{ font: fonts.bold, text: block.text }], style);
      const side = style.size * 0.8;
      return drawText(writer, [{ font: fonts.bold, text: block.text }], { ...style, indent: side + 6 }, (top, _bottom, index) => {
        if (index > 0) return;
        const value = Number.parseInt(swatch.replace('#', ''), 16);
        const color = rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
        cursor.page.drawRectangle({ x: MARGIN.left, y: top - style.size * 0.95, width: side, height: side, color });
      });
    }
    case 'paragraph':
      return block.style === 'note'
        ? drawText(writer, [{ font: fonts.italic, text: block.text }], STYLES.note)
        : drawText(writer, [{ font: fonts.regular, text: block.text }], STYLES.paragraph);
    case 'list':
      block.items.forEach((item, number) => {
        const marker = block.ordered ? `${number + 1}.` : '\u2022';
        drawText(writer, [{ font: fonts.regular, text: item }], STYLES.item, (top, _bottom, index) => {
          if (index === 0) cursor.page.drawText(marker, { x: MARGIN.left + 6, y: top - STYLES.item.size, size: STYLES.item.size, font: fonts.regular, color: INK });
        });
      });
      cursor.y -= 3;
      return;
    case 'facts':
      cursor.space(4);
      drawTable(cursor, {
        header: null, boldFirstColumn: true, widths: [0.3, 0.7],
        rows: block.items.map((item) => [writer.clean(fonts.bold, item.label), writer.clean(fonts.regular, item.value)]),
      }, fonts);
      cursor.y -= 8;
      return;
    case 'table':
      drawText(writer, [{ font: fonts.bold, text: block.caption }], { ...STYLES.caption, keepWithNext: 40 });
      drawTable(cursor, {
        header: block.header.map((text) => writer.clean(fonts.bold, text)),
        rows: block.rows.map((row) => row.map((text) => writer.clean(fonts.regular, text))),
      }, fonts);
      cursor.y -= 10;
      return;
    case 'quote':
      drawText(writer, [{ font: fonts.italic, text: block.text }], STYLES.quote, (top, bottom) => {
        cursor.page.drawRectangle({ x: MARGIN.left + 4, y: bottom + 2, width: 2.5, height: top - bottom, color: QUOTE_BAR });
      });
      return drawText(writer, [{ font: fonts.regular, text: block.tag }], STYLES.tag);
    case 'figure':
      return drawFigureBlock(writer, block);
  }
};

const drawTitlePage = (writer: Writer): void => {
  const { cursor, document, fonts } = writer;
  cursor.y = cursor.top - 150;
  drawText(writer, [{ font: fonts.bold, text: document.title }], STYLES.title);
  drawText(writer, [{ font: fonts.regular, text: document.subtitle }], STYLES.subtitle);
  drawText(writer, [{ font: fonts.regular, text: document.dateLine }], STYLES.date);
  for (const block of document.titleBlocks) drawBlock(writer, block);
  cursor.breakPage();
};

export const reportPdf = async (document: ReportDocument, fontBytes: ReportPdfFonts): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await pdf.embedFont(fontBytes.regular, { subset: true }),
    bold: await pdf.embedFont(fontBytes.bold, { subset: true }),
    italic: await pdf.embedFont(fontBytes.italic, { subset: true }),
  };
  const cleaners = new Map<PDFFont, (text: string) => string>(Object.values(fonts).map((font) => [font, drawableTextFor(font)]));
  const clean = (font: PDFFont, text: string): string => cleaners.get(font)?.(text) ?? text;
  const stamp = new Date(document.generatedAt);
  pdf.setTitle(document.title);
  pdf.setSubject(document.subtitle);
  pdf.setAuthor('Caseweave');
  pdf.setCreator('Caseweave');
  pdf.setProducer('Caseweave');
  pdf.setLanguage(PDF_LANGUAGE[document.language]);
  pdf.setCreationDate(stamp);
  pdf.setModificationDate(stamp);
  const cursor = new PageCursor(pdf);
  const writer: Writer = { cursor, fonts, clean, document };
  drawTitlePage(writer);
  for (const section of document.sections) {
    // A section's title stays with its first block, and a figure is kept whole, so keep the title with all of it.
    const first = section.blocks[0];
    const lead = first?.kind === 'figure' ? figureScale(first, cursor.columnWidth, cursor.top - MARGIN.bottom - 40 - FIGURE_ROOM).height + FIGURE_ROOM : undefined;
    drawText(writer, [{ font: fonts.bold, text: section.title }], lead === undefined ? STYLES.heading1 : { ...STYLES.heading1, keepWithNext: lead });
    for (const block of section.blocks) drawBlock(writer, block);
  }
  cursor.pages.forEach((page, index) => {
    if (index === 0) return;
    const footer = clean(fonts.regular, t('reportWriters.page', { page: index + 1, pages: cursor.pages.length }, document.language));
    const width = fonts.regular.widthOfTextAtSize(footer, 8.5);
    page.drawText(footer, { x: (page.getWidth() - width) / 2, y: MARGIN.bottom / 2, size: 8.5, font: fonts.regular, color: MUTED });
  });
  return pdf.save({ useObjectStreams: true });
};
