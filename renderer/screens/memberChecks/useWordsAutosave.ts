// Autosave of an informant's words on a member-check record: written when typing pauses (the memo editors' delay),
// at once on blur, before an import and when the page goes away. Saves run one after another; each is one undoable
// step, and failures are reported by a toast.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import { AUTOSAVE_DELAY_MS } from '../../components/memoEditor/useMemoAutosave.ts';
import { updateMemberCheck } from '../../data/memberChecks.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';

export type WordsSaveState = 'idle' | 'dirty' | 'saving' | 'saved';

export const useWordsAutosave = (memberCheckId: Id) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { reportError } = useToasts();
  const [state, setState] = useState<WordsSaveState>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ db, undo, memberCheckId, reportError });
  latest.current = { db, undo, memberCheckId, reportError };

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const words = pending.current;
    pending.current = null;
    if (words === null) return chain.current;
    chain.current = chain.current.then(async () => {
      const { db: database, undo: manager, memberCheckId: id, reportError: report } = latest.current;
      setState('saving');
      try {
        await updateMemberCheck(database, id, { words }, manager);
        setState(pending.current === null ? 'saved' : 'dirty');
      } catch (error) {
        setState('idle');
        report(error);
      }
    });
    return chain.current;
  }, []);

  const schedule = useCallback((words: string) => {
    pending.current = words;
    setState('dirty');
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  // Leaving the record (another record, another screen) saves what was typed in the last moments.
  useEffect(() => () => void flush(), [flush]);

  return { state, schedule, flush, busy: () => pending.current !== null };
};
