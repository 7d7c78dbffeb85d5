// The Memos screen: every memo of the project (what it is attached to, title, last update, first words),
// filtered by target kind and searched (fuzzy, titles and text); the chosen memo opens in the editor pane, under the
// words it is anchored to and the Word comment it came from, if any.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, MemoTarget } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { MemoDocument } from '../../components/memoEditor/MemoDocument.tsx';
import { useCodingSnapshot } from '../../services/CodingStoreContext.tsx';
import { listMemos } from '../../data/memos.ts';
import { getProject } from '../../data/projects.ts';
import { getSource, listSourceSummaries } from '../../data/sources.ts';
import { MemoAnchorFacts } from '../../components/MemoAnchorFacts.tsx';
import { MemoOriginNote } from './MemoOriginNote.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { filterMemoItems, MEMO_TARGET_KINDS, memoExcerpt, memoListItems, type MemoTargetKind } from './memoListing.ts';
import '../../styles/memos.css';

type Props = { projectId: string; navigate: (route: Route) => void };

/** The editor pane: a stored memo or a new project memo; `session` remounts the editor when the choice changes. */
type Open = { kind: 'memo'; id: Id; target: MemoTarget; session: number } | { kind: 'new'; session: number } | null;

const PROJECT_TARGET: MemoTarget = { kind: 'project' };

const asKind = (value: string): MemoTargetKind | null => MEMO_TARGET_KINDS.find((kind) => kind === value) ?? null;

export const MemosScreen = ({ projectId }: Props) => {
  const db = useDatabase();
  const { t, formatDateTime } = useTranslation();
  const memos = useLiveQuery(() => listMemos(db, projectId), [db, projectId]);
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  const sources = useLiveQuery(() => listSourceSummaries(db, projectId), [db, projectId]);
  const snapshot = useCodingSnapshot();
  const [kind, setKind] = useState<MemoTargetKind | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const [session, setSession] = useState(1);

  const items = useMemo(
    () =>
      memoListItems(memos ?? [], {
        projectName: project?.name ?? '',
        sourceTitles: new Map((sources ?? []).map((source) => [source.id, source.title])),
        snapshot,
        missing: t('memos.target.missing'),
        codingName: (code, source) => t('memos.target.codingName', { code, source }),
      }),
    // `t` is left out: it is a new function every render and the locale does not change while the screen is open.
    [memos, project, sources, snapshot],
  );
  const visible = useMemo(() => filterMemoItems(items, kind, query), [items, kind, query]);
  const openMemo = open?.kind === 'memo' ? (memos?.find((memo) => memo.id === open.id) ?? null) : null;
  const openSourceId = openMemo?.target.kind === 'source' ? openMemo.target.id : null;
  const openSourceText = useLiveQuery(async () => (openSourceId === null ? null : ((await getSource(db, openSourceId))?.text ?? null)), [db, openSourceId]);

  const choose = (next: { kind: 'memo'; id: Id; target: MemoTarget } | { kind: 'new' }) => {
    setOpen({ ...next, session });
    setSession(session + 1);
  };

  return (
    <section className="screen memos-screen" aria-labelledby="memos-heading">
      <div className="screen-header">
        <h1 id="memos-heading">{t('memos.title')}</h1>
        {memos !== undefined && <span className="muted">{t('memos.count', { shown: visible.length, total: memos.length })}</span>}
        <div className="screen-header-actions">
          <button type="button" className="button primary" onClick={() => choose({ kind: 'new' })}>
            {t('memos.newProjectMemo')}
          </button>
        </div>
      </div>
      <div className="memos-layout">
        <div className="memos-list-pane">
          <div className="filter-bar">
            <input
              type="search"
              className="memo-search"
              aria-label={t('memos.search.label')}
              placeholder={t('memos.search.placeholder')}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
            />
            <label>
              {t('memos.filter.kind')}
              <select value={kind ?? ''} onChange={(event) => setKind(asKind(event.currentTarget.value))}>
                <option value="">{t('memos.filter.all')}</option>
                {MEMO_TARGET_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {t(`memos.target.${option}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {memos === undefined && <p className="muted">{t('memos.loading')}</p>}
          {memos !== undefined && memos.length === 0 && <p className="empty-state">{t('memos.empty')}</p>}
          {memos !== undefined && memos.length > 0 && visible.length === 0 && <p className="empty-state">{t('memos.noMatch')}</p>}
          <ul className="memos-index" aria-label={t('memos.list.label')}>
            {visible.map(({ memo, targetName }) => (
              <li key={memo.id}>
                <button
                  type="button"
                  className={`list-card memo-list-item${open?.kind === 'memo' && open.id === memo.id ? ' active' : ''}`}
                  aria-current={open?.kind === 'memo' && open.id === memo.id ? 'true' : undefined}
                  onClick={() => choose({ kind: 'memo', id: memo.id, target: memo.target })}
                >
                  <span className="memo-list-target">
                    <span className={`memo-kind memo-kind-${memo.target.kind}`}>{t(`memos.target.${memo.target.kind}`)}</span>
                    <span className="memo-target-name">{targetName}</span>
                  </span>
                  <span className="memo-list-title">{memo.title === '' ? t('memos.untitled') : memo.title}</span>
                  <span className="memo-list-excerpt">{memoExcerpt(memo)}</span>
                  <MemoOriginNote memo={memo} />
                  <span className="memo-list-date muted small">{t('memos.updated', { date: formatDateTime(memo.updatedAt) })}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="memo-pane panel">
          {open === null && <p className="muted">{t('memos.pickOne')}</p>}
          {openMemo !== null && <MemoAnchorFacts memo={openMemo} sourceText={openSourceText ?? null} />}
          {open !== null && (
            <MemoDocument
              key={open.session}
              projectId={projectId}
              target={open.kind === 'memo' ? open.target : PROJECT_TARGET}
              memo={openMemo}
              autoFocus={open.kind === 'new'}
              onSaved={(saved) => {
                if (open.kind === 'new') setOpen({ kind: 'memo', id: saved.id, target: saved.target, session: open.session });
              }}
              onDeleted={() => setOpen(null)}
            />
          )}
        </div>
      </div>
    </section>
  );
};
