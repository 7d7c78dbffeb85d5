// Parses an import batch in a Web Worker so big files never freeze the window. PDFs (pdf.js has its own worker)
// are parsed on the main thread by the data layer's importer. The parser keeps nothing between files, so if its
// worker cannot start or dies, the rest of the batch (the file in hand included) is parsed on this thread.
import type { ImportInput, ImportOutcome } from '../../../shared/import/importTypes.ts';
import type { PdfTextEngine } from '../../../shared/import/importPdf.ts';
import type { ParseChoices } from '../../../shared/import/parsedDocument.ts';
import { parseImportFiles } from '../../data/importBatch.ts';
import { serveImportParsing, type ImportParseMethods } from '../../workers/importParseService.ts';
import { isAbortError, type RpcClient } from '../../workers/rpcClient.ts';
import { openServiceClient, startImportParseWorker } from '../../workers/workerConnections.ts';

type Options = {
  pdf?: PdfTextEngine;
  signal: AbortSignal;
  onProgress: (done: number, total: number, fileName: string) => void;
  /** PDFs: keep running headers, footers and page numbers (the review's "Keep them in the text"). */
  keepRunningLines?: boolean;
};

const isPdf = (file: ImportInput): boolean => file.fileName.toLowerCase().endsWith('.pdf');

/** A parser in its own Web Worker, or on this thread where no worker runs or once the worker has died. */
export const openImportParser = (): RpcClient<ImportParseMethods> =>
  openServiceClient<ImportParseMethods>(startImportParseWorker(), serveImportParsing, { stateless: true });

/**
 * One file of the review parsed again with the user's choices (encoding, speaker labels), off the UI thread like the
 * batch; a PDF on this thread.
 */
export const reparseOffThread = async (file: ImportInput, choices: ParseChoices, { pdf, signal }: { pdf?: PdfTextEngine; signal?: AbortSignal } = {}): Promise<ImportOutcome> => {
  if (isPdf(file)) {
    const [outcome] = await parseImportFiles([file], { pdf, signal, ...choices });
    return outcome;
  }
  const parser = openImportParser();
  try {
    return await parser.call('parse', { file, choices }, { signal });
  } finally {
    parser.close();
  }
};

/** The outcome of every file parsed before `signal` aborted, in the batch's order. */
export const parseFilesOffThread = async (files: ImportInput[], { pdf, signal, onProgress, keepRunningLines }: Options): Promise<ImportOutcome[]> => {
  const parser = files.some((file) => !isPdf(file)) ? openImportParser() : null;
  const outcomes: ImportOutcome[] = [];
  try {
    for (const [index, file] of files.entries()) {
      if (signal.aborted) break;
      let outcome: ImportOutcome | undefined;
      if (parser !== null && !isPdf(file)) {
        try {
          outcome = await parser.call('parse', { file }, { signal });
        } catch (error) {
          if (isAbortError(error)) break;
          throw error;
        }
      } else {
        [outcome] = await parseImportFiles([file], { pdf, signal, keepRunningLines });
      }
      if (signal.aborted) break;
      if (outcome !== undefined) outcomes.push(outcome);
      onProgress(index + 1, files.length, file.fileName);
    }
  } finally {
    parser?.close();
  }
  return outcomes;
};
