// The memo(s) of one target — the project, a source, a code or a coding — in a rich-text editor: shows the
// newest memo of the target (with a chooser when there are several) or offers to write one. A coding has exactly
// one memo (the newest about it): CodingMemoEditor, without chooser or "New memo".
// Other screens embed it: <MemoEditor projectId target={{ kind: 'source', id }} />.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { memoTargetKey, type Id, type MemoTarget } from '../../shared/model/index.ts';
import { useDatabase } from '../services/DatabaseContext.tsx';
import { memosOfTarget } from '../data/memos.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { MemoDocument } from './memoEditor/MemoDocument.tsx';
import { CodingMemoEditor } from './memoEditor/CodingMemoEditor.tsx';
import '../styles/memos.css';

type Props = {
  projectId: Id;
  target: MemoTarget;
  /** Open the editor straight away (e.g. a "Memo" button was just pressed) rather than a "Write a memo" button. */
  startWriting?: boolean;
};

/** Which memo the editor shows: a stored one, a new draft, or none chosen yet (newest is shown). */
type Editing = { kind: 'memo'; id: Id; session: number } | { kind: 'new'; session: number } | { kind: 'newest' };

export const MemoEditor = ({ projectId, target, startWriting = false }: Props) =>
  target.kind === 'coding' ? (
    <CodingMemoEditor projectId={projectId} codingId={target.id} startWriting={startWriting} />
  ) : (
    <TargetMemos projectId={projectId} target={target} startWriting={startWriting} />
  );

const TargetMemos = ({ projectId, target, startWriting = false }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const key = memoTargetKey(target);
  const memos = useLiveQuery(() => memosOfTarget(db, projectId, target), [db, projectId, key]);
  const [editing, setEditing] = useState<Editing>(startWriting ? { kind: 'new', session: 1 } : { kind: 'newest' });
  const [nextSession, setNextSession] = useState(2);

  if (memos === undefined) return <div className="memo-editor muted">{t('memos.loading')}</div>;

  const newest = memos[0] ?? null;
  const editingId = editing.kind === 'memo' ? editing.id : editing.kind === 'newest' ? (newest?.id ?? null) : null;
  const memo = editingId === null ? null : (memos.find((candidate) => candidate.id === editingId) ?? null);
  // A memo just created may not be in the list yet: keep its editor open rather than flicker.
  const showEditor = editing.kind !== 'newest' || memo !== null;
  const session = editing.kind === 'newest' ? `memo-${memo?.id ?? 'none'}` : `session-${editing.session}`;

  const startNew = () => {
    setEditing({ kind: 'new', session: nextSession });
    setNextSession(nextSession + 1);
  };

  return (
    <div className="memo-editor">
      <div className="memo-editor-bar">
        {memos.length > 1 && (
          <label className="memo-chooser">
            <span>{t('memos.editor.pick')}</span>
            <select
              value={memo?.id ?? ''}
              onChange={(event) => {
                setEditing({ kind: 'memo', id: event.currentTarget.value, session: nextSession });
                setNextSession(nextSession + 1);
              }}
            >
              {editing.kind === 'new' && memo === null && <option value="">{t('memos.editor.new')}</option>}
              {memos.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title === '' ? t('memos.untitled') : candidate.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {showEditor ? (
          <button type="button" className="button small" onClick={startNew}>
            {t('memos.editor.new')}
          </button>
        ) : (
          <button type="button" className="button small" onClick={startNew}>
            {t('memos.editor.write')}
          </button>
        )}
      </div>
      {showEditor && (
        <MemoDocument
          key={session}
          projectId={projectId}
          target={target}
          memo={memo}
          autoFocus={editing.kind === 'new'}
          onSaved={(saved) => {
            if (editing.kind === 'new') setEditing({ kind: 'memo', id: saved.id, session: editing.session });
          }}
          onDeleted={() => setEditing({ kind: 'newest' })}
        />
      )}
    </div>
  );
};
