// The Search screen: full-text search over every source of the project (phrases, prefixes, accent- and
// case-insensitive), keyword-in-context results grouped by source, and "Code all hits" for the ticked hits.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KeywordInContextLine, SearchHit } from '../../../shared/search/index.ts';
import type { Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import type { Route } from '../../services/routes.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { listSourceSummaries } from '../../data/sources.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { CodeAllHitsBar } from './CodeAllHitsBar.tsx';
import { groupLines, hitKey, KwicResults, type SourceLabel } from './KwicResults.tsx';
import { searchCountLabel } from './searchCountLabel.ts';
import { SEARCH_PAGE_LINES, useProjectSearch, type AnsweredQuery } from './useProjectSearch.ts';
import '../../styles/excerpts.css';
import '../../styles/search.css';

type Props = { projectId: string; navigate: (route: Route) => void };

/** The query typed on the search screen survives leaving it (e.g. "open in source" and back) for the session. */
const rememberedQueries = new Map<Id, string>();

const EMPTY_SELECTION: ReadonlyMap<string, SearchHit> = new Map();

/** The line above the hits: "12 hits in 3 sources", and how many are listed when not all of them are. */
const ResultSummary = ({ shown, busy }: { shown: AnsweredQuery; busy: boolean }) => {
  const { t } = useTranslation();
  const hits = searchCountLabel('hits', shown.totalHits);
  const sources = searchCountLabel('sources', shown.matchedDocuments);
  return (
    <div className="search-summary" role="status" data-testid="search-summary" data-query={shown.query} aria-busy={busy}>
      {shown.totalHits === 0 ? t('search.noResults') : t('search.resultCount', { hits, sources })}
      {shown.lines.length < shown.totalHits && <span className="muted small"> · {searchCountLabel('shownOf', shown.lines.length)}</span>}
      {shown.totalHits > 0 && <span className="muted small"> · {t('search.time', { ms: Math.round(shown.elapsedMs * 10) / 10 })}</span>}
    </div>
  );
};

export const SearchScreen = ({ projectId, navigate }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const [query, setQueryState] = useState(() => rememberedQueries.get(projectId) ?? '');
  const [selected, setSelected] = useState(EMPTY_SELECTION);
  const summaries = useLiveQuery(() => listSourceSummaries(db, projectId), [db, projectId]);
  const sources = useMemo(
    () => new Map<string, SourceLabel>((summaries ?? []).map((source) => [source.id, { title: source.title, kind: source.kind }])),
    [summaries],
  );
  // Sources in title order: the index lists hits in this order, so pages follow the screen. A new array only
  // when the order really changes (the live query answers anew after any change to the sources table).
  const orderKey = useMemo(() => {
    if (summaries === undefined) return null;
    const sorted = [...summaries].sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    return sorted.map((source) => source.id).join('\n');
  }, [summaries]);
  const documentOrder = useMemo(() => (orderKey === null ? null : orderKey === '' ? [] : orderKey.split('\n')), [orderKey]);
  const { index, results, showMore, loadingMore, allHits } = useProjectSearch(projectId, query, documentOrder);
  const [selectingAll, setSelectingAll] = useState(false);
  const toasts = useToasts();
  const shown = results.status === 'done' ? results.results : results.status === 'searching' ? results.previous : null;
  const groups = useMemo(() => (shown === null ? [] : groupLines(shown.lines, shown.documents)), [shown]);
  const selectedKeys = useMemo(() => new Set(selected.keys()), [selected]);
  const selectedHits = useMemo(() => [...selected.values()], [selected]);

  const setQuery = (text: string) => {
    rememberedQueries.set(projectId, text);
    setQueryState(text);
    setSelected(EMPTY_SELECTION);
  };

  const toggle = useCallback((lines: readonly KeywordInContextLine[], checked: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      for (const line of lines) {
        if (checked) next.set(hitKey(line), line);
        else next.delete(hitKey(line));
      }
      return next;
    });
  }, []);
  const clearSelection = useCallback(() => setSelected(EMPTY_SELECTION), []);
  const selectAll = (all: boolean) => {
    if (!all) {
      clearSelection();
      return;
    }
    setSelectingAll(true);
    allHits()
      .then((hits) => {
        if (hits !== null) setSelected(new Map(hits.map((hit) => [hitKey(hit), hit])));
      })
      .catch((error: unknown) => toasts.reportError(error))
      .finally(() => setSelectingAll(false));
  };
  // The rows keep one open handler for the screen's life, whatever navigate the parent passes this time.
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  const open = useCallback((line: KeywordInContextLine) => {
    navigateRef.current({ screen: 'source', sourceId: line.documentId, highlight: { start: line.start, end: line.end } });
  }, []);

  const remaining = shown === null ? 0 : shown.totalHits - shown.lines.length;
  return (
    <section className="screen search-screen" aria-labelledby="search-heading">
      <div className="screen-header">
        <h1 id="search-heading">{t('search.title')}</h1>
        {index.state === 'ready' && <span className="muted">{t('search.indexReady', { documents: index.documents })}</span>}
      </div>
      <div className="search-box">
        <input
          type="search"
          aria-label={t('search.inputLabel')}
          placeholder={t('search.placeholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <p className="muted small">{t('search.help')}</p>
      </div>
      {index.state === 'building' && (
        <ProgressBar
          label={t('search.indexing', { done: index.done, total: index.total })}
          done={index.done}
          total={index.total}
          caption={t('search.indexing', { done: index.done, total: index.total })}
        />
      )}
      {index.state === 'failed' && (
        <p className="error-text" role="alert">
          {t('search.indexFailed', { reason: index.message })}
        </p>
      )}
      {results.status === 'failed' && (
        <p className="error-text" role="alert">
          {t('search.queryFailed', { reason: results.message })}
        </p>
      )}
      {results.status === 'empty' && index.state !== 'failed' && <p className="empty-state">{t('search.emptyQuery')}</p>}
      {results.status === 'searching' && shown === null && <p className="muted">{t('search.searching')}</p>}
      {shown !== null && (
        <>
          <ResultSummary shown={shown} busy={results.status === 'searching'} />
          {shown.totalHits > 0 && (
            <CodeAllHitsBar
              projectId={projectId}
              hits={selectedHits}
              totalHits={shown.totalHits}
              selectingAll={selectingAll}
              onSelectAll={selectAll}
              onCoded={clearSelection}
            />
          )}
          <KwicResults projectId={projectId} groups={groups} sources={sources} selected={selectedKeys} onToggle={toggle} onOpen={open} />
          {remaining > 0 && (
            <div className="list-more">
              <button type="button" className="button" disabled={loadingMore} onClick={showMore}>
                {loadingMore ? t('search.loadingMore') : searchCountLabel('showMore', Math.min(SEARCH_PAGE_LINES, remaining))}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
};
