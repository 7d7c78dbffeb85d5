// Autosave of one summary sheet (services/useDebouncedSave.ts): what the fields report is gathered into one patch (research-question answers merged
// by question) and saved when typing pauses, at once on blur and when the editor goes away. Saves run one after
// another; each is one undoable step, and each saved sheet is reported so the editor can tell its own writes from a
// change made elsewhere (the session's Undo).
import type { Id, SummarySheet } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { SaveState } from '../../services/debouncedSaver.ts';
import { useDebouncedSave } from '../../services/useDebouncedSave.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { updateSummarySheet, type SummarySheetPatch } from '../../data/summarySheets.ts';

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

const merged = (pending: SummarySheetPatch, next: SummarySheetPatch): SummarySheetPatch => {
  const researchQuestions = pending.researchQuestions === undefined && next.researchQuestions === undefined
    ? undefined : { ...pending.researchQuestions, ...next.researchQuestions };
  return { ...pending, ...next, ...(researchQuestions === undefined ? {} : { researchQuestions }) };
};

export const useSheetAutosave = (sheetId: Id, onSaved: (sheet: SummarySheet) => void): SheetAutosave => {
  const db = useDatabase();
  const undo = useUndoManager();
  const autosave = useDebouncedSave<SummarySheetPatch>({
    merge: merged,
    write: async (patch) => onSaved(await updateSummarySheet(db, sheetId, patch, undo)),
  });
  return { state: autosave.state, schedule: autosave.schedule, flush: autosave.flush, discard: autosave.discard, busy: autosave.busy };
};
