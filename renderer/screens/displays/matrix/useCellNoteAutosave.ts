// Autosave of a cell's summary: written ~600 ms after typing pauses, at once on blur and when the editor goes away
// (another cell, another screen). Each save records the cell's evidence at that moment, so writing the summary is
// also reviewing it; each save is one undoable step.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Id, RichText } from '../../../../shared/model/index.ts';
import { AUTOSAVE_DELAY_MS } from '../../../components/memoEditor/useMemoAutosave.ts';
import { saveCellNote } from '../../../data/displays.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { useToasts } from '../../../services/Toasts.tsx';
import { useUndoManager } from '../../../services/UndoContext.tsx';

export type CellNoteSaveState = 'idle' | 'dirty' | 'saving' | 'saved';

export const useCellNoteAutosave = (displayId: Id, key: string, evidence: readonly Id[]) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { reportError } = useToasts();
  const [state, setState] = useState<CellNoteSaveState>('idle');
  const pending = useRef<RichText | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ db, undo, displayId, key, evidence, reportError });
  latest.current = { db, undo, displayId, key, evidence, reportError };

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const summary = pending.current;
    pending.current = null;
    if (summary === null) return chain.current;
    chain.current = chain.current.then(async () => {
      const { db: database, undo: manager, displayId: id, key: cell, evidence: codings, reportError: report } = latest.current;
      setState('saving');
      try {
        await saveCellNote(database, id, cell, { summary }, codings, manager);
        setState(pending.current === null ? 'saved' : 'dirty');
      } catch (error) {
        setState('idle');
        report(error);
      }
    });
    return chain.current;
  }, []);

  const schedule = useCallback(
    (summary: RichText) => {
      pending.current = summary;
      setState('dirty');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => () => void flush(), [flush]);

  return { state, schedule, flush };
};
