// The import flow as a small state machine: parse every file (progress) → review table → store (progress, cancel)
// → per-file results. Parsing runs in a Web Worker (parseOffThread.ts) so the window stays responsive. In the review
// the user can link detected speakers and make informants from them (reviewSpeakers.ts).
import { useCallback, useRef, useState } from 'react';
import type { ImportFailure, ImportInput, ImportedSource } from '../../../shared/import/importTypes.ts';
import { newId, type Id, type Informant } from '../../../shared/model/index.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { describeError } from '../../services/errorMessage.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { guessInformantIds, guessSpeakerLinks, storeImportBatch, type PendingInformant } from '../../data/importBatch.ts';
import { findSourcesBySha } from '../../data/sources.ts';
import { keepsOriginals } from '../../../shared/project/sourceOriginals.ts';
import type { SourceImportMeta } from '../../data/sources.ts';
import { loadPdfEngine } from '../../platform/pdfEngine.ts';
import type { ParseChoices } from '../../../shared/import/parsedDocument.ts';
import { parseFilesOffThread, reparseOffThread } from './parseOffThread.ts';
import { applyReparse } from './reviewReparse.ts';
import { informantFromSpeaker, linkReviewSpeaker } from './reviewSpeakers.ts';
import { reparseRunningLines, runningLinesOf, type RunningLinesReview } from './runningLinesReview.ts';

export type ReviewRow = {
  rowId: number;
  source: ImportedSource;
  meta: SourceImportMeta;
  /** Title of the source (already in the project, or earlier in this batch) with the same SHA-256. */
  duplicateOf: string | null;
  include: boolean;
  /** The file's bytes, held until storing when the project keeps originals (null when it does not). */
  original: Uint8Array | null;
  /** PDF running headers/footers left out of the text (null when none were); the user may keep them. */
  runningLines?: RunningLinesReview | null;
  /** True while the file is read again (keeping or leaving out its running lines). */
  rereading?: boolean;
  /** The file as read, kept for the review to parse it again with `choices` (reviewReparse.ts). */
  input: ImportInput;
  choices: ParseChoices;
  /** Why the last re-parse with the user's choices was refused (the row keeps its previous parse), or null. */
  reparseError: string | null;
};

export type ImportResultItem = {
  fileName: string;
  status: 'imported' | 'skipped' | 'failed';
  message: string;
  sourceId: string | null;
};

export type Progress = { done: number; total: number; fileName: string };

export type ImportFlowState =
  | { step: 'idle' }
  | { step: 'parsing'; progress: Progress }
  | { step: 'review'; rows: ReviewRow[]; failures: ImportFailure[]; newInformants: PendingInformant[] }
  | { step: 'storing'; progress: Progress }
  | { step: 'results'; results: ImportResultItem[] };

export type ImportFlow = {
  state: ImportFlowState;
  start: (files: ImportInput[]) => void;
  updateRow: (rowId: number, change: Partial<Pick<ReviewRow, 'include'>> & { meta?: Partial<SourceImportMeta> }) => void;
  linkSpeaker: (rowId: number, speaker: string, informantId: Id | null) => void;
  /** Makes an informant of a detected speaker (the project's informants: to link one of the same name instead). */
  informantFromSpeaker: (rowId: number, speaker: string, projectInformants: readonly Informant[]) => void;
  /** Reads a PDF again keeping (or leaving out) its running headers, footers and page numbers. */
  keepRunningLines: (rowId: number, keep: boolean) => void;
  /** Parses one file again with the user's choices (encoding, speaker labels), off the UI thread. */
  reparse: (rowId: number, choices: ParseChoices) => void;
  confirm: () => void;
  cancel: () => void;
  close: () => void;
};

const needsPdf = (files: ImportInput[]): boolean => files.some((file) => file.fileName.toLowerCase().endsWith('.pdf'));

export const useImportFlow = (projectId: string | null): ImportFlow => {
  const db = useDatabase();
  const { reportError } = useToasts();
  const [state, setState] = useState<ImportFlowState>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);
  // A drop or menu command while a batch is being parsed or stored must not restart the flow under it.
  const running = useRef(false);
  running.current = state.step === 'parsing' || state.step === 'storing' || state.step === 'review';

  const buildReview = useCallback(
    async (targetProjectId: string, files: ImportInput[], signal: AbortSignal): Promise<ImportFlowState> => {
      const pdf = needsPdf(files) ? await loadPdfEngine() : undefined;
      const outcomes = await parseFilesOffThread(files, {
        pdf,
        signal,
        onProgress: (done: number, total: number, fileName: string) => setState({ step: 'parsing', progress: { done, total, fileName } }),
      });
      const rows: ReviewRow[] = [];
      const failures: ImportFailure[] = [];
      const seenInBatch = new Map<string, string>();
      const keep = keepsOriginals(await db.projects.get(targetProjectId));
      // One outcome per file, in the batch's order (a cancelled batch stops early), so an outcome's index is its file's.
      for (const [index, outcome] of outcomes.entries()) {
        if (!outcome.ok) {
          failures.push(outcome.failure);
          continue;
        }
        const source = outcome.source;
        const existing = await findSourcesBySha(db, targetProjectId, source.sha256);
        const duplicateOf = existing[0]?.title ?? seenInBatch.get(source.sha256) ?? null;
        if (!seenInBatch.has(source.sha256)) seenInBatch.set(source.sha256, source.title);
        rows.push({
          rowId: rows.length + 1,
          source,
          duplicateOf,
          include: duplicateOf === null,
          original: keep ? (files[index]?.bytes ?? null) : null,
          runningLines: runningLinesOf(source, files[index]),
          input: files[index],
          choices: {},
          reparseError: null,
          meta: {
            kind: source.kind,
            title: source.title,
            informantIds: await guessInformantIds(db, targetProjectId, source),
            date: source.date,
            language: source.language,
            speakerLinks: await guessSpeakerLinks(db, targetProjectId, source),
          },
        });
      }
      return { step: 'review', rows, failures, newInformants: [] };
    },
    [db],
  );

  const start = useCallback(
    (files: ImportInput[]) => {
      if (projectId === null || files.length === 0 || running.current) return;
      running.current = true;
      const controller = new AbortController();
      abort.current = controller;
      setState({ step: 'parsing', progress: { done: 0, total: files.length, fileName: files[0]?.fileName ?? '' } });
      buildReview(projectId, files, controller.signal).then(
        (next) => {
          if (!controller.signal.aborted) setState(next);
        },
        (error: unknown) => {
          setState({ step: 'idle' });
          if (!controller.signal.aborted) reportError(error);
        },
      );
    },
    [projectId, buildReview, reportError],
  );

  const updateRow: ImportFlow['updateRow'] = useCallback((rowId, change) => {
    setState((current) =>
      current.step !== 'review'
        ? current
        : {
            ...current,
            rows: current.rows.map((row) =>
              row.rowId !== rowId ? row : { ...row, include: change.include ?? row.include, meta: { ...row.meta, ...change.meta } },
            ),
          },
    );
  }, []);

  const linkSpeaker: ImportFlow['linkSpeaker'] = useCallback((rowId, speaker, informantId) => {
    setState((current) => (current.step !== 'review' ? current : { ...current, rows: linkReviewSpeaker(current.rows, rowId, speaker, informantId) }));
  }, []);

  const fromSpeaker: ImportFlow['informantFromSpeaker'] = useCallback((rowId, speaker, projectInformants) => {
    setState((current) => (current.step !== 'review' ? current : { ...current, ...informantFromSpeaker(current, rowId, speaker, projectInformants, newId) }));
  }, []);

  const latest = useRef(state);
  latest.current = state;
  const keepRunningLines: ImportFlow['keepRunningLines'] = useCallback((rowId, keep) => {
    const current = latest.current;
    if (current.step !== 'review') return;
    const review = current.rows.find((row) => row.rowId === rowId)?.runningLines;
    if (!review) return;
    const patch = (change: (row: ReviewRow) => ReviewRow): void =>
      setState((current) => (current.step !== 'review' ? current : { ...current, rows: current.rows.map((row) => (row.rowId === rowId ? change(row) : row)) }));
    patch((row) => ({ ...row, rereading: true }));
    reparseRunningLines(review, keep, new AbortController().signal)
      .then((outcome) => {
        if (outcome && !outcome.ok) throw new Error(outcome.failure.message);
        patch((row) => ({
          ...row,
          rereading: false,
          source: outcome?.source ?? row.source,
          runningLines: row.runningLines && { ...row.runningLines, kept: outcome ? keep : row.runningLines.kept },
        }));
      })
      .catch((error: unknown) => {
        patch((row) => ({ ...row, rereading: false }));
        reportError(error);
      });
  }, [reportError]);
  const reparse: ImportFlow['reparse'] = useCallback((rowId, choices) => {
    const row = state.step === 'review' ? state.rows.find((candidate) => candidate.rowId === rowId) : undefined;
    if (row === undefined) return;
    const pdf = needsPdf([row.input]) ? loadPdfEngine() : Promise.resolve(undefined);
    pdf
      .then((engine) => reparseOffThread(row.input, choices, { pdf: engine }))
      .then(
        (outcome) => setState((current) => (current.step !== 'review' ? current
          : { ...current, rows: current.rows.map((candidate) => (candidate.rowId === rowId ? applyReparse(candidate, choices, outcome) : candidate)) })),
        reportError,
      );
  }, [state, reportError]);

  const confirm = useCallback(() => {
    if (state.step !== 'review' || projectId === null) return;
    const { rows, failures, newInformants } = state;
    const chosen = rows.filter((row) => row.include);
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'storing', progress: { done: 0, total: chosen.length, fileName: chosen[0]?.source.fileName ?? '' } });
    storeImportBatch(
      db,
      projectId,
      chosen.map((row) => ({
        imported: row.source, meta: { ...row.meta, title: row.meta.title.trim() || row.source.title }, original: row.original,
      })),
      {
        signal: controller.signal,
        newInformants,
        onProgress: (done: number, total: number, fileName: string) => setState({ step: 'storing', progress: { done, total, fileName } }),
      },
    )
      .then((outcome) => summarise(rows, failures, outcome, controller.signal.aborted))
      .catch((error: unknown) => summarise(rows, failures, { stored: [], failed: chosen.map((row) => ({ fileName: row.source.fileName, message: describeError(error) })) }, false))
      .then((results) => setState({ step: 'results', results }));
  }, [state, projectId, db]);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState((current) => (current.step === 'storing' ? current : { step: 'idle' }));
  }, []);

  const close = useCallback(() => setState({ step: 'idle' }), []);

  return { state, start, updateRow, linkSpeaker, informantFromSpeaker: fromSpeaker, keepRunningLines, reparse, confirm, cancel, close };
};

type StoreOutcome = { stored: { id: string; originalFileName: string }[]; failed: { fileName: string; message: string }[] };

const summarise = (rows: ReviewRow[], parseFailures: ImportFailure[], outcome: StoreOutcome, cancelled: boolean): ImportResultItem[] => {
  const storedByFile = new Map<string, string[]>();
  for (const source of outcome.stored) storedByFile.set(source.originalFileName, [...(storedByFile.get(source.originalFileName) ?? []), source.id]);
  const failedByFile = new Map(outcome.failed.map((failure) => [failure.fileName, failure.message]));
  const results: ImportResultItem[] = rows.map((row) => {
    const fileName = row.source.fileName;
    if (!row.include) {
      const message = row.duplicateOf === null ? t('importUi.result.notSelected') : t('importUi.result.duplicate', { title: row.duplicateOf });
      return { fileName, status: 'skipped', message, sourceId: null };
    }
    const storedId = storedByFile.get(fileName)?.shift();
    if (storedId !== undefined) return { fileName, status: 'imported', message: t('importUi.result.imported'), sourceId: storedId };
    const failure = failedByFile.get(fileName);
    if (failure !== undefined) return { fileName, status: 'failed', message: failure, sourceId: null };
    return { fileName, status: 'skipped', message: t(cancelled ? 'importUi.result.cancelled' : 'importUi.result.notSelected'), sourceId: null };
  });
  return [...results, ...parseFailures.map((failure): ImportResultItem => ({ fileName: failure.fileName, status: 'failed', message: failure.message, sourceId: null }))];
};
