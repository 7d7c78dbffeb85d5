// Read-only views of the code tree: children in order, descendants, the nested tree with coding counts, code paths.
import type { Code, Coding } from '../model/index.ts';
import type { Id } from '../model/ids.ts';

export type CodeTreeNode = {
  code: Code;
  depth: number;
  children: CodeTreeNode[];
  /** Codings applied to this code itself. */
  ownCodingCount: number;
  /** Codings applied to this code or any code below it. */
  totalCodingCount: number;
};

export const CODE_PATH_SEPARATOR = ' / ';

const bySiblingOrder = (a: Code, b: Code): number => a.order - b.order || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** Maps each parent id (null = top level) to its children, sorted by `order`. */
export const childrenByParent = (codes: readonly Code[]): Map<Id | null, Code[]> => {
  const ids = new Set(codes.map((code) => code.id));
  const groups = new Map<Id | null, Code[]>();
  for (const code of codes) {
    // A code whose parent is missing (damaged data) is shown at the top level rather than lost.
    const parentId = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const group = groups.get(parentId);
    if (group === undefined) groups.set(parentId, [code]);
    else group.push(code);
  }
  for (const group of groups.values()) group.sort(bySiblingOrder);
  return groups;
};

/** The children of one code (or of the top level), sorted by `order`. */
export const siblingsUnder = (codes: readonly Code[], parentId: Id | null): Code[] =>
  codes.filter((code) => code.parentId === parentId).sort(bySiblingOrder);

/** Ids of every code below `codeId` (not including it), found breadth-first; safe against parent cycles. */
export const descendantIds = (codes: readonly Code[], codeId: Id): Set<Id> => {
  const groups = childrenByParent(codes);
  const found = new Set<Id>();
  const queue: Id[] = [codeId];
  for (let next = 0; next < queue.length; next += 1) {
    const current = queue[next];
    for (const child of groups.get(current) ?? []) {
      if (child.id === codeId || found.has(child.id)) continue;
      found.add(child.id);
      queue.push(child.id);
    }
  }
  return found;
};

/** The code and every code below it. */
export const subtreeIds = (codes: readonly Code[], codeId: Id): Set<Id> => {
  const ids = descendantIds(codes, codeId);
  ids.add(codeId);
  return ids;
};

/** How many codings each code has (codes without codings are absent). */
export const countCodingsByCode = (codings: readonly Coding[]): Map<Id, number> => {
  const own = new Map<Id, number>();
  for (const coding of codings) own.set(coding.codeId, (own.get(coding.codeId) ?? 0) + 1);
  return own;
};

const isCountMap = (value: readonly Coding[] | ReadonlyMap<Id, number>): value is ReadonlyMap<Id, number> => value instanceof Map;

/**
 * Nested view of the code tree with coding counts including and excluding descendants. `codings` may be the
 * codings themselves or their counts per code already kept elsewhere (a store counting incrementally).
 */
export const buildCodeTree = (codes: readonly Code[], codings: readonly Coding[] | ReadonlyMap<Id, number>): CodeTreeNode[] => {
  const own = isCountMap(codings) ? codings : countCodingsByCode(codings);
  const groups = childrenByParent(codes);
  const placed = new Set<Id>();

  const build = (code: Code, depth: number): CodeTreeNode => {
    placed.add(code.id);
    const children = (groups.get(code.id) ?? []).filter((child) => !placed.has(child.id)).map((child) => build(child, depth + 1));
    const ownCodingCount = own.get(code.id) ?? 0;
    const totalCodingCount = children.reduce((sum, child) => sum + child.totalCodingCount, ownCodingCount);
    return { code, depth, children, ownCodingCount, totalCodingCount };
  };

  const roots = (groups.get(null) ?? []).map((code) => build(code, 0));
  // Codes caught in a parent cycle (damaged data) never hang below a root; show them at the top level.
  for (const code of [...codes].sort(bySiblingOrder)) if (!placed.has(code.id)) roots.push(build(code, 0));
  return roots;
};

/** Depth-first list of the tree's nodes, in display order. */
export const flattenCodeTree = (nodes: readonly CodeTreeNode[]): CodeTreeNode[] =>
  nodes.flatMap((node) => [node, ...flattenCodeTree(node.children)]);

/** The names from the top level down to the code, e.g. ["Business networks", "Exporters and intermediaries"]. */
export const codePathNames = (codesById: ReadonlyMap<Id, Code>, codeId: Id): string[] => {
  const names: string[] = [];
  const seen = new Set<Id>();
  let current = codesById.get(codeId);
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId === null ? undefined : codesById.get(current.parentId);
  }
  return names;
};

/** "Business networks / Exporters and intermediaries"; empty when the code is unknown. */
export const codePath = (codesById: ReadonlyMap<Id, Code>, codeId: Id, separator: string = CODE_PATH_SEPARATOR): string =>
  codePathNames(codesById, codeId).join(separator);

export const indexCodes = (codes: readonly Code[]): Map<Id, Code> => new Map(codes.map((code) => [code.id, code]));
