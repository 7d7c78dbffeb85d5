// Running headers, footers and page numbers a PDF import left out, as the review shows them: the removed lines,
// the importer's translated note, whether the user chose to keep them, and the file to read again when they do.
import type { ImportInput, ImportOutcome, ImportedSource } from '../../../shared/import/importTypes.ts';
import { loadPdfEngine } from '../../platform/pdfEngine.ts';
import { parseFilesOffThread } from './parseOffThread.ts';

export type RunningLinesReview = {
  /** The distinct removed lines, in order of first appearance (kept as they were when the user keeps them). */
  lines: string[];
  /** The importer's note ("artikel.pdf: removed 4 running header/footer lines."). */
  message: string;
  kept: boolean;
  /** The file's bytes, held only for files with removed lines, to read it again. */
  file: ImportInput;
};

/** The review's record of a parsed file's removed running lines; null when nothing was removed. */
export const runningLinesOf = (source: ImportedSource, file: ImportInput | undefined): RunningLinesReview | null => {
  const lines = source.removedLines ?? [];
  if (lines.length === 0 || file === undefined) return null;
  const message = source.warnings?.find((warning) => warning.code === 'runningLinesRemoved')?.message ?? '';
  return { lines, message, kept: false, file };
};

/** Reads the file again, keeping the running lines in the text (`keep`) or leaving them out. */
export const reparseRunningLines = async (review: RunningLinesReview, keep: boolean, signal: AbortSignal): Promise<ImportOutcome | undefined> => {
  const pdf = await loadPdfEngine();
  const [outcome] = await parseFilesOffThread([review.file], { pdf, signal, keepRunningLines: keep, onProgress: () => undefined });
  return outcome;
};
