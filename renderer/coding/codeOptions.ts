// The codes as pickable options (tree order, depth, full path, colour, counts) and fuzzy matching over them
// (fuse.js on name and path), shared by the retrieval code list and the search screen's code picker.
import Fuse from 'fuse.js';
import { codePath, flattenCodeTree, indexCodes, type CodeTreeNode } from '../../shared/codebook/index.ts';
import type { Id } from '../../shared/model/index.ts';

export type CodeOption = {
  id: Id;
  name: string;
  /** "Business networks / Exporters and intermediaries". */
  path: string;
  color: string;
  depth: number;
  ownCount: number;
  totalCount: number;
};

export const codeOptionsOf = (tree: readonly CodeTreeNode[]): CodeOption[] => {
  const nodes = flattenCodeTree(tree);
  const codesById = indexCodes(nodes.map((node) => node.code));
  return nodes.map((node) => ({
    id: node.code.id,
    name: node.code.name,
    path: codePath(codesById, node.code.id),
    color: node.code.color,
    depth: node.depth,
    ownCount: node.ownCodingCount,
    totalCount: node.totalCodingCount,
  }));
};

export type CodeMatcher = (query: string) => CodeOption[];

/** Matches on the name first, the path second, each word fuzzily; a blank query returns every option in tree order. */
export const createCodeMatcher = (options: readonly CodeOption[]): CodeMatcher => {
  const fuse = new Fuse([...options], {
    keys: [
      { name: 'name', weight: 2 },
      { name: 'path', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    // Words of the query match separately ("distrib effic" finds "Distribution efficiency").
    useExtendedSearch: true,
  });
  return (query) => {
    const trimmed = query.trim();
    return trimmed === '' ? [...options] : fuse.search(trimmed).map((result) => result.item);
  };
};
