// React access to the open project's search index: builds it on first use (progress in the status) and
// answers queries, newest only — a reply to an older query never overwrites a newer one.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../app/DatabaseContext.tsx';
import { projectSearchFor, type ProjectSearchStatus } from '../../search/projectSearch.ts';
import type { SearchResults } from '../../search/searchProtocol.ts';

/** Most hits a query returns (the list shows them a page at a time). */
export const SEARCH_HIT_LIMIT = 2000;
const CONTEXT_CHARS = 70;
const TYPING_PAUSE_MS = 120;

/** Results with the query they answer (while a new query runs, the previous answer stays on screen). */
export type AnsweredQuery = SearchResults & { query: string };

export type QueryState =
  | { status: 'empty' }
  | { status: 'searching'; previous: AnsweredQuery | null }
  | { status: 'done'; results: AnsweredQuery }
  | { status: 'failed'; message: string };

export const useProjectSearch = (projectId: Id, query: string): { index: ProjectSearchStatus; results: QueryState } => {
  const db = useDatabase();
  const search = projectSearchFor(db, projectId);
  const index = useSyncExternalStore(search.subscribe, search.getStatus, search.getStatus);
  const [results, setResults] = useState<QueryState>({ status: 'empty' });
  // Re-run the query when the index changes underneath (a source added, corrected or deleted).
  const indexVersion = index.state === 'ready' ? index.revision : -1;

  useEffect(() => {
    search.ensureBuilt().catch(() => undefined);
  }, [search]);

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setResults({ status: 'empty' });
      return;
    }
    let current = true;
    setResults((previous) => ({ status: 'searching', previous: previous.status === 'done' ? previous.results : null }));
    const timer = setTimeout(() => {
      search.query(text, { limit: SEARCH_HIT_LIMIT, contextChars: CONTEXT_CHARS }).then(
        (answer) => {
          if (current) setResults({ status: 'done', results: { ...answer, query: text } });
        },
        (error: unknown) => {
          if (current) setResults({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search, query, indexVersion]);

  return { index, results };
};
