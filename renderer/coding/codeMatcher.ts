// Fuzzy matching behind the keyboard code picker (fuse.js over code names and paths, location ignored so a few
// letters from anywhere in the name match). A blank query lists recent codes first, then the tree in order.
import Fuse from 'fuse.js';
import { codePath, flattenCodeTree, indexCodes, type CodeTreeNode } from '../../shared/codebook/index.ts';
import type { Id } from '../../shared/model/index.ts';

export type PickableCode = { id: Id; name: string; path: string; color: string; depth: number };

/** The codes in tree order with their full paths ("Business networks / Exporters and intermediaries"). */
export const pickableCodes = (tree: readonly CodeTreeNode[]): PickableCode[] => {
  const nodes = flattenCodeTree(tree);
  const byId = indexCodes(nodes.map((node) => node.code));
  return nodes.map((node) => ({ id: node.code.id, name: node.code.name, path: codePath(byId, node.code.id), color: node.code.color, depth: node.depth }));
};

export type CodeSearch = (query: string, limit?: number) => PickableCode[];

/** Builds the matcher once per code list (cheap: tens of codes); each query then takes well under a millisecond. */
export const createCodeSearch = (codes: readonly PickableCode[], recentIds: readonly Id[] = []): CodeSearch => {
  const fuse = new Fuse([...codes], {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'path', weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  const byId = new Map(codes.map((code) => [code.id, code]));
  const recent = recentIds.map((id) => byId.get(id)).filter((code): code is PickableCode => code !== undefined);
  const recentSet = new Set(recent.map((code) => code.id));
  const blank = [...recent, ...codes.filter((code) => !recentSet.has(code.id))];
  return (query, limit = 50) => {
    const trimmed = query.trim();
    if (trimmed === '') return blank.slice(0, limit);
    return fuse.search(trimmed, { limit }).map((result) => result.item);
  };
};

/** True when no code under the top level already carries this name (case- and space-insensitive). */
export const isNewCodeName = (codes: readonly PickableCode[], name: string): boolean => {
  const key = name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return key !== '' && !codes.some((code) => code.depth === 0 && code.name.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === key);
};
