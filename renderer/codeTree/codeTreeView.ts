// Pure helpers of the code tree view: which rows show (collapse and filter), and where a drag-and-drop or a
// keyboard move (up, down, indent, outdent) puts a code as a (new parent, index among siblings) pair.
import type { CodeTreeNode } from '../../shared/codebook/index.ts';
import type { Code, Id } from '../../shared/model/index.ts';

export type VisibleRow = { node: CodeTreeNode; hasChildren: boolean; expanded: boolean; parentId: Id | null };

/**
 * Rows in display order. Without a filter, children of collapsed codes are hidden; with a filter (`matches`),
 * a code shows when it or one of its sub-codes matches, and every level is open so the matches are in view.
 */
export const visibleRows = (roots: readonly CodeTreeNode[], collapsed: ReadonlySet<Id>, matches: ReadonlySet<Id> | null): VisibleRow[] => {
  const rows: VisibleRow[] = [];
  const shows = new Map<Id, boolean>();
  const anyMatch = (node: CodeTreeNode): boolean => {
    const known = shows.get(node.code.id);
    if (known !== undefined) return known;
    let result = matches === null || matches.has(node.code.id);
    for (const child of node.children) if (anyMatch(child)) result = true;
    shows.set(node.code.id, result);
    return result;
  };
  const walk = (nodes: readonly CodeTreeNode[], parentId: Id | null) => {
    for (const node of nodes) {
      if (!anyMatch(node)) continue;
      const hasChildren = node.children.length > 0;
      const expanded = hasChildren && (matches !== null || !collapsed.has(node.code.id));
      rows.push({ node, hasChildren, expanded, parentId });
      if (expanded) walk(node.children, node.code.id);
    }
  };
  walk(roots, null);
  return rows;
};

export type DropPosition = 'before' | 'after' | 'inside';
export type Placement = { parentId: Id | null; index: number };

/** Which part of a row the pointer is over: top quarter before, bottom quarter after, the middle inside. */
export const dropPositionAt = (offsetY: number, height: number): DropPosition => {
  if (offsetY < height * 0.25) return 'before';
  if (offsetY > height * 0.75) return 'after';
  return 'inside';
};

const ordered = (codes: readonly Code[], parentId: Id | null, exceptId: Id): Code[] =>
  codes.filter((code) => code.parentId === parentId && code.id !== exceptId).sort((a, b) => a.order - b.order);

/** True when `candidateId` is `codeId` or lies below it: a code can never go there. */
export const isInSubtree = (codes: readonly Code[], codeId: Id, candidateId: Id): boolean => {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const seen = new Set<Id>();
  let current = byId.get(candidateId);
  while (current !== undefined && !seen.has(current.id)) {
    if (current.id === codeId) return true;
    seen.add(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return false;
};

/** Where dropping `draggedId` on `target` puts it; null when refused (onto itself or into its own subtree). */
export const dropPlacement = (codes: readonly Code[], draggedId: Id, target: Code, position: DropPosition): Placement | null => {
  if (isInSubtree(codes, draggedId, target.id)) return null;
  if (position === 'inside') return { parentId: target.id, index: ordered(codes, target.id, draggedId).length };
  const siblings = ordered(codes, target.parentId, draggedId);
  const at = siblings.findIndex((sibling) => sibling.id === target.id);
  return { parentId: target.parentId, index: position === 'before' ? at : at + 1 };
};

export type KeyboardMove = 'up' | 'down' | 'indent' | 'outdent';

/** Where a keyboard move puts the code; null when it cannot go that way (first, last, top level, no sibling above). */
export const keyboardPlacement = (codes: readonly Code[], code: Code, move: KeyboardMove): Placement | null => {
  const siblings = ordered(codes, code.parentId, '');
  const at = siblings.findIndex((sibling) => sibling.id === code.id);
  switch (move) {
    case 'up':
      return at > 0 ? { parentId: code.parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { parentId: code.parentId, index: at + 1 } : null;
    case 'indent': {
      const above = siblings[at - 1];
      return above === undefined ? null : { parentId: above.id, index: ordered(codes, above.id, code.id).length };
    }
    case 'outdent': {
      if (code.parentId === null) return null;
      const parent = codes.find((candidate) => candidate.id === code.parentId);
      if (parent === undefined) return null;
      const parentLevel = ordered(codes, parent.parentId, code.id);
      return { parentId: parent.parentId, index: parentLevel.findIndex((sibling) => sibling.id === parent.id) + 1 };
    }
  }
};
