// The Search screen: full-text search over every source of the project (phrases, prefixes, accent- and
// case-insensitive), keyword-in-context results grouped by source, and "Code all hits" for the ticked hits.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KeywordInContextLine } from '../../../shared/search/index.ts';
import type { Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../app/DatabaseContext.tsx';
import type { Route } from '../../app/routes.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { listSourceSummaries } from '../../data/sources.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { CodeAllHitsBar } from './CodeAllHitsBar.tsx';
import { groupLines, hitKey, KwicResults, type SourceLabel } from './KwicResults.tsx';
import { useProjectSearch } from './useProjectSearch.ts';
import '../../styles/retrieval.css';
import '../../styles/search.css';

type Props = { projectId: string; navigate: (route: Route) => void };

const PAGE_LINES = 200;

/** The query typed on the search screen survives leaving it (e.g. "open in source" and back) for the session. */
const rememberedQueries = new Map<Id, string>();

export const SearchScreen = ({ projectId, navigate }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const [query, setQueryState] = useState(() => rememberedQueries.get(projectId) ?? '');
  const [selected, setSelected] = useState<ReadonlyMap<string, KeywordInContextLine>>(new Map());
  const [shownLines, setShownLines] = useState(PAGE_LINES);
  const { index, results } = useProjectSearch(projectId, query);
  const summaries = useLiveQuery(() => listSourceSummaries(db, projectId), [db, projectId]);
  const sources = useMemo(
    () => new Map<string, SourceLabel>((summaries ?? []).map((source) => [source.id, { title: source.title, kind: source.kind }])),
    [summaries],
  );
  const shown = results.status === 'done' ? results.results : results.status === 'searching' ? results.previous : null;
  // Sources in title order, hits in text order, whatever order the index answers in.
  const sortedLines = useMemo(() => {
    if (shown === null) return [];
    const titleOf = (id: string) => sources.get(id)?.title ?? '';
    return [...shown.lines].sort(
      (a, b) => titleOf(a.documentId).localeCompare(titleOf(b.documentId)) || a.documentId.localeCompare(b.documentId) || a.start - b.start,
    );
  }, [shown, sources]);
  const groups = useMemo(() => groupLines(sortedLines, shownLines), [sortedLines, shownLines]);
  const selectedKeys = useMemo(() => new Set(selected.keys()), [selected]);

  const setQuery = (text: string) => {
    rememberedQueries.set(projectId, text);
    setQueryState(text);
    setSelected(new Map());
    setShownLines(PAGE_LINES);
  };

  const toggle = (lines: readonly KeywordInContextLine[], checked: boolean) => {
    const next = new Map(selected);
    for (const line of lines) {
      if (checked) next.set(hitKey(line), line);
      else next.delete(hitKey(line));
    }
    setSelected(next);
  };

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
          <div className="search-summary" role="status" data-testid="search-summary" data-query={shown.query} aria-busy={results.status === 'searching'}>
            {shown.totalHits === 0
              ? t('search.noResults')
              : shown.truncated
                ? t('search.resultCountTruncated', { shown: shown.lines.length, hits: shown.totalHits, sources: shown.matchedDocuments })
                : shown.matchedDocuments === 1
                  ? shown.totalHits === 1
                    ? t('search.resultCount.one')
                    : t('search.resultCount.oneSource', { hits: shown.totalHits })
                  : t('search.resultCount', { hits: shown.totalHits, sources: shown.matchedDocuments })}
            {shown.totalHits > 0 && <span className="muted small"> · {t('search.time', { ms: Math.round(shown.elapsedMs * 10) / 10 })}</span>}
          </div>
          {shown.totalHits > 0 && (
            <CodeAllHitsBar hits={[...selected.values()]} onCoded={() => setSelected(new Map())} />
          )}
          <KwicResults groups={groups} sources={sources} selected={selectedKeys} onToggle={toggle} navigate={navigate} />
          {shown.lines.length > shownLines && (
            <div className="list-more">
              <button type="button" className="button" onClick={() => setShownLines(shownLines + PAGE_LINES)}>
                {t('search.showMore', { count: Math.min(PAGE_LINES, shown.lines.length - shownLines) })}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
};
