// What a drop in the code tree will do, said in words by the drop indicator and done by the drop itself: the two
// come from one placement, so the indicator can never say "insert before" while the drop makes a sub-code.
import { describe, expect, it } from 'vitest';
import { buildCodeTree, createCode, moveCode, type CodingSnapshot } from '../../../../shared/codebook/index.ts';
import type { Code } from '../../../../shared/model/index.ts';
import { dropIntent } from '../../../../renderer/codeTree/dropIntent.ts';
import { visibleRows } from '../../../../renderer/codeTree/codeTreeView.ts';

/** A (A1, A2 (A2x)), B, C — built with the real code-tree operations. */
const sampleSnapshot = (): CodingSnapshot => {
  let counter = 0;
  const context = { now: '2026-01-01T00:00:00.000Z', newId: () => `id-${++counter}` };
  let snapshot: CodingSnapshot = { codes: [], codings: [] };
  for (const [name, parent] of [['A', null], ['A1', 'A'], ['A2', 'A'], ['A2x', 'A2'], ['B', null], ['C', null]] as const) {
    const parentId = parent === null ? null : (snapshot.codes.find((code) => code.name === parent)?.id ?? null);
    snapshot = createCode(snapshot, { projectId: 'p', parentId, name }, context).snapshot;
  }
  return snapshot;
};

const named = (snapshot: CodingSnapshot, name: string): Code => {
  const code = snapshot.codes.find((candidate) => candidate.name === name);
  if (code === undefined) throw new Error(`no code ${name}`);
  return code;
};

/** Drops `name` on `target` as dropIntent says; returns the indicator's words and the outline after the drop. */
const drop = (name: string, target: string, position: 'before' | 'after' | 'inside', expanded = true) => {
  const snapshot = sampleSnapshot();
  const targetCode = named(snapshot, target);
  const showsChildren = expanded && snapshot.codes.some((code) => code.parentId === targetCode.id);
  const intent = dropIntent(snapshot.codes, named(snapshot, name).id, targetCode, position, showsChildren);
  if (intent === null) return null;
  const next = moveCode(snapshot, named(snapshot, name).id, intent.placement.parentId, intent.placement.index).snapshot;
  const outline = visibleRows(buildCodeTree(next.codes, next.codings), new Set(), null).map((row) => `${row.node.depth} ${row.node.code.name}`);
  return { says: intent.description, outline };
};

describe('dropIntent', () => {
  it('says before and after with the level the code lands on', () => {
    expect(drop('C', 'A1', 'before')).toEqual({ says: 'Insert before “A1” in “A”', outline: ['0 A', '1 C', '1 A1', '1 A2', '2 A2x', '0 B'] });
    expect(drop('A1', 'B', 'after')).toEqual({ says: 'Insert after “B” at the top level', outline: ['0 A', '1 A2', '2 A2x', '0 B', '0 A1', '0 C'] });
  });

  it('says "sub-code" when the drop makes one', () => {
    expect(drop('B', 'A2', 'inside')).toEqual({ says: 'Make a sub-code of “A2”', outline: ['0 A', '1 A1', '1 A2', '2 A2x', '2 B', '0 C'] });
  });

  it('below an open code with sub-codes, where the line sits above its first sub-code, makes the first sub-code', () => {
    expect(drop('C', 'A', 'after')).toEqual({ says: 'Make the first sub-code of “A”', outline: ['0 A', '1 C', '1 A1', '1 A2', '2 A2x', '0 B'] });
    expect(drop('C', 'A', 'after', false)?.says).toBe('Insert after “A” at the top level');
  });

  it('refuses a drop into the dragged code’s own subtree', () => {
    expect(drop('A', 'A2x', 'inside')).toBeNull();
    expect(drop('A', 'A', 'before')).toBeNull();
  });
});
