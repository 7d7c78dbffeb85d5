// Autosave of an informant's words on a member-check record (services/useDebouncedSave.ts): written when typing
// pauses, at once on blur, before an import and when the page goes away; each save is one undoable step, and a failed
// save is reported as a toast.
import type { Id } from '../../../shared/model/index.ts';
import { updateMemberCheck } from '../../data/memberChecks.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { useDebouncedSave } from '../../services/useDebouncedSave.ts';

export const useWordsAutosave = (memberCheckId: Id) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { reportError } = useToasts();
  const autosave = useDebouncedSave<string>({
    write: (words) => updateMemberCheck(db, memberCheckId, { words }, undo),
    failed: (error) => {
      reportError(error);
      return { status: 'idle' };
    },
  });
  return { state: autosave.state.status, schedule: autosave.schedule, flush: autosave.flush, busy: autosave.busy };
};
