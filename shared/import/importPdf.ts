// PDF importer over an injected pdf.js engine (the caller decides worker setup): text layer per page in
// reading order (columns one after the other), running headers/footers/page numbers left out unless asked to
// keep them, bold speaker labels from the fonts, page numbers on every turn, refusals for non-PDFs, passwords,
// damage, no text and timeouts.
import { ImportRefusal, type ParsedWarning } from './importTypes.ts';
import { HEADER_LENGTH, type ParsedDocument } from './parsedDocument.ts';
import { paragraphBlocks, type PageLine } from './pdfLayout.ts';
import { boldLabelOf, groupRows, splitRow, textOfItems, type PositionedText, type Row } from './pdfLines.ts';
import { orderPageLines } from './pdfColumns.ts';
import { findRunningLines } from './pdfRunningLines.ts';
import { detectTurnsInBlocks } from './speakerTurns.ts';

/**
 * Text-content items are checked at run time: text items carry str/transform/width/fontName, marked-content items
 * do not. pdf.js names a font (to tell bold labels) only once the page's operator list has loaded its fonts into
 * commonObjs, so those two are optional: without them no label is taken from the fonts.
 */
export type PdfPageProxy = {
  getTextContent: () => Promise<{ items: readonly object[] }>;
  getOperatorList?: () => Promise<unknown>;
  commonObjs?: { has: (id: string) => boolean; get: (id: string) => unknown };
};
export type PdfDocumentProxy = { numPages: number; getPage: (pageNumber: number) => Promise<PdfPageProxy>; destroy: () => Promise<void> };
export type PdfLoadingTask = { promise: Promise<PdfDocumentProxy>; destroy: () => Promise<void> };

export type PdfDocumentParams = {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  stopAtErrors: boolean;
  verbosity: number;
};

/** The minimal surface of pdf.js `getDocument` the importer needs. */
export type PdfTextEngine = { getDocument: (params: PdfDocumentParams) => PdfLoadingTask };

export type PdfImportOptions = {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Keep running headers, footers and page numbers in the text (and report none). */
  keepRunningLines?: boolean;
};

export const DEFAULT_PDF_TIMEOUT_MS = 20_000;

const PDF_MAGIC = '%PDF-';

/** A PDF may have a little junk before its header; pdf.js tolerates up to 1 KB, so do we. */
export const looksLikePdf = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
};

const numberAt = (values: unknown, index: number): number => {
  const value: unknown = Array.isArray(values) ? values[index] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};

type PageItem = PositionedText & { fontName: string };

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

const toPositioned = (item: object): PageItem | null => {
  if (!('str' in item) || typeof item.str !== 'string' || item.str === '' || !('transform' in item)) return null;
  const matrix = item.transform;
  const size = Math.hypot(numberAt(matrix, 2), numberAt(matrix, 3)) || Math.hypot(numberAt(matrix, 0), numberAt(matrix, 1)) || 10;
  const width = 'width' in item && typeof item.width === 'number' ? item.width : 0;
  const fontName = 'fontName' in item && typeof item.fontName === 'string' ? item.fontName : '';
  return { str: item.str, x: numberAt(matrix, 4), y: numberAt(matrix, 5), width, size, fontName };
};

const isBoldFont = (font: unknown): boolean => {
  if (typeof font !== 'object' || font === null) return false;
  if (('bold' in font && font.bold === true) || ('black' in font && font.black === true)) return true;
  return 'name' in font && typeof font.name === 'string' && BOLD_FONT.test(font.name);
};

/** Marks items set in a bold font, asking pdf.js for the fonts only when a line could open with a bold label. */
const markBold = async (page: PdfPageProxy, items: PageItem[]): Promise<void> => {
  const fontNames = new Set(items.map((item) => item.fontName));
  const mayHaveLabel = fontNames.size > 1 && items.some((item) => item.str.includes(':'));
  if (!mayHaveLabel || !page.getOperatorList || !page.commonObjs) return;
  await page.getOperatorList();
  const { commonObjs } = page;
  const bold = new Set([...fontNames].filter((name) => name !== '' && commonObjs.has(name) && isBoldFont(commonObjs.get(name))));
  for (const item of items) item.bold = bold.has(item.fontName);
};

const rowText = (row: Row): string => textOfItems(row.items);

const refusalFrom = (error: unknown): ImportRefusal => {
  if (error instanceof ImportRefusal) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ImportRefusal('encrypted');
  return new ImportRefusal('corrupt', message.split('\n')[0].slice(0, 200));
};

type Extraction = { lines: PageLine[]; removedLines: string[]; removedCount: number };

const extractLines = async (task: PdfLoadingTask, keepRunningLines: boolean): Promise<Extraction> => {
  const document = await task.promise;
  const pages: Row[][] = [];
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
    const page = await document.getPage(pageNumber);
    const content = await page.getTextContent();
    const items: PageItem[] = [];
    for (const item of content.items) {
      const positioned = toPositioned(item);
      if (positioned) items.push(positioned);
    }
    await markBold(page, items);
    pages.push(groupRows(items).filter((row) => rowText(row) !== ''));
  }
  const running = keepRunningLines ? null : findRunningLines(pages.map((rows) => rows.map(rowText)));
  const lines: PageLine[] = [];
  pages.forEach((rows, index) => {
    const body = rows.filter((_row, rowIndex) => !running?.removed[index].has(rowIndex));
    for (const line of orderPageLines(body.flatMap(splitRow))) {
      const text = textOfItems(line.items);
      lines.push({ text, page: index + 1, region: line.region, y: line.y, size: line.size, left: line.left, label: boldLabelOf(line.items, text) });
    }
  });
  return { lines, removedLines: running?.lines ?? [], removedCount: running?.count ?? 0 };
};

export const importPdf = async (bytes: Uint8Array, engine: PdfTextEngine, options: PdfImportOptions): Promise<ParsedDocument> => {
  if (!looksLikePdf(bytes)) throw new ImportRefusal('notPdf');
  // pdf.js may transfer (detach) the buffer it is given, so it gets a copy.
  const task = engine.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ImportRefusal('timeout')), options.timeoutMs);
    onAbort = () => reject(new ImportRefusal('cancelled'));
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const extraction = extractLines(task, options.keepRunningLines === true);
    // After a timeout the losing extraction rejects when the task is destroyed; that is expected, not an error.
    extraction.catch(() => undefined);
    const { lines, removedLines, removedCount } = await Promise.race([extraction, stopped]);
    const blocks = paragraphBlocks(lines);
    if (blocks.length === 0) throw new ImportRefusal('noText');
    const detected = detectTurnsInBlocks(blocks);
    const warnings: ParsedWarning[] = removedCount > 0 ? [{ code: 'runningLinesRemoved', count: removedCount }] : [];
    return { ...detected, titleHint: null, headerText: detected.text.slice(0, HEADER_LENGTH), removedLines, warnings };
  } catch (error) {
    throw refusalFrom(error);
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    // Stops a parse still running after a timeout and frees the document either way.
    await task.destroy().catch(() => undefined);
  }
};
