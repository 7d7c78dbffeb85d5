// The one memo of a coding: the newest memo written about it, or an empty editor whose first words create it (one
// undo step). No memo chooser and no "New memo": a coding has one memo.
import { useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { newId, type Id, type MemoTarget } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useCodingStore } from '../../services/CodingStoreContext.tsx';
import { codingMemoOf, saveCodingMemo } from '../../data/memos.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { MemoDocument } from './MemoDocument.tsx';
import type { MemoSaver } from './useMemoAutosave.ts';

type Props = {
  projectId: Id;
  codingId: Id;
  /** Open the editor straight away rather than a "Write a memo" button when the coding has no memo yet. */
  startWriting?: boolean;
};

const noStore = (): (() => void) => () => undefined;
const nothing = (): undefined => undefined;

export const CodingMemoEditor = ({ projectId, codingId, startWriting = false }: Props) => {
  const db = useDatabase();
  const store = useCodingStore();
  const { t } = useTranslation();
  const snapshot = store === null ? nothing : () => store.codingById(codingId);
  const coding = useSyncExternalStore(store?.subscribe ?? noStore, snapshot, snapshot);
  const exists = coding !== undefined;
  const found = useLiveQuery(async () => (exists ? { memo: await codingMemoOf(db, projectId, codingId) } : null), [db, projectId, codingId, exists]);
  // The id a memo written here is created with, so the editor knows the new memo as its own and stays open.
  const [pendingId, setPendingId] = useState(newId);
  const [writing, setWriting] = useState(startWriting);

  if (store === null || found === undefined) return <div className="memo-editor muted">{t('memos.loading')}</div>;
  if (!exists || found === null) return <p className="memo-editor muted">{t('memos.coding.gone')}</p>;

  const target: MemoTarget = { kind: 'coding', id: codingId };
  // The memo this editor created is already on screen as typed: it keeps its editor rather than reloading.
  const ownMemo = found.memo?.id === pendingId;
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
    saveCodingMemo(db, projectId, codingId, { id, title, content, plainText, createAs: pendingId }, undo);
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
