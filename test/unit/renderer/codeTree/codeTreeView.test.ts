// Where drag-and-drop and keyboard moves put a code, and which rows the tree shows under collapse and filter.
import { describe, expect, it } from 'vitest';
import { buildCodeTree, createCode, moveCode, type CodingSnapshot } from '../../../../shared/codebook/index.ts';
import type { Code } from '../../../../shared/model/index.ts';
import {
  dropPlacement, dropPositionAt, isInSubtree, keyboardPlacement, visibleRows,
} from '../../../../renderer/codeTree/codeTreeView.ts';
import { undoKeyOf } from '../../../../renderer/shell/useUndoShortcuts.ts';

/** A small tree: A (A1, A2 (A2x)), B, C — built with the real code-tree operations. */
const sampleSnapshot = (): CodingSnapshot => {
  let counter = 0;
  const context = { now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` };
  let snapshot: CodingSnapshot = { codes: [], codings: [] };
  const add = (name: string, parent: string | null): string => {
    const parentId = parent === null ? null : (snapshot.codes.find((code) => code.name === parent)?.id ?? null);
    const outcome = createCode(snapshot, { projectId: 'p', parentId, name }, context);
    snapshot = outcome.snapshot;
    return outcome.code.id;
  };
  add('A', null);
  add('A1', 'A');
  add('A2', 'A');
  add('A2x', 'A2');
  add('B', null);
  add('C', null);
  return snapshot;
};

const named = (snapshot: CodingSnapshot, name: string): Code => {
  const code = snapshot.codes.find((candidate) => candidate.name === name);
  if (code === undefined) throw new Error(`no code ${name}`);
  return code;
};

/** Applies a placement with the real moveCode and returns the outline "depth name". */
const outlineAfter = (snapshot: CodingSnapshot, name: string, placement: { parentId: string | null; index: number } | null): string[] => {
  if (placement === null) throw new Error('placement refused');
  const next = moveCode(snapshot, named(snapshot, name).id, placement.parentId, placement.index).snapshot;
  return visibleRows(buildCodeTree(next.codes, next.codings), new Set(), null).map((row) => `${row.node.depth} ${row.node.code.name}`);
};

describe('drop placement', () => {
  it('reads the pointer position as before, inside or after', () => {
    expect(dropPositionAt(2, 30)).toBe('before');
    expect(dropPositionAt(15, 30)).toBe('inside');
    expect(dropPositionAt(28, 30)).toBe('after');
  });

  it('drops before, after and inside another code', () => {
    const snapshot = sampleSnapshot();
    expect(outlineAfter(snapshot, 'C', dropPlacement(snapshot.codes, named(snapshot, 'C').id, named(snapshot, 'A1'), 'before')))
      .toEqual(['0 A', '1 C', '1 A1', '1 A2', '2 A2x', '0 B']);
    expect(outlineAfter(snapshot, 'A1', dropPlacement(snapshot.codes, named(snapshot, 'A1').id, named(snapshot, 'B'), 'after')))
      .toEqual(['0 A', '1 A2', '2 A2x', '0 B', '0 A1', '0 C']);
    expect(outlineAfter(snapshot, 'B', dropPlacement(snapshot.codes, named(snapshot, 'B').id, named(snapshot, 'A2'), 'inside')))
      .toEqual(['0 A', '1 A1', '1 A2', '2 A2x', '2 B', '0 C']);
  });

  it('moves a code down among its own siblings without counting itself', () => {
    const snapshot = sampleSnapshot();
    expect(outlineAfter(snapshot, 'A', dropPlacement(snapshot.codes, named(snapshot, 'A').id, named(snapshot, 'B'), 'after')))
      .toEqual(['0 B', '0 A', '1 A1', '1 A2', '2 A2x', '0 C']);
  });

  it('refuses a drop onto the code itself or anywhere in its own subtree', () => {
    const snapshot = sampleSnapshot();
    const a = named(snapshot, 'A');
    expect(isInSubtree(snapshot.codes, a.id, named(snapshot, 'A2x').id)).toBe(true);
    expect(isInSubtree(snapshot.codes, a.id, named(snapshot, 'B').id)).toBe(false);
    for (const position of ['before', 'inside', 'after'] as const) {
      expect(dropPlacement(snapshot.codes, a.id, a, position)).toBeNull();
      expect(dropPlacement(snapshot.codes, a.id, named(snapshot, 'A2x'), position)).toBeNull();
    }
  });
});

describe('keyboard moves', () => {
  it('moves up and down, indents under the code above and outdents after the parent', () => {
    const snapshot = sampleSnapshot();
    const a2 = named(snapshot, 'A2');
    expect(outlineAfter(snapshot, 'A2', keyboardPlacement(snapshot.codes, a2, 'up'))).toEqual(['0 A', '1 A2', '2 A2x', '1 A1', '0 B', '0 C']);
    expect(outlineAfter(snapshot, 'A2', keyboardPlacement(snapshot.codes, a2, 'indent'))).toEqual(['0 A', '1 A1', '2 A2', '3 A2x', '0 B', '0 C']);
    expect(outlineAfter(snapshot, 'A2', keyboardPlacement(snapshot.codes, a2, 'outdent'))).toEqual(['0 A', '1 A1', '0 A2', '1 A2x', '0 B', '0 C']);
    expect(keyboardPlacement(snapshot.codes, a2, 'down')).toBeNull();
    expect(keyboardPlacement(snapshot.codes, named(snapshot, 'A'), 'up')).toBeNull();
    expect(keyboardPlacement(snapshot.codes, named(snapshot, 'A'), 'indent')).toBeNull();
    expect(keyboardPlacement(snapshot.codes, named(snapshot, 'B'), 'outdent')).toBeNull();
  });
});

describe('visible rows', () => {
  it('hides the children of collapsed codes and shows matches with their ancestors when filtering', () => {
    const snapshot = sampleSnapshot();
    const tree = buildCodeTree(snapshot.codes, snapshot.codings);
    const names = (rows: ReturnType<typeof visibleRows>) => rows.map((row) => row.node.code.name);
    expect(names(visibleRows(tree, new Set([named(snapshot, 'A').id]), null))).toEqual(['A', 'B', 'C']);
    // A filter opens every level so a match deep down is in view, even below a collapsed code.
    expect(names(visibleRows(tree, new Set([named(snapshot, 'A').id]), new Set([named(snapshot, 'A2x').id])))).toEqual(['A', 'A2', 'A2x']);
    expect(visibleRows(tree, new Set(), new Set())).toEqual([]);
  });
});

describe('undo keys', () => {
  const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    undoKeyOf({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

  it('maps Ctrl/Cmd+Z to undo and Ctrl/Cmd+Shift+Z or Ctrl+Y to redo', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(key('y', { metaKey: true })).toBeNull();
  });
});
