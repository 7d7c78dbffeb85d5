// The report as a document before it has a format: a title page, then sections of blocks (headings, paragraphs,
// lists, tables, quotes, figures). The ecosystem-model report (reportContent.ts) and the supervisors' codebook
// (codebookContent.ts) are both built as one, and every writer — HTML, Markdown, DOCX, PDF — turns one into bytes, so
// the formats say the same thing. Every text here is final: translated, dates and numbers formatted, pseudonymised
// when asked (pseudonymiseDocument.ts); writers only lay it out.
import type { Locale } from '../i18n/translate.ts';
import type { NetworkGraph } from '../network/networkGraph.ts';
import type { NodePositions } from '../network/networkGeometry.ts';

/** The sections of the ecosystem-model report, in their default order (issue 11, point 1). */
export const REPORT_SECTION_IDS = [
  'title', 'questions', 'context', 'method', 'codeTree', 'findings', 'displays', 'model', 'trustworthiness', 'limitations', 'appendices',
] as const;
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

/** A heading inside a section (the section's own title is level 1); `color` puts a swatch before it (a code's colour). */
export type ReportHeading = { kind: 'heading'; level: 2 | 3 | 4; text: string; color?: string };
/** `note`: a plain statement of something empty or automatic ("No member checks yet."), set apart from prose. */
export type ReportParagraph = { kind: 'paragraph'; text: string; style?: 'normal' | 'note' };
export type ReportList = { kind: 'list'; items: string[]; ordered: boolean };
/** Label → value pairs, as a code's definition and criteria or a conclusion's status and tally. */
export type ReportFacts = { kind: 'facts'; items: { label: string; value: string }[] };
/** A real table: `header` cells, then rows of as many cells; `color` cells of a row may carry a swatch. */
export type ReportTable = { kind: 'table'; caption: string; header: string[]; rows: string[][] };
/** A quote with its tag, e.g. "[Owner A · owner · interview · 3 March 2024]". */
export type ReportQuote = { kind: 'quote'; text: string; tag: string };
/**
 * A figure drawn from a network display: `svg` is the standalone drawing (networkSvg.ts) for HTML, Markdown and
 * DOCX; `network` the graph and positions it was drawn from, for writers that draw vectors themselves (the PDF).
 * `fileName` is the name the Markdown writer gives the SVG file beside the document ("figure-1.svg").
 */
export type ReportFigure = {
  kind: 'figure';
  id: string;
  fileName: string;
  caption: string;
  svg: string;
  width: number;
  height: number;
  network: { title: string; graph: NetworkGraph; positions: NodePositions };
};

export type ReportBlock = ReportHeading | ReportParagraph | ReportList | ReportFacts | ReportTable | ReportQuote | ReportFigure;

export type ReportSection = {
  /** A report section id, or a codebook's own ids ("codes", "history"). */
  id: string;
  /** The section's title as the user named it (options), in the document's language. */
  title: string;
  blocks: ReportBlock[];
};

export type ReportDocument = {
  language: Locale;
  /** The title page: the title, a subtitle line (e.g. "Ecosystem-model report"), and the day it was generated on. */
  title: string;
  subtitle: string;
  /** Formatted in the document's language; it comes from the options, never from the clock, so bytes repeat. */
  dateLine: string;
  /** What the title page shows under the date line (the report's key figures); never a figure. */
  titleBlocks: Exclude<ReportBlock, ReportFigure>[];
  /** The fixed instant writers stamp as the file's creation and modification time (DOCX core properties, PDF info). */
  generatedAt: string;
  sections: ReportSection[];
};

/** What each writer makes: the main file's bytes, and for Markdown the figure files beside it. */
export type ReportFiles = { main: Uint8Array; extra: { name: string; bytes: Uint8Array }[] };
export type ReportFormat = 'html' | 'docx' | 'md' | 'pdf';
