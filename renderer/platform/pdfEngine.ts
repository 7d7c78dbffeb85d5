// Lazily loads pdf.js (only when a batch contains a PDF) and points it at its bundled worker, so PDF parsing runs
// off the UI thread. Without it the importer refuses PDFs with a clear message instead of failing the batch.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfTextEngine } from '../../shared/import/importPdf.ts';

let loading: Promise<PdfTextEngine | undefined> | null = null;

const load = async (): Promise<PdfTextEngine | undefined> => {
  try {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return { getDocument: (params) => pdfjs.getDocument(params) };
  } catch (error) {
    console.error('Caseweave: pdf.js could not be loaded; PDFs will be refused', error);
    loading = null;
    return undefined;
  }
};

export const loadPdfEngine = (): Promise<PdfTextEngine | undefined> => {
  loading ??= load();
  return loading;
};
