// Turns a report document into the files of one format: HTML as UTF-8, Markdown with its figures as SVG files beside
// it, DOCX with the figures rasterised by the caller (a canvas in the app, a library in Node), PDF drawn by pdf-lib
// with the caller's DejaVu fonts. What only a platform can do comes in as `deps`, so the app's worker, its main
// thread and the CLI all dispatch the same way. Also the section outline the app previews before a document exists.
import { t } from '../i18n/translate.ts';
import type { PacketFonts } from '../export/memberCheckPacket/packetPdf.ts';
import type { ReportDocument, ReportFiles, ReportFormat, ReportSectionId } from './reportDocument.ts';
import type { ReportOptions } from './reportOptions.ts';
import { reportDocx } from './writers/reportDocx.ts';
import { reportHtml } from './writers/reportHtml.ts';
import { reportMarkdown } from './writers/reportMarkdown.ts';
import { reportPdf } from './writers/reportPdf.ts';

export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'docx', 'md', 'pdf'];

/** What each format's file is called and what a save dialog offers it as. */
export const REPORT_FILE_TYPES: Readonly<Record<ReportFormat, { extension: string; mimeType: string }>> = {
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
};

export type ReportWriterDeps = {
  /** A figure's SVG as PNG bytes `width` pixels wide (the DOCX carries pictures, not drawings). */
  rasterise: (svg: string, width: number) => Promise<Uint8Array>;
  /** The PDF's fonts, asked for only when a PDF is written. */
  loadFonts: () => Promise<PacketFonts>;
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export const writeReport = async (document: ReportDocument, format: ReportFormat, deps: ReportWriterDeps): Promise<ReportFiles> => {
  switch (format) {
    case 'html':
      return { main: utf8(reportHtml(document)), extra: [] };
    case 'md': {
      const { markdown, figures } = reportMarkdown(document);
      return { main: utf8(markdown), extra: figures.map((figure) => ({ name: figure.name, bytes: utf8(figure.svg) })) };
    }
    case 'docx':
      return { main: await reportDocx(document, deps.rasterise), extra: [] };
    case 'pdf':
      return { main: await reportPdf(document, await deps.loadFonts()), extra: [] };
  }
};

/** The default title of a report section, in the report's language. */
export const defaultSectionTitle = (id: ReportSectionId, language: ReportOptions['language']): string => t(`report.section.${id}`, {}, language);

export type OutlineEntry = { id: string; title: string; headings: string[] };

/** The sections a report with these options will have, in order and under their chosen titles (before it is built). */
export const sectionOutline = (options: ReportOptions): OutlineEntry[] =>
  options.sections
    .filter((section) => section.included)
    .map((section) => ({ id: section.id, title: section.title ?? defaultSectionTitle(section.id, options.language), headings: [] }));

/** The outline of a built document: each section's title and its second-level headings. */
export const documentOutline = (document: ReportDocument): OutlineEntry[] =>
  document.sections.map((section) => ({
    id: section.id,
    title: section.title,
    headings: section.blocks.flatMap((block) => (block.kind === 'heading' && block.level === 2 ? [block.text] : [])),
  }));
