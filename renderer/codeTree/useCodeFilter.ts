// The code tree's filter box: which codes match the typed query, through the one code matcher (coding/codeMatcher.ts).
import { useMemo } from 'react';
import type { CodeTreeNode } from '../../shared/codebook/index.ts';
import type { Id } from '../../shared/model/index.ts';
import { createCodeSearch, pickableCodes } from '../coding/codeMatcher.ts';

/** Ids of the codes that match `query`; null when the query is blank (no filtering). */
export const useCodeFilter = (tree: readonly CodeTreeNode[], query: string): ReadonlySet<Id> | null => {
  const search = useMemo(() => createCodeSearch(pickableCodes(tree)), [tree]);
  return useMemo(() => {
    if (query.trim() === '') return null;
    return new Set(search(query).map((code) => code.id));
  }, [search, query]);
};
