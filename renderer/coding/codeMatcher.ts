// The one fuzzy code matcher (fuse.js over code names and paths) behind every place that finds a code by typing:
// the keyboard code picker, the Coded excerpts checklist, the search screen's "Code all hits" picker, the code
// tree's filter box and the merge dialog. Location is ignored, so a few letters from anywhere in a name match, and
// each word of the query matches on its own ("distrib effic" finds "Distribution efficiency").
import Fuse from 'fuse.js';
import { codePath, flattenCodeTree, indexCodes, type CodeTreeNode } from '../../shared/codebook/index.ts';
import type { Id } from '../../shared/model/index.ts';

export type PickableCode = {
  id: Id;
  name: string;
  /** "Business networks / Exporters and intermediaries". */
  path: string;
  color: string;
  depth: number;
  /** Codings of this code alone, and with its sub-codes' (zero when the tree was built without codings). */
  ownCount: number;
  totalCount: number;
};

/** The codes in tree order with their full paths, depths and coding counts. */
export const pickableCodes = (tree: readonly CodeTreeNode[]): PickableCode[] => {
  const nodes = flattenCodeTree(tree);
  const byId = indexCodes(nodes.map((node) => node.code));
  return nodes.map((node) => ({
    id: node.code.id,
    name: node.code.name,
    path: codePath(byId, node.code.id),
    color: node.code.color,
    depth: node.depth,
    ownCount: node.ownCodingCount,
    totalCount: node.totalCodingCount,
  }));
};

/** The codes matching `query`, best first, at most `limit` (every match when omitted). */
export type CodeSearch = (query: string, limit?: number) => PickableCode[];

/**
 * Builds the matcher once per code list (cheap: tens of codes); each query then takes well under a millisecond.
 * A blank query lists the `recentIds` codes first, then the rest in tree order.
 */
export const createCodeSearch = (codes: readonly PickableCode[], recentIds: readonly Id[] = []): CodeSearch => {
  const list = [...codes];
  const keys = [
    { name: 'name', weight: 3 },
    { name: 'path', weight: 1 },
  ];
  const options = { keys, threshold: 0.35, ignoreLocation: true };
  // One index, two searchers: a one-word query (what the picker sees on every keystroke) skips the extended-search
  // parsing that matches each word of a longer query on its own.
  const index = Fuse.createIndex(keys, list);
  const oneWord = new Fuse(list, options, index);
  const wordByWord = new Fuse(list, { ...options, useExtendedSearch: true }, index);
  const byId = new Map(codes.map((code) => [code.id, code]));
  const recent = recentIds.map((id) => byId.get(id)).filter((code): code is PickableCode => code !== undefined);
  const recentSet = new Set(recent.map((code) => code.id));
  const blank = [...recent, ...codes.filter((code) => !recentSet.has(code.id))];
  return (query, limit) => {
    const trimmed = query.trim();
    if (trimmed === '') return limit === undefined ? [...blank] : blank.slice(0, limit);
    const fuse = /\s/.test(trimmed) ? wordByWord : oneWord;
    const results = limit === undefined ? fuse.search(trimmed) : fuse.search(trimmed, { limit });
    return results.map((result) => result.item);
  };
};

/** True when no code under the top level already carries this name (case- and space-insensitive). */
export const isNewCodeName = (codes: readonly PickableCode[], name: string): boolean => {
  const key = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return key !== '' && !codes.some((code) => code.depth === 0 && code.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === key);
};
