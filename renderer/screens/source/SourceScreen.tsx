// The source view: the coding workspace over the read-only transcript, and beside it the code tree (click or drag
// a code onto the selection), the source's details, its speakers, the memos anchored to its words and its memo.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { listInformants } from '../../data/informants.ts';
import { deleteSource, getSource } from '../../data/sources.ts';
import { deletionImpact } from '../../data/deletionImpact.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { SourceMetadata } from './SourceMetadata.tsx';
import { SpeakersPanel } from './SpeakersPanel.tsx';
import { MemoEditor } from '../../components/MemoEditor.tsx';
import { SummarySheetButton } from '../../components/SummarySheetButton.tsx';
import { CodeTreePanel } from '../../codeTree/CodeTreePanel.tsx';
import { TranscriptWorkspace } from './TranscriptWorkspace.tsx';
import { sourceDeletionMessage } from './sourceDeletionMessage.ts';
import { AnchoredMemosPanel } from './AnchoredMemosPanel.tsx';
import { useAnchoredMemos } from './useAnchoredMemos.ts';
import { memoRangeOf, type Memo, type MemoRange } from '../../../shared/model/index.ts';
import '../../styles/coding.css';

type Props = {
  projectId: string;
  sourceId: string;
  highlight: { start: number; end: number } | null;
  /** Open in correction mode (asked for by a member check's "Correct the transcript…"). */
  correct?: boolean;
  /** The member check the correction was asked for from: a link back to it. */
  fromMemberCheckId?: string | null;
  navigate: (route: Route) => void;
};

export const SourceScreen = ({ projectId, sourceId, highlight, correct = false, fromMemberCheckId = null, navigate }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const source = useLiveQuery(async () => (await getSource(db, sourceId)) ?? null, [db, sourceId]);
  const informants = useLiveQuery(() => listInformants(db, projectId), [db, projectId]) ?? [];
  const { runWrite, notify } = useToasts();
  const undo = useUndoManager();
  // The confirmation's message, once what the source takes with it has been counted (null: not confirming).
  const [deleteMessage, setDeleteMessage] = useState<string | null>(null);
  const anchoredMemos = useAnchoredMemos(projectId, sourceId);
  // The anchored memo opened in the margin, and the words it is on (flashed in the transcript).
  const [openMemoId, setOpenMemoId] = useState<string | null>(null);
  const [memoWords, setMemoWords] = useState<MemoRange | null>(null);
  const anchors = useMemo(
    () => anchoredMemos.flatMap((memo) => {
      const range = memoRangeOf(memo);
      return range === null ? [] : [{ memoId: memo.id, ...range }];
    }),
    [anchoredMemos],
  );
  const openAnchoredMemo = (memo: Memo | null) => {
    setOpenMemoId(memo?.id ?? null);
    if (memo !== null) setMemoWords(memoRangeOf(memo));
  };

  if (source === undefined) return <div className="screen muted" role="status">{t('app.loading')}</div>;
  if (source === null || source.projectId !== projectId) {
    return (
      <section className="screen">
        <p className="empty-state">{t('source.notFound')}</p>
        <button type="button" className="button" onClick={() => navigate({ screen: 'sources', informantId: null })}>
          {t('source.backToList')}
        </button>
      </section>
    );
  }

  return (
    <section className="screen source-screen" aria-labelledby="source-heading">
      <div className="screen-header">
        <button type="button" className="button link" onClick={() => navigate({ screen: 'sources', informantId: null })}>
          ← {t('source.backToList')}
        </button>
        {fromMemberCheckId !== null && (
          <button type="button" className="button link" onClick={() => navigate({ screen: 'member-checks', memberCheckId: fromMemberCheckId })}>
            ← {t('memberChecksScreen.back')}
          </button>
        )}
        <span className="spacer" />
        <SummarySheetButton source={source} navigate={navigate} />
        <button
          type="button"
          className="button small danger-outline"
          onClick={() => void runWrite(async () => setDeleteMessage(sourceDeletionMessage(source.title, await deletionImpact(db, 'sources', source.id))))}
        >
          {t('source.delete.button')}
        </button>
      </div>
      {deleteMessage !== null && (
        <ConfirmDialog
          title={t('source.delete.title')}
          message={deleteMessage}
          confirmLabel={t('source.delete.confirm')}
          onCancel={() => setDeleteMessage(null)}
          onConfirm={() => {
            setDeleteMessage(null);
            void runWrite(async () => {
              await deleteSource(db, source.id, undo);
              return true;
            }).then((deleted) => {
              if (deleted === undefined) return;
              navigate({ screen: 'sources', informantId: null });
              notify(t('source.deleted', { title: source.title }), undoToastAction(undo, t('app.action.undo')));
            });
          }}
        />
      )}
      <h1 id="source-heading" className="source-title">{source.title}</h1>
      <div className="source-layout">
        <div className="source-main">
          <TranscriptWorkspace
            projectId={projectId}
            source={source}
            highlight={memoWords ?? highlight}
            startCorrecting={correct}
            memoAnchors={anchors}
            onMemoAnchor={(memoId) => openAnchoredMemo(anchoredMemos.find((memo) => memo.id === memoId) ?? null)}
          />
        </div>
        <aside className="source-side">
          <section className="panel source-codes" aria-labelledby="source-codes-heading">
            <h2 id="source-codes-heading" className="panel-title">{t('coding.side.title')}</h2>
            <CodeTreePanel projectId={projectId} mode="coding" />
          </section>
          <AnchoredMemosPanel projectId={projectId} source={source} memos={anchoredMemos} openId={openMemoId} onOpen={openAnchoredMemo} />
          <SourceMetadata source={source} informants={informants} navigate={navigate} />
          <SpeakersPanel source={source} informants={informants} />
          <section className="panel source-memo" aria-labelledby="source-memo-heading">
            <h2 id="source-memo-heading" className="panel-title">{t('coding.sourceMemo.title')}</h2>
            <MemoEditor projectId={projectId} target={{ kind: 'source', id: source.id }} />
          </section>
        </aside>
      </div>
    </section>
  );
};
