// A report document as a Word file (docx package): a title page, a table of contents Word fills from the headings,
// then each section under Word's own Heading 1 (its inner headings Heading 2–4), so Word's navigation pane, outline
// and TOC work; real tables whose header row repeats on every page, lists as real numbering, quotes in a "Quote"
// paragraph style with their tag beneath, facts as a two-column table, a code's colour as a shaded run, and each
// figure as an SVG image with a PNG fallback (the rasteriser is the caller's). The same document gives the same
// bytes (repeatableDocx.ts).
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, LevelFormat, LineRuleType, Packer, PageBreak, PageNumber, Paragraph,
  ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType, type IBorderOptions,
} from 'docx';
import { t } from '../../i18n/translate.ts';
import type { ReportBlock, ReportDocument, ReportFigure, ReportTable } from '../reportDocument.ts';
import { repeatableDocx } from './repeatableDocx.ts';
import type { FigureRasteriser } from './figureRaster.ts';

const WORD_LANGUAGE = { en: 'en-GB', id: 'id-ID' } as const;
const ACCENT = '1F3A5F';
const MUTED = '595959';
const HEADER_FILL = 'E8EDF3';
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
/** A4 less two 1-inch margins, in twentieths of a point and in pixels (96 per inch). */
const TEXT_WIDTH_TWIPS = 9026;
const TEXT_WIDTH_PIXELS = 600;
/** The PNG fallback is drawn at twice its placed size, so it stays sharp when printed. */
const FALLBACK_SCALE = 2;
const HEADINGS = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const BULLETS = 'report-bullets';
const NUMBERS = 'report-numbers';

type Child = Paragraph | Table | TableOfContents;

/** Text as runs, a line break at each line break in it (a quote's paragraphs), since a run's text cannot hold one. */
const lines = (text: string): TextRun[] => text.split(/\r?\n+/).map((line, index) => new TextRun({ text: line, break: index === 0 ? 0 : 1 }));

/** A code's colour as a small shaded block before a heading. */
const swatch = (color: string): TextRun[] =>
  [new TextRun({ text: '\u00a0\u00a0\u00a0', shading: { type: ShadingType.CLEAR, fill: color.replace('#', '').toUpperCase(), color: 'auto' } }), new TextRun(' ')];

const cell = (text: string, options: { bold?: boolean; fill?: string; width: number }): TableCell => new TableCell({
  width: { size: options.width, type: WidthType.DXA },
  shading: options.fill === undefined ? undefined : { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' },
  children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text, bold: options.bold })] })],
});

const table = (block: ReportTable): Child[] => {
  const columns = Math.max(1, block.header.length);
  const width = Math.floor(TEXT_WIDTH_TWIPS / columns);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }),
    new Table({
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => width),
      borders: BORDERS,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text) => cell(text, { bold: true, fill: HEADER_FILL, width })) }),
        ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text, { width })) })),
      ],
    }),
    new Paragraph({ style: 'AfterTable' }),
  ];
};

const facts = (items: { label: string; value: string }[]): Child[] => {
  const label = Math.round(TEXT_WIDTH_TWIPS * 0.3);
  const value = TEXT_WIDTH_TWIPS - label;
  return [
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: [label, value],
      borders: BORDERS,
      rows: items.map((item) => new TableRow({ cantSplit: true, children: [cell(item.label, { bold: true, fill: HEADER_FILL, width: label }), cell(item.value, { width: value })] })),
    }),
    new Paragraph({ style: 'AfterTable' }),
  ];
};

const figure = async (block: ReportFigure, rasterise: FigureRasteriser): Promise<Child[]> => {
  const width = Math.min(block.width, TEXT_WIDTH_PIXELS);
  const height = Math.round((block.height * width) / block.width);
  const png = await rasterise(block.svg, width * FALLBACK_SCALE);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(block.svg),
        fallback: { type: 'png', data: png },
        transformation: { width, height },
        altText: { name: block.fileName, title: block.network.title, description: block.caption },
      })],
    }),
    new Paragraph({ style: 'Caption', children: [new TextRun(block.caption)] }),
  ];
};

/** Each ordered list restarts at 1: the n-th one is the n-th instance of the numbering. */
const blockChildren = async (block: ReportBlock, rasterise: FigureRasteriser, nextList: () => number): Promise<Child[]> => {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [...(block.color === undefined ? [] : swatch(block.color)), ...lines(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ style: block.style === 'note' ? 'ReportNote' : undefined, children: lines(block.text) })];
    case 'list': {
      const instance = nextList();
      return block.items.map((item) => new Paragraph({
        numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, instance },
        children: lines(item),
      }));
    }
    case 'facts':
      return facts(block.items);
    case 'table':
      return table(block);
    case 'quote':
      return [
        new Paragraph({ style: 'Quote', keepNext: true, children: lines(block.text) }),
        new Paragraph({ style: 'QuoteTag', children: [new TextRun(block.tag)] }),
      ];
    case 'figure':
      return figure(block, rasterise);
  }
};

/** "Page {page} of {pages}" with Word's page fields in place of the two numbers. */
const pageFooter = (document: ReportDocument): Footer => {
  const template = t('reportWriters.page', { page: '\u0001', pages: '\u0002' }, document.language);
  const children = template.split(/([\u0001\u0002])/).filter((part) => part !== '')
    .map((part) => (part === '\u0001' ? PageNumber.CURRENT : part === '\u0002' ? PageNumber.TOTAL_PAGES : part));
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 17, color: MUTED })] })] });
};

const STYLES = {
  default: {
    document: { run: { size: 22, font: 'DejaVu Sans' }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
    title: { run: { size: 48, bold: true, color: ACCENT }, paragraph: { spacing: { before: 2400, after: 240 } } },
    heading1: { run: { size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { before: 480, after: 160 } } },
    heading2: { run: { size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 300, after: 100 } } },
    heading3: { run: { size: 23, bold: true }, paragraph: { spacing: { before: 240, after: 80 } } },
    heading4: { run: { size: 22, bold: true, italics: true }, paragraph: { spacing: { before: 200, after: 60 } } },
  },
  paragraphStyles: [
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 30, color: MUTED }, paragraph: { spacing: { after: 480 } } },
    { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { after: 200 } } },
    {
      id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { italics: true, color: '262626' },
      paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 120, after: 40 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B0B7C3', space: 8 } } },
    },
    { id: 'QuoteTag', name: 'Quote tag', basedOn: 'Normal', next: 'Normal', run: { size: 19, color: MUTED }, paragraph: { indent: { left: 567, right: 567 }, spacing: { after: 200 } } },
    { id: 'ReportNote', name: 'Report note', basedOn: 'Normal', next: 'Normal', run: { size: 20, italics: true, color: MUTED } },
    { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 19, bold: true, color: ACCENT }, paragraph: { spacing: { before: 120, after: 80 } } },
    { id: 'TableText', name: 'Table text', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } } },
    { id: 'AfterTable', name: 'After table', basedOn: 'Normal', next: 'Normal', run: { size: 8 }, paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } } },
  ],
};

const listLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0, format, text, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } },
});

export const reportDocx = async (document: ReportDocument, rasterise: FigureRasteriser): Promise<Uint8Array> => {
  let lists = 0;
  const nextList = (): number => (lists += 1);
  const body: Child[] = [];
  const titleBlocks: Child[] = [];
  for (const block of document.titleBlocks) titleBlocks.push(...(await blockChildren(block, rasterise, nextList)));
  for (const section of document.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, pageBreakBefore: body.length === 0, children: [new TextRun(section.title)] }));
    for (const block of section.blocks) body.push(...(await blockChildren(block, rasterise, nextList)));
  }
  const word = new Document({
    title: document.title,
    subject: document.subtitle,
    creator: 'Caseweave',
    lastModifiedBy: 'Caseweave',
    revision: 1,
    styles: {
      ...STYLES,
      default: { ...STYLES.default, document: { ...STYLES.default.document, run: { ...STYLES.default.document.run, language: { value: WORD_LANGUAGE[document.language] } } } },
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: [listLevel(LevelFormat.BULLET, '\u2022')] },
        { reference: NUMBERS, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    features: { updateFields: true },
    sections: [{
      footers: { default: pageFooter(document) },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
        new Paragraph({ style: 'Subtitle', children: [new TextRun(document.subtitle)] }),
        new Paragraph({ children: [new TextRun({ text: document.dateLine, color: MUTED })] }),
        ...titleBlocks,
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({ style: 'TOCHeading', children: [new TextRun(t('reportWriters.contents', undefined, document.language))] }),
        new TableOfContents(t('reportWriters.contents', undefined, document.language), { hyperlink: true, headingStyleRange: '1-3' }),
        new Paragraph({ style: 'ReportNote', children: [new TextRun(t('reportWriters.contentsHint', undefined, document.language))] }),
        ...body,
      ],
    }],
  });
  return repeatableDocx(await Packer.pack(word, 'uint8array'), document.generatedAt);
};
