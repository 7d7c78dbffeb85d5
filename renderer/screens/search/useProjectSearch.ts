// React access to the open project's search index: builds it on first use (progress in the status) and answers
// the query on every keystroke — no typing pause: the Worker answers in milliseconds, a newer query withdraws the
// older one, and a reply to an older query never overwrites a newer one. Only the first page of hits travels to
// this thread; "show more" fetches the next page.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { SearchHit } from '../../../shared/search/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { projectSearchFor, type ProjectSearchStatus } from '../../search/projectSearch.ts';
import { isAbortError } from '../../workers/rpcClient.ts';
import type { SearchResults } from '../../search/searchProtocol.ts';

/** Hits per page: keyword-in-context lines built, sent and rendered per query or per "show more". */
export const SEARCH_PAGE_LINES = 200;
const CONTEXT_CHARS = 70;

/** Results with the query they answer; `lines` grows by a page with each "show more". */
export type AnsweredQuery = SearchResults & { query: string };

export type QueryState =
  | { status: 'empty' }
  | { status: 'searching'; previous: AnsweredQuery | null }
  | { status: 'done'; results: AnsweredQuery }
  | { status: 'failed'; message: string };

export type ProjectSearchView = {
  index: ProjectSearchStatus;
  results: QueryState;
  /** Fetches the next page of the answered query (no-op while one is on its way or when all are shown). */
  showMore: () => void;
  loadingMore: boolean;
  /** Every hit of the answered query (shown or not), or null when the query changed meanwhile. */
  allHits: () => Promise<SearchHit[] | null>;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `documentOrder` lists source ids in the order results are shown (hits come in that order, so a page is a page
 * of the list); null while it is not known yet, and then no query is sent.
 */
export const useProjectSearch = (projectId: Id, query: string, documentOrder: readonly string[] | null): ProjectSearchView => {
  const db = useDatabase();
  const search = projectSearchFor(db, projectId);
  const index = useSyncExternalStore(search.subscribe, search.getStatus, search.getStatus);
  const [results, setResults] = useState<QueryState>({ status: 'empty' });
  const [loadingMore, setLoadingMore] = useState(false);
  /** The answer on screen, so a re-query of the same words (index changed, order changed) keeps as many lines. */
  const answered = useRef<AnsweredQuery | null>(null);
  // Re-run the query when the index changes underneath (a source added, corrected or deleted).
  const indexVersion = index.state === 'ready' ? index.revision : -1;

  useEffect(() => {
    search.ensureBuilt().catch(() => undefined);
  }, [search]);

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      answered.current = null;
      setResults({ status: 'empty' });
      return;
    }
    setResults((previous) =>
      previous.status === 'searching' ? previous : { status: 'searching', previous: previous.status === 'done' ? previous.results : null },
    );
    if (documentOrder === null) return;
    const controller = new AbortController();
    const same = answered.current?.query === text ? answered.current : null;
    const limit = Math.max(SEARCH_PAGE_LINES, same?.lines.length ?? 0);
    search.query(text, { limit, contextChars: CONTEXT_CHARS, documentOrder }, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        const next = { ...answer, query: text };
        answered.current = next;
        setResults({ status: 'done', results: next });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setResults({ status: 'failed', message: messageOf(error) });
      },
    );
    return () => controller.abort();
  }, [search, query, indexVersion, documentOrder]);

  const showMore = useCallback(() => {
    const shown = answered.current;
    if (shown === null || loadingMore || shown.lines.length >= shown.totalHits) return;
    setLoadingMore(true);
    const options = { limit: SEARCH_PAGE_LINES, offset: shown.lines.length, contextChars: CONTEXT_CHARS, documentOrder: documentOrder ?? undefined };
    search
      .query(shown.query, options)
      .then(
        (page) => {
          // A newer query (or a re-query after an index change) has replaced the answer: drop this page.
          if (answered.current !== shown) return;
          const next = { ...shown, lines: [...shown.lines, ...page.lines], truncated: page.truncated, elapsedMs: page.elapsedMs };
          answered.current = next;
          setResults({ status: 'done', results: next });
        },
        (error: unknown) => {
          if (answered.current === shown) setResults({ status: 'failed', message: messageOf(error) });
        },
      )
      .finally(() => setLoadingMore(false));
  }, [search, documentOrder, loadingMore]);

  const allHits = useCallback(async (): Promise<SearchHit[] | null> => {
    const shown = answered.current;
    if (shown === null) return null;
    const hits = await search.hits(shown.query, { documentOrder: documentOrder ?? undefined });
    return answered.current?.query === shown.query ? hits : null;
  }, [search, documentOrder]);

  return { index, results, showMore, loadingMore, allHits };
};
