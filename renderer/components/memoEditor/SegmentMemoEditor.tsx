// The one memo of a coded segment: the memo its coding links (coding.memoId), or an empty editor whose first
// words create that memo and link it as one undo step. No memo chooser and no "New memo": a segment has one memo.
import { useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { newId, type Id, type MemoTarget } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useCodingStore } from '../../services/CodingStoreContext.tsx';
import { saveSegmentMemo, segmentMemoOf } from '../../data/memos.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { MemoDocument } from './MemoDocument.tsx';
import type { MemoSaver } from './useMemoAutosave.ts';

type Props = {
  projectId: Id;
  codingId: Id;
  /** Open the editor straight away rather than a "Write a memo" button when the segment has no memo yet. */
  startWriting?: boolean;
};

const noStore = (): (() => void) => () => undefined;
const nothing = (): undefined => undefined;

export const SegmentMemoEditor = ({ projectId, codingId, startWriting = false }: Props) => {
  const db = useDatabase();
  const store = useCodingStore();
  const { t } = useTranslation();
  const snapshot = store === null ? nothing : () => store.codingById(codingId);
  const coding = useSyncExternalStore(store?.subscribe ?? noStore, snapshot, snapshot);
  const exists = coding !== undefined;
  const linkedId = coding?.memoId ?? null;
  const found = useLiveQuery(
    async () => (exists ? { memo: await segmentMemoOf(db, projectId, { id: codingId, memoId: linkedId }), linkedId } : null),
    [db, projectId, codingId, linkedId, exists],
  );
  // The id a memo written here is created with, so the editor knows the new memo as its own and stays open.
  const [pendingId, setPendingId] = useState(newId);
  const [writing, setWriting] = useState(startWriting);

  if (store === null || found === undefined) return <div className="memo-editor muted">{t('memos.loading')}</div>;
  if (!exists || found === null) return <p className="memo-editor muted">{t('memos.segment.gone')}</p>;

  const target: MemoTarget = { kind: 'coding', id: codingId };
  const ownMemo = linkedId === pendingId;
  // A link changed elsewhere (undo, redo) is shown once its memo has been read; linking the memo already shown
  // (an older memo on the segment, linked by its first save here) keeps the editor as it is.
  const stale = found.linkedId !== linkedId && found.memo?.id !== linkedId;
  if (!ownMemo && stale) return <div className="memo-editor muted">{t('memos.loading')}</div>;
  const memo = ownMemo ? null : found.memo;
  if (memo === null && !writing && !ownMemo) {
    return (
      <div className="memo-editor">
        <div className="memo-editor-bar">
          <button type="button" className="button small" onClick={() => setWriting(true)}>
            {t('memos.editor.write')}
          </button>
        </div>
      </div>
    );
  }

  const save: MemoSaver = ({ id, title, content, plainText }, undo) =>
    saveSegmentMemo(store, codingId, { id, title, content, plainText, createAs: pendingId }, undo);
  return (
    <div className="memo-editor">
      <MemoDocument
        key={memo?.id ?? pendingId}
        projectId={projectId}
        target={target}
        memo={memo}
        autoFocus={memo === null}
        save={save}
        onDeleted={() => {
          // The next memo written here is a new one (with a new id); the editor starts empty.
          setPendingId(newId());
          setWriting(false);
        }}
      />
    </div>
  );
};
