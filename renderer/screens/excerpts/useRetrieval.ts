// Retrieval state: the picked codes and filters (remembered per project for the session, so "Open in source"
// and Back return to the same reading), the excerpts of the picked codes, and the filtered view of them.
// Filters run in memory over the retrieved excerpts, so changing one never touches the database.
import { useEffect, useMemo, useState } from 'react';
import type { CodedExcerpt } from '../../../shared/export/index.ts';
import type { Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useCodingSnapshot, useCodingStore } from '../../services/CodingStoreContext.tsx';
import { onDataEvent, writesTo } from '../../data/dataEvents.ts';
import { retrieveExcerpts } from '../../data/retrieval.ts';
import type { RetrievalFilters } from './excerptFilters.ts';

export type RetrievalSelection = { codeIds: Id[]; includeSubCodes: boolean; filters: RetrievalFilters };

const EMPTY_SELECTION: RetrievalSelection = { codeIds: [], includeSubCodes: true, filters: { roles: [], informants: [], kinds: [], coders: [] } };

/** Session memory of each project's last retrieval. */
const remembered = new Map<Id, RetrievalSelection>();

export type RetrievalResult =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; excerpts: CodedExcerpt[] };

export const useRetrievalSelection = (projectId: Id): [RetrievalSelection, (next: RetrievalSelection) => void] => {
  const [selection, setSelection] = useState<RetrievalSelection>(() => remembered.get(projectId) ?? EMPTY_SELECTION);
  const update = (next: RetrievalSelection) => {
    remembered.set(projectId, next);
    setSelection(next);
  };
  return [selection, update];
};

/** Excerpts of the picked codes, reloaded when a code, a coding or any memo changes. */
export const useRetrievedExcerpts = (projectId: Id, codeIds: readonly Id[], includeSubCodes: boolean): RetrievalResult => {
  const db = useDatabase();
  const store = useCodingStore();
  const snapshot = useCodingSnapshot();
  const [memoVersion, setMemoVersion] = useState(0);
  const [result, setResult] = useState<RetrievalResult>({ status: 'idle' });
  const codeKey = codeIds.join(',');

  useEffect(
    () =>
      onDataEvent((event) => {
        if (event.projectId === projectId && writesTo(event, 'memos', 'sources', 'coders')) {
          setMemoVersion((version) => version + 1);
        }
      }),
    [projectId],
  );

  useEffect(() => {
    if (store === null || codeKey === '') {
      setResult({ status: 'idle' });
      return;
    }
    let current = true;
    setResult((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    retrieveExcerpts(db, store, projectId, { codeIds: codeKey.split(','), includeSubCodes }).then(
      (excerpts) => {
        if (current) setResult({ status: 'ready', excerpts });
      },
      (error: unknown) => {
        if (current) setResult({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [db, store, projectId, codeKey, includeSubCodes, snapshot, memoVersion]);

  return result;
};

/** The values a filter can take within the retrieved excerpts (plus any already chosen). */
export const useFilterChoices = (excerpts: readonly CodedExcerpt[], filters: RetrievalFilters) =>
  useMemo(() => {
    const roles = new Set<string>(filters.roles);
    // Informants and coders are chosen by id and shown by name; one chosen earlier keeps its place even when no
    // excerpt is theirs any more.
    const informants = new Map<string, string>(filters.informants.map((id) => [id, id]));
    const coders = new Map<string, string>(filters.coders.map((id) => [id, id]));
    for (const excerpt of excerpts) {
      if (excerpt.roles.length === 0) roles.add('');
      for (const role of excerpt.roles) roles.add(role);
      if (excerpt.informants.length === 0) informants.set('', '');
      for (const person of excerpt.informants) informants.set(person.id, person.pseudonym);
      coders.set(excerpt.coding.coderId, excerpt.coderName || excerpt.coding.coderId);
    }
    const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
    const byName = (named: Map<string, string>) =>
      [...named].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { roles: sorted(roles), informants: byName(informants), coders: byName(coders) };
  }, [excerpts, filters.roles, filters.informants, filters.coders]);
