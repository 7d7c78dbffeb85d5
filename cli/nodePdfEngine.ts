// Loads pdf.js for Node (the legacy build runs its worker code in-process, a "fake worker") as a PdfTextEngine.
import type { PdfTextEngine } from '../shared/import/importPdf.ts';

export const loadNodePdfEngine = async (): Promise<PdfTextEngine> => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const engine: PdfTextEngine = { getDocument: (params) => pdfjs.getDocument(params) };
  return engine;
};
