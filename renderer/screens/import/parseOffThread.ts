// Parses an import batch in a Web Worker so big files never freeze the window. PDFs (pdf.js has its own worker)
// and any file the worker cannot handle fall back to the main-thread importer of the data layer.
import type { ImportInput, ImportOutcome } from '../../../shared/import/importTypes.ts';
import type { PdfTextEngine } from '../../../shared/import/importPdf.ts';
import { parseImportFiles } from '../../data/importBatch.ts';
import type { ParseRequest, ParseResponse } from '../../workers/importParseWorker.ts';

type Options = { pdf?: PdfTextEngine; signal: AbortSignal; onProgress: (done: number, total: number, fileName: string) => void };

const isPdf = (file: ImportInput): boolean => file.fileName.toLowerCase().endsWith('.pdf');

const startWorker = (): Worker | null => {
  try {
    return new Worker(new URL('../../workers/importParseWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-import' });
  } catch (error) {
    console.warn('Caseweave: no import worker, parsing on the main thread', error);
    return null;
  }
};

/** Resolves with the outcome, or null when the worker failed (the caller then parses on the main thread). */
const parseInWorker = (worker: Worker, id: number, file: ImportInput, signal: AbortSignal): Promise<ImportOutcome | null> =>
  new Promise((resolve) => {
    const finish = (outcome: ImportOutcome | null) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent<ParseResponse>) => {
      if (event.data.id === id) finish(event.data.outcome);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      finish(null);
    };
    const onAbort = () => finish(null);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    worker.postMessage({ id, file } satisfies ParseRequest);
  });

export const parseFilesOffThread = async (files: ImportInput[], { pdf, signal, onProgress }: Options): Promise<ImportOutcome[]> => {
  let worker = files.some((file) => !isPdf(file)) ? startWorker() : null;
  const outcomes: ImportOutcome[] = [];
  try {
    for (const [index, file] of files.entries()) {
      if (signal.aborted) break;
      let outcome = worker !== null && !isPdf(file) ? await parseInWorker(worker, index, file, signal) : null;
      if (signal.aborted) break;
      if (outcome === null) {
        if (worker !== null && !isPdf(file)) {
          // The worker broke (not a refusal: refusals come back as outcomes); finish the batch here.
          worker.terminate();
          worker = null;
        }
        [outcome] = await parseImportFiles([file], { pdf, signal });
      }
      if (outcome !== undefined) outcomes.push(outcome);
      onProgress(index + 1, files.length, file.fileName);
    }
  } finally {
    worker?.terminate();
  }
  return outcomes;
};
