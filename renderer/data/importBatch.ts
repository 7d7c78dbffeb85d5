// Batch import: parse many files with the shared importers (progress, cancel), flag duplicates by
// SHA-256, then store them with one transaction per file so one failing file never touches the others.
import type { ImportedSource, ImportInput, ImportOutcome } from '../../shared/import/importTypes.ts';
import { importFile, type ImportOptions } from '../../shared/import/importFile.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Id, Source } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from './database.ts';
import { findSourcesBySha, storeImportedSource, type SourceImportMeta, type SourceSummary } from './sources.ts';

export { guessInformantIds, guessSpeakerLinks } from './speakerMatching.ts';

export type ImportCandidate = { outcome: ImportOutcome; duplicateOf: SourceSummary[] };

export type BatchProgress = (done: number, total: number, fileName: string) => void;

export type ParseImportOptions = ImportOptions & { onProgress?: BatchProgress };

export type StoreBatchItem = { imported: ImportedSource; meta: SourceImportMeta };

export type StoreBatchOptions = { onProgress?: BatchProgress; signal?: AbortSignal };

export type StoreBatchResult = {
  stored: Source[];
  failed: { fileName: string; message: string }[];
  /** Files not attempted because the batch was cancelled. */
  skipped: string[];
  cancelled: boolean;
};

/** Runs the importer on each file in turn; a cancelled batch returns the outcomes parsed so far. */
export const parseImportFiles = async (files: ImportInput[], options: ParseImportOptions = {}): Promise<ImportOutcome[]> => {
  const { onProgress, signal, ...importOptions } = options;
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    if (signal?.aborted) break;
    outcomes.push(await importFile(file, { ...importOptions, signal }));
    onProgress?.(outcomes.length, files.length, file.fileName);
  }
  return outcomes;
};

/** Pairs each parsed file with the project's sources that have the same SHA-256 (a re-import). */
export const findDuplicates = async (db: CaseweaveDatabase, projectId: Id, outcomes: ImportOutcome[]): Promise<ImportCandidate[]> => {
  const candidates: ImportCandidate[] = [];
  for (const outcome of outcomes) {
    const duplicateOf = outcome.ok ? await findSourcesBySha(db, projectId, outcome.source.sha256) : [];
    candidates.push({ outcome, duplicateOf });
  }
  return candidates;
};

const failureMessage = (fileName: string, error: unknown): string => {
  const detail = error instanceof Error ? error.message : String(error);
  return t('data.error.storeFailed', { file: fileName, detail });
};

/** Stores each file in its own transaction; a failure is reported for that file and the rest go on. */
export const storeImportBatch = async (
  db: CaseweaveDatabase, projectId: Id, items: StoreBatchItem[], options: StoreBatchOptions = {},
): Promise<StoreBatchResult> => {
  const result: StoreBatchResult = { stored: [], failed: [], skipped: [], cancelled: false };
  for (const [index, item] of items.entries()) {
    if (options.signal?.aborted) {
      result.cancelled = true;
      result.skipped = items.slice(index).map((rest) => rest.imported.fileName);
      break;
    }
    try {
      result.stored.push(await storeImportedSource(db, projectId, item.imported, item.meta));
    } catch (error) {
      result.failed.push({ fileName: item.imported.fileName, message: failureMessage(item.imported.fileName, error) });
    }
    options.onProgress?.(index + 1, items.length, item.imported.fileName);
  }
  return result;
};
