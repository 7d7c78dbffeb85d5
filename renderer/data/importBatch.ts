// Batch import: parse many files with the shared importers (progress, cancel), flag duplicates by
// SHA-256, then store them with one transaction per file so one failing file never touches the others. Informants
// made from detected speakers during the review are created with the first stored file that links them.
import type { ImportedSource, ImportInput, ImportOutcome } from '../../shared/import/importTypes.ts';
import { importFile, type ImportOptions } from '../../shared/import/importFile.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Id, Source } from '../../shared/model/index.ts';
import { combineChanges } from '../../shared/project/projectChange.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { planNewInformants, type PendingInformant } from './informants.ts';
import { findSourcesBySha, planImportedSource, type SourceImportMeta, type SourceSummary } from './sources.ts';

export type { PendingInformant } from './informants.ts';

export { guessInformantIds, guessSpeakerLinks } from './speakerMatching.ts';

export type ImportCandidate = { outcome: ImportOutcome; duplicateOf: SourceSummary[] };

export type BatchProgress = (done: number, total: number, fileName: string) => void;

export type ParseImportOptions = ImportOptions & { onProgress?: BatchProgress };

/** One reviewed file; `original`: its bytes, kept with the source when the project keeps originals. */
export type StoreBatchItem = { imported: ImportedSource; meta: SourceImportMeta; original?: Uint8Array | null };

export type StoreBatchOptions = {
  onProgress?: BatchProgress;
  signal?: AbortSignal;
  /** Informants to create (made from speakers in the review), each with the first stored file that links it. */
  newInformants?: readonly PendingInformant[];
};

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

/**
 * Stores one file with the new informants it links that are not stored yet, all in one commit: a failing file
 * leaves neither its source nor those informants behind.
 */
const storeFile = async (db: CaseweaveDatabase, projectId: Id, item: StoreBatchItem, pending: readonly PendingInformant[]): Promise<Source> => {
  const linked = new Set([...item.meta.informantIds, ...Object.values(item.meta.speakerLinks ?? {})]);
  const { result } = await commitPlan(db, async () => {
    const stored = new Set((await db.informants.bulkGet(pending.map((informant) => informant.id))).flatMap((row) => (row ? [row.id] : [])));
    const creating = pending.filter((informant) => linked.has(informant.id) && !stored.has(informant.id));
    const informants = await planNewInformants(db, projectId, creating);
    const creatingIds = new Set(creating.map((informant) => informant.id));
    const planned = await planImportedSource(db, projectId, item.imported, item.meta, creatingIds, item.original ?? null);
    const names = informants.informants.map((informant) => informant.pseudonym);
    const detail = names.length === 0 ? planned.audit.detail : `${planned.audit.detail} (+ ${names.join(', ')})`;
    return { ...planned, change: combineChanges(informants.change, planned.change), audit: { ...planned.audit, detail } };
  });
  return result;
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
      result.stored.push(await storeFile(db, projectId, item, options.newInformants ?? []));
    } catch (error) {
      result.failed.push({ fileName: item.imported.fileName, message: failureMessage(item.imported.fileName, error) });
    }
    options.onProgress?.(index + 1, items.length, item.imported.fileName);
  }
  return result;
};
