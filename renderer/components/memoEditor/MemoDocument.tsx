// One memo being written: title, rich text, save status and delete (with Undo in a toast). A memo changed
// elsewhere (the session's Undo, another pane) is reloaded unless this editor holds unsaved typing.
import { useEffect, useRef, useState } from 'react';
import type { Id, Memo, MemoTarget } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { onDataEvent, writesTo } from '../../data/dataEvents.ts';
import { deleteMemo, getMemo } from '../../data/memos.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { RichTextMemo, type MemoBody } from './RichTextMemo.tsx';
import { useMemoAutosave, type MemoDraft, type MemoSaver } from './useMemoAutosave.ts';

type Props = {
  projectId: Id;
  target: MemoTarget;
  /** The stored memo, or null for a new one (created on the first words typed). */
  memo: Memo | null;
  onSaved?: (memo: Memo) => void;
  onDeleted?: () => void;
  autoFocus?: boolean;
  /** How saves are written (default: saveMemo). */
  save?: MemoSaver;
};

const draftOf = (memo: Memo | null): MemoDraft => ({ title: memo?.title ?? '', content: memo?.content ?? '', plainText: memo?.plainText ?? '' });

const sameDraft = (a: MemoDraft, b: MemoDraft): boolean => a.title === b.title && a.content === b.content;

export const MemoDocument = ({ projectId, target, memo, onSaved, onDeleted, autoFocus, save }: Props) => {
  const { t, formatDateTime } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const autosave = useMemoAutosave({ projectId, target, memoId: memo?.id ?? null, onSaved, save });
  const [title, setTitle] = useState(memo?.title ?? '');
  const [loaded, setLoaded] = useState(() => ({ version: 0, draft: draftOf(memo) }));
  const body = useRef<MemoBody>({ content: loaded.draft.content, plainText: loaded.draft.plainText });
  const titleRef = useRef(title);
  titleRef.current = title;

  if (autosave.lastWritten() === null && memo !== null) autosave.setLastWritten(draftOf(memo));

  // A change made elsewhere (the session's Undo, another pane) is loaded unless this editor holds unsaved typing.
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;
  const onDeletedRef = useRef(onDeleted);
  onDeletedRef.current = onDeleted;
  useEffect(
    () =>
      onDataEvent((event) => {
        if (!writesTo(event, 'memos') || event.projectId !== projectId) return;
        const id = autosaveRef.current.currentId();
        if (id === null) return;
        void getMemo(db, id).then((stored) => {
          const saver = autosaveRef.current;
          if (saver.busy() || saver.currentId() !== id) return;
          if (stored === undefined) {
            saver.forget();
            onDeletedRef.current?.();
            return;
          }
          const next = draftOf(stored);
          const written = saver.lastWritten();
          if (written !== null && sameDraft(next, written)) return;
          saver.setLastWritten(next);
          body.current = { content: next.content, plainText: next.plainText };
          setTitle(next.title);
          setLoaded((previous) => ({ version: previous.version + 1, draft: next }));
        });
      }),
    [db, projectId],
  );

  const changed = (next: Partial<MemoDraft>) =>
    autosave.schedule({ title: titleRef.current, ...body.current, ...next });

  const remove = async () => {
    const id = autosave.currentId();
    autosave.discard();
    await autosave.flush();
    if (id === null) {
      onDeleted?.();
      return;
    }
    const shown = titleRef.current.trim() === '' ? t('memos.untitled') : titleRef.current.trim();
    const done = await toasts.runWrite(async () => {
      await deleteMemo(db, id, undo);
      return true;
    });
    if (done !== true) return;
    toasts.notify(t('memos.deleted', { title: shown }), undoToastAction(undo, t('memos.undo')));
    onDeleted?.();
  };

  const status = autosave.state;
  return (
    <div className="memo-document">
      <div className="memo-document-head">
        <input
          type="text"
          className="memo-title"
          aria-label={t('memos.editor.title')}
          placeholder={t('memos.editor.titlePlaceholder')}
          value={title}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setTitle(next);
            changed({ title: next });
          }}
          onBlur={() => void autosave.flush()}
        />
        <span className={`memo-save-status status-${status.status}`} role="status" data-testid="memo-save-status">
          {status.status === 'saving' && t('memos.editor.saving')}
          {status.status === 'saved' && t('memos.editor.saved')}
          {status.status === 'dirty' && t('memos.editor.unsaved')}
          {status.status === 'failed' && t('memos.editor.saveFailed', { reason: status.message })}
          {status.status === 'idle' && memo !== null && t('memos.updated', { date: formatDateTime(memo.updatedAt) })}
        </span>
        {(memo !== null || autosave.currentId() !== null) && (
          <button
            type="button"
            className="button small danger-outline"
            aria-label={t('memos.deleteLabel', { title: title.trim() === '' ? t('memos.untitled') : title.trim() })}
            onClick={() => void remove()}
          >
            {t('memos.delete')}
          </button>
        )}
      </div>
      <RichTextMemo
        key={loaded.version}
        content={loaded.draft.content}
        fallbackText={loaded.draft.plainText}
        autoFocus={autoFocus}
        onChange={(next) => {
          body.current = next;
          changed(next);
        }}
        onBlur={() => void autosave.flush()}
      />
    </div>
  );
};
