// Autosave of one memo (services/useDebouncedSave.ts): edits are saved ~600 ms after typing pauses, at once on blur
// and when the editor goes away; saves run one after another so a new memo is created once and then updated. Each
// save is one undoable step of the session's UndoManager.
import { useRef } from 'react';
import type { Id, Memo, MemoTarget } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { SaveState } from '../../services/debouncedSaver.ts';
import { useDebouncedSave } from '../../services/useDebouncedSave.ts';
import { saveMemo, type MemoInput } from '../../data/memos.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import type { UndoManager } from '../../undo/undoManager.ts';

export type MemoDraft = { title: string; content: string; plainText: string };

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
  const idRef = useRef<Id | null>(memoId);
  const written = useRef<MemoDraft | null>(null);
  const autosave = useDebouncedSave<MemoDraft>({
    // A memo nobody has written anything into yet is not created; an unchanged one is not saved again.
    settle: (draft) => {
      if (idRef.current === null) return isBlank(draft) ? 'idle' : null;
      return unchanged(draft, written.current) ? 'saved' : null;
    },
    write: async (draft) => {
      const input: MemoInput = { id: idRef.current ?? undefined, target, ...draft };
      const memo = save === undefined ? await saveMemo(db, projectId, input, undo) : await save(input, undo);
      idRef.current = memo.id;
      written.current = { title: memo.title, content: memo.content, plainText: memo.plainText };
      onSaved?.(memo);
    },
  });

  return {
    state: autosave.state,
    schedule: autosave.schedule,
    flush: autosave.flush,
    discard: autosave.discard,
    currentId: () => idRef.current,
    forget: () => {
      idRef.current = null;
      written.current = null;
    },
    busy: autosave.busy,
    lastWritten: () => written.current,
    setLastWritten: (draft) => {
      written.current = draft;
    },
  };
};
