// The member-check packet as a PDF (pdf-lib with fontkit): DejaVu Sans embedded as subsets (regular, bold, oblique)
// so every character is real, extractable text in either language; titles and headings in the accent colour, the
// informant's words indented with a bar beside them, tick boxes for the answers, ruled boxes for comments, and
// "Page n of m" at the foot of every page. The font bytes are the caller's: the app loads them as Vite assets, the
// CLI and the tests from node_modules.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { t } from '../../i18n/translate.ts';
import { packetBlocks, type PacketBlock } from './packetBlocks.ts';
import type { MemberCheckPacket } from './packetContent.ts';
import { MARGIN, PageCursor, wrapRuns, type TextRun } from '../pdf/pdfLayout.ts';
import { drawableTextFor } from '../pdf/pdfText.ts';

export type PacketFonts = { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array };

const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);
const ACCENT = rgb(0.12, 0.23, 0.37);
const RULE = rgb(0.6, 0.6, 0.6);
const QUOTE_BAR = rgb(0.69, 0.72, 0.76);
const PDF_LANGUAGE = { en: 'en-GB', id: 'id-ID' } as const;
const BOX = '\u2610';

type Fonts = { regular: PDFFont; bold: PDFFont; italic: PDFFont };
type TextStyle = { size: number; leading: number; before: number; after: number; indent: number; color: typeof INK; keepWithNext?: number };

const STYLES = {
  title: { size: 20, leading: 26, before: 0, after: 4, indent: 0, color: ACCENT },
  subtitle: { size: 12.5, leading: 17, before: 0, after: 2, indent: 0, color: MUTED },
  heading1: { size: 15, leading: 20, before: 18, after: 6, indent: 0, color: ACCENT, keepWithNext: 70 },
  heading2: { size: 12.5, leading: 17, before: 12, after: 2, indent: 0, color: ACCENT, keepWithNext: 60 },
  heading3: { size: 10.5, leading: 15, before: 10, after: 2, indent: 0, color: INK, keepWithNext: 50 },
  paragraph: { size: 10.5, leading: 15, before: 3, after: 6, indent: 0, color: INK },
  bullet: { size: 10.5, leading: 15, before: 0, after: 3, indent: 14, color: INK },
  quote: { size: 10.5, leading: 15, before: 2, after: 6, indent: 18, color: INK },
  note: { size: 9, leading: 13, before: 0, after: 4, indent: 0, color: MUTED },
  choices: { size: 10, leading: 15, before: 2, after: 2, indent: 0, color: INK, keepWithNext: 40 },
} satisfies Record<string, TextStyle>;

const ANSWER_LINE = 18;

/** Draws runs (one paragraph per line break in their text) in a style; returns the lines' top and bottom. */
const drawText = (cursor: PageCursor, runs: readonly TextRun[], style: TextStyle, onLine?: (top: number, bottom: number) => void): void => {
  cursor.space(style.before);
  cursor.ensure(style.leading + (style.keepWithNext ?? 0));
  const width = cursor.columnWidth - style.indent;
  const paragraphs: TextRun[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part !== '') paragraphs[paragraphs.length - 1].push({ ...run, text: part });
    });
  }
  for (const paragraph of paragraphs) cursor.drawLines(wrapRuns(paragraph, style.size, width), style.size, style.leading, style.indent, style.color, onLine);
  cursor.y -= style.after;
};

const drawBlock = (cursor: PageCursor, block: PacketBlock, fonts: Fonts, clean: (font: PDFFont, text: string) => string): void => {
  const run = (font: PDFFont, text: string): TextRun => ({ font, text: clean(font, text) });
  switch (block.kind) {
    case 'title':
      return drawText(cursor, [run(fonts.bold, block.text)], STYLES.title);
    case 'subtitle':
      return drawText(cursor, [run(fonts.regular, block.text)], STYLES.subtitle);
    case 'heading':
      return drawText(cursor, [run(fonts.bold, block.text)], STYLES[`heading${block.level}`]);
    case 'paragraph':
      return drawText(cursor, [run(fonts.regular, block.text.replace(/\n{2,}/g, '\n'))], STYLES.paragraph);
    case 'note':
      return drawText(cursor, [run(fonts.regular, block.text)], STYLES.note);
    case 'bullet':
      return drawText(cursor, [run(fonts.regular, '• '), run(fonts.bold, `${block.label}: `), run(fonts.regular, block.text)], STYLES.bullet);
    case 'quote':
      return drawText(cursor, [run(fonts.italic, block.text.replace(/\n{2,}/g, '\n'))], STYLES.quote, (top, bottom) => {
        cursor.page.drawRectangle({ x: MARGIN.left + 4, y: bottom + 2, width: 2.5, height: top - bottom, color: QUOTE_BAR });
      });
    case 'choices':
      return drawText(cursor, [run(fonts.bold, block.label), ...block.options.map((option) => run(fonts.regular, `   ${BOX}\u00a0${option.replace(/ /g, '\u00a0')}`))], STYLES.choices);
    case 'answerSpace': {
      const height = block.lines * ANSWER_LINE + 6;
      cursor.ensure(STYLES.choices.leading + height);
      drawText(cursor, [run(fonts.bold, block.label)], { ...STYLES.choices, keepWithNext: height });
      const top = cursor.y;
      cursor.page.drawRectangle({ x: MARGIN.left, y: top - height, width: cursor.columnWidth, height, borderColor: RULE, borderWidth: 0.6 });
      for (let line = 1; line < block.lines; line += 1) {
        const y = top - 3 - line * ANSWER_LINE;
        cursor.page.drawLine({ start: { x: MARGIN.left + 8, y }, end: { x: MARGIN.left + cursor.columnWidth - 8, y }, thickness: 0.3, color: RULE });
      }
      cursor.y = top - height - 8;
      return;
    }
  }
};

export const memberCheckPacketPdf = async (packet: MemberCheckPacket, fontBytes: PacketFonts): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await document.embedFont(fontBytes.regular, { subset: true }),
    bold: await document.embedFont(fontBytes.bold, { subset: true }),
    italic: await document.embedFont(fontBytes.italic, { subset: true }),
  };
  const cleaners = new Map<PDFFont, (text: string) => string>(Object.values(fonts).map((font) => [font, drawableTextFor(font)]));
  const clean = (font: PDFFont, text: string): string => cleaners.get(font)?.(text) ?? text;
  const blocks = packetBlocks(packet);
  const title = blocks.find((block) => block.kind === 'title')?.text ?? '';
  document.setTitle(`${title}: ${packet.pseudonym}`);
  document.setCreator('Caseweave');
  document.setProducer('Caseweave');
  document.setLanguage(PDF_LANGUAGE[packet.language]);
  const cursor = new PageCursor(document);
  for (const block of blocks) drawBlock(cursor, block, fonts, clean);
  cursor.pages.forEach((page, index) => {
    const footer = clean(fonts.regular, t('memberCheckPacket.page', { page: index + 1, pages: cursor.pages.length }, packet.language));
    const width = fonts.regular.widthOfTextAtSize(footer, 8.5);
    page.drawText(footer, { x: (page.getWidth() - width) / 2, y: MARGIN.bottom / 2, size: 8.5, font: fonts.regular, color: MUTED });
  });
  return document.save();
};
