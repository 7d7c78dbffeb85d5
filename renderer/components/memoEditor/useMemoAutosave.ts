// Autosave of one memo: edits are saved ~600 ms after typing pauses, at once on blur and when the editor
// goes away; saves run one after another so a new memo is created once and then updated. Each save is one
// undoable step of the session's UndoManager.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Id, Memo, MemoTarget } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { describeError } from '../../services/errorMessage.ts';
import { saveMemo, type MemoInput } from '../../data/memos.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import type { UndoManager } from '../../undo/undoManager.ts';

export const AUTOSAVE_DELAY_MS = 600;

export type MemoDraft = { title: string; content: string; plainText: string };

export type SaveState = { status: 'idle' | 'dirty' | 'saving' | 'saved' } | { status: 'failed'; message: string };

/** Writes one save of the memo (create without an id, else update) and records its undo step. */
export type MemoSaver = (input: MemoInput, undo: UndoManager) => Promise<Memo>;

type Options = {
  projectId: Id;
  target: MemoTarget;
  memoId: Id | null;
  onSaved?: (memo: Memo) => void;
  /** How a save is written; plain saveMemo when absent (a coding memo also links its coding). */
  save?: MemoSaver;
};

export type MemoAutosave = {
  state: SaveState;
  /** Records the latest draft and (re)starts the pause timer. */
  schedule: (draft: MemoDraft) => void;
  /** Saves the pending draft now; resolves when every save so far is done. */
  flush: () => Promise<void>;
  /** Drops a pending draft (the memo is being deleted). */
  discard: () => void;
  /** The id of the memo being edited once it exists. */
  currentId: () => Id | null;
  /** The memo was deleted elsewhere: the next save creates a new one. */
  forget: () => void;
  /** True while typing waits to be saved or a save runs. */
  busy: () => boolean;
  /** The last draft this editor wrote or loaded, to tell its own saves from changes made elsewhere (undo). */
  lastWritten: () => MemoDraft | null;
  setLastWritten: (draft: MemoDraft) => void;
};

const isBlank = (draft: MemoDraft): boolean => draft.title.trim() === '' && draft.plainText.trim() === '';

const unchanged = (draft: MemoDraft, stored: MemoDraft | null): boolean =>
  stored !== null && draft.title.trim() === stored.title && draft.content === stored.content;

export const useMemoAutosave = ({ projectId, target, memoId, onSaved, save }: Options): MemoAutosave => {
  const db = useDatabase();
  const undo = useUndoManager();
  const [state, setStateValue] = useState<SaveState>({ status: 'idle' });
  const stateRef = useRef<SaveState>(state);
  const setState = (next: SaveState) => {
    stateRef.current = next;
    setStateValue(next);
  };
  const idRef = useRef<Id | null>(memoId);
  const pending = useRef<MemoDraft | null>(null);
  const written = useRef<MemoDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ db, undo, projectId, target, onSaved, save });
  latest.current = { db, undo, projectId, target, onSaved, save };

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const draft = pending.current;
    pending.current = null;
    if (draft === null) return chain.current;
    chain.current = chain.current.then(async () => {
      // A memo nobody has written anything into yet is not created; an unchanged one is not saved again.
      if (idRef.current === null ? isBlank(draft) : unchanged(draft, written.current)) {
        setState({ status: pending.current === null ? (idRef.current === null ? 'idle' : 'saved') : 'dirty' });
        return;
      }
      const { db: database, undo: manager, projectId: project, target: memoTarget, onSaved: saved, save: writer } = latest.current;
      setState({ status: 'saving' });
      try {
        const input: MemoInput = { id: idRef.current ?? undefined, target: memoTarget, ...draft };
        const memo = writer === undefined ? await saveMemo(database, project, input, manager) : await writer(input, manager);
        idRef.current = memo.id;
        written.current = { title: memo.title, content: memo.content, plainText: memo.plainText };
        setState({ status: pending.current === null ? 'saved' : 'dirty' });
        saved?.(memo);
      } catch (error) {
        setState({ status: 'failed', message: describeError(error) });
      }
    });
    return chain.current;
  }, []);

  const schedule = useCallback(
    (draft: MemoDraft) => {
      pending.current = draft;
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

  // Leaving the editor (another memo, another screen) saves what was typed in the last moments.
  useEffect(() => () => void flush(), [flush]);

  return {
    state,
    schedule,
    flush,
    discard,
    currentId: () => idRef.current,
    forget: () => {
      idRef.current = null;
      written.current = null;
    },
    busy: () => pending.current !== null || stateRef.current.status === 'saving',
    lastWritten: () => written.current,
    setLastWritten: (draft) => {
      written.current = draft;
    },
  };
};
