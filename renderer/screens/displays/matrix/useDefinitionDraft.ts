// The definition the builder form edits: changes show at once (the preview computes the draft) and are saved ~400 ms
// after the last one, as one undoable step each. The draft is dropped once the stored display holds it, so an undo
// from the top bar shows straight away.
import { useEffect, useRef, useState } from 'react';
import type { Display, MatrixDisplayDefinition } from '../../../../shared/model/index.ts';
import { setDisplayDefinition } from '../../../data/displays.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { useToasts } from '../../../services/Toasts.tsx';
import { useUndoManager } from '../../../services/UndoContext.tsx';

const SAVE_PAUSE_MS = 400;

export const useDefinitionDraft = (display: Display & { definition: MatrixDisplayDefinition }) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { runWrite } = useToasts();
  const [draft, setDraft] = useState<MatrixDisplayDefinition | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stored = JSON.stringify(display.definition);

  useEffect(() => {
    if (draft !== null && timer.current === null && JSON.stringify(draft) === stored) setDraft(null);
  }, [draft, stored]);

  const latest = useRef({ db, undo, runWrite, id: display.id });
  latest.current = { db, undo, runWrite, id: display.id };
  const pendingDraft = useRef<MatrixDisplayDefinition | null>(null);

  const save = () => {
    timer.current = null;
    const next = pendingDraft.current;
    pendingDraft.current = null;
    if (next === null) return;
    const { db: database, undo: manager, runWrite: write, id } = latest.current;
    void write(() => setDisplayDefinition(database, id, next, manager));
  };

  useEffect(
    () => () => {
      if (timer.current !== null) {
        clearTimeout(timer.current);
        save();
      }
    },
    // Saves what is pending when the display closes; `save` reads everything through refs.
    [],
  );

  const change = (next: MatrixDisplayDefinition) => {
    setDraft(next);
    pendingDraft.current = next;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(save, SAVE_PAUSE_MS);
  };

  return { definition: draft ?? display.definition, change };
};
