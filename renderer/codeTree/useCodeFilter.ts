// Fuzzy matching of code names (fuse.js) for the tree's filter box and the merge dialog's code picker.
import { useMemo } from 'react';
import Fuse from 'fuse.js';
import type { Code, Id } from '../../shared/model/index.ts';

const FUSE_OPTIONS = { keys: ['name'], threshold: 0.35, ignoreLocation: true, includeScore: false };

export const buildCodeMatcher = (codes: readonly Code[]): Fuse<Code> => new Fuse([...codes], FUSE_OPTIONS);

/** Ids of the codes whose name matches `query`; null when the query is blank (no filtering). */
export const useCodeFilter = (codes: readonly Code[], query: string): ReadonlySet<Id> | null => {
  const matcher = useMemo(() => buildCodeMatcher(codes), [codes]);
  return useMemo(() => {
    const trimmed = query.trim();
    if (trimmed === '') return null;
    return new Set(matcher.search(trimmed).map((result) => result.item.id));
  }, [matcher, query]);
};
