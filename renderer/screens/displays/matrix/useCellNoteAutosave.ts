// Autosave of a cell's summary (services/useDebouncedSave.ts): written ~600 ms after typing pauses, at once on blur
// and when the editor goes away (another cell, another screen). Each save records the cell's evidence at that moment,
// so writing the summary is also reviewing it; each save is one undoable step. A failed save is reported as a toast.
import type { Id, RichText } from '../../../../shared/model/index.ts';
import { saveCellNote } from '../../../data/displays.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { useToasts } from '../../../services/Toasts.tsx';
import { useUndoManager } from '../../../services/UndoContext.tsx';
import { useDebouncedSave } from '../../../services/useDebouncedSave.ts';

export const useCellNoteAutosave = (displayId: Id, key: string, evidence: readonly Id[]) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { reportError } = useToasts();
  const autosave = useDebouncedSave<RichText>({
    write: async (summary) => {
      await saveCellNote(db, displayId, key, { summary }, evidence, undo);
    },
    failed: (error) => {
      reportError(error);
      return { status: 'idle' };
    },
  });
  return { state: autosave.state.status, schedule: autosave.schedule, flush: autosave.flush };
};
