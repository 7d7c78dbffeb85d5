// Web Worker entry: runs the shared importers on one file at a time, off the UI thread.
// PDFs stay on the main thread (pdf.js brings its own worker), everything else is parsed here.
import { importFile } from '../../shared/import/importFile.ts';
import type { ImportInput, ImportOutcome } from '../../shared/import/importTypes.ts';

export type ParseRequest = { id: number; file: ImportInput };
export type ParseResponse = { id: number; outcome: ImportOutcome };

addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, file } = event.data;
  void importFile(file).then((outcome) => postMessage({ id, outcome } satisfies ParseResponse));
});
