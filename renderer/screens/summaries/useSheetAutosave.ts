// Autosave of one summary sheet: what the fields report is gathered into one patch (research-question answers merged
// by question) and saved when typing pauses, at once on blur and when the editor goes away. Saves run one after
// another; each is one undoable step, and each saved sheet is reported so the editor can tell its own writes from a
// change made elsewhere (the session's Undo).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Id, SummarySheet } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { describeError } from '../../services/errorMessage.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { updateSummarySheet, type SummarySheetPatch } from '../../data/summarySheets.ts';
import { AUTOSAVE_DELAY_MS, type SaveState } from '../../components/memoEditor/useMemoAutosave.ts';

export type SheetAutosave = {
  state: SaveState;
  /** Adds to the pending patch and (re)starts the pause timer. */
  schedule: (patch: SummarySheetPatch) => void;
  /** Saves the pending patch now; resolves when every save so far is done. */
  flush: () => Promise<void>;
  /** Drops a pending patch (the sheet is being deleted). */
  discard: () => void;
  /** True while a patch waits or a save runs. */
  busy: () => boolean;
};

const merged = (pending: SummarySheetPatch | null, next: SummarySheetPatch): SummarySheetPatch => {
  if (pending === null) return next;
  const researchQuestions = pending.researchQuestions === undefined && next.researchQuestions === undefined
    ? undefined : { ...pending.researchQuestions, ...next.researchQuestions };
  return { ...pending, ...next, ...(researchQuestions === undefined ? {} : { researchQuestions }) };
};

export const useSheetAutosave = (sheetId: Id, onSaved: (sheet: SummarySheet) => void): SheetAutosave => {
  const db = useDatabase();
  const undo = useUndoManager();
  const [state, setStateValue] = useState<SaveState>({ status: 'idle' });
  const stateRef = useRef<SaveState>(state);
  const setState = (next: SaveState) => {
    stateRef.current = next;
    setStateValue(next);
  };
  const pending = useRef<SummarySheetPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ db, undo, sheetId, onSaved });
  latest.current = { db, undo, sheetId, onSaved };

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = null;
    if (patch === null) return chain.current;
    chain.current = chain.current.then(async () => {
      const { db: database, undo: manager, sheetId: id, onSaved: saved } = latest.current;
      setState({ status: 'saving' });
      try {
        saved(await updateSummarySheet(database, id, patch, manager));
        setState({ status: pending.current === null ? 'saved' : 'dirty' });
      } catch (error) {
        setState({ status: 'failed', message: describeError(error) });
      }
    });
    return chain.current;
  }, []);

  const schedule = useCallback(
    (patch: SummarySheetPatch) => {
      pending.current = merged(pending.current, patch);
      setState({ status: 'dirty' });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const discard = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  // Leaving the sheet (another sheet, another screen) saves what was typed in the last moments.
  useEffect(() => () => void flush(), [flush]);

  return {
    state,
    schedule,
    flush,
    discard,
    busy: () => pending.current !== null || stateRef.current.status === 'saving',
  };
};
