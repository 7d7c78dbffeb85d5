// PDF importer over an injected pdf.js engine (the caller decides worker setup): text layer per page in
// reading order, page numbers on every turn, refusals for non-PDFs, passwords, damage, no text and timeouts.
import { ImportRefusal } from './importTypes.ts';
import { HEADER_LENGTH, type ParsedDocument } from './parsedDocument.ts';
import { layoutPageParagraphs, type PositionedText } from './pdfLayout.ts';
import { detectTurnsInBlocks, type TextBlock } from './speakerTurns.ts';

/** Text-content items are checked at run time: text items carry str/transform/width, marked-content items do not. */
export type PdfPageProxy = { getTextContent: () => Promise<{ items: readonly object[] }> };
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

export type PdfImportOptions = { timeoutMs: number; signal?: AbortSignal };

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

const toPositioned = (item: object): PositionedText | null => {
  if (!('str' in item) || typeof item.str !== 'string' || item.str === '' || !('transform' in item)) return null;
  const matrix = item.transform;
  const size = Math.hypot(numberAt(matrix, 2), numberAt(matrix, 3)) || Math.hypot(numberAt(matrix, 0), numberAt(matrix, 1)) || 10;
  const width = 'width' in item && typeof item.width === 'number' ? item.width : 0;
  return { str: item.str, x: numberAt(matrix, 4), y: numberAt(matrix, 5), width, size };
};

const refusalFrom = (error: unknown): ImportRefusal => {
  if (error instanceof ImportRefusal) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ImportRefusal('encrypted');
  return new ImportRefusal('corrupt', message.split('\n')[0].slice(0, 200));
};

const extractBlocks = async (task: PdfLoadingTask): Promise<TextBlock[]> => {
  const document = await task.promise;
  const blocks: TextBlock[] = [];
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber += 1) {
    const page = await document.getPage(pageNumber);
    const content = await page.getTextContent();
    const items: PositionedText[] = [];
    for (const item of content.items) {
      const positioned = toPositioned(item);
      if (positioned) items.push(positioned);
    }
    for (const text of layoutPageParagraphs(items)) blocks.push({ text, page: pageNumber });
  }
  return blocks;
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
    const extraction = extractBlocks(task);
    // After a timeout the losing extraction rejects when the task is destroyed; that is expected, not an error.
    extraction.catch(() => undefined);
    const blocks = await Promise.race([extraction, stopped]);
    if (blocks.length === 0) throw new ImportRefusal('noText');
    const detected = detectTurnsInBlocks(blocks);
    return { ...detected, titleHint: null, headerText: detected.text.slice(0, HEADER_LENGTH) };
  } catch (error) {
    throw refusalFrom(error);
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    // Stops a parse still running after a timeout and frees the document either way.
    await task.destroy().catch(() => undefined);
  }
};
