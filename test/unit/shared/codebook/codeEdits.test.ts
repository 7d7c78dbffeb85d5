// Creating, renaming, recolouring and re-parenting codes, with their undo changes.
import { describe, expect, it } from 'vitest';
import {
  applyToSnapshot,
  CodebookError,
  createCode,
  moveCode,
  recolorCode,
  renameCode,
  reorderSiblings,
  updateCodeDetails,
} from '../../../../shared/codebook/index.ts';
import { isEmptyChange, putsOf } from '../../../../shared/project/projectChange.ts';
import { childNames, NOW, normalized, PROJECT, sampleSnapshot, sequentialIds } from './codebookFixture.ts';

const context = { now: NOW, newId: sequentialIds() };

const errorKey = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof CodebookError) return error.key;
    throw error;
  }
  return undefined;
};

describe('createCode', () => {
  it('adds a trimmed code at the end of its siblings with a palette colour', () => {
    const before = sampleSnapshot();
    const { snapshot, code, change } = createCode(before, { projectId: PROJECT, parentId: 'n', name: '  Arts   communities ' }, context);
    expect(code.name).toBe('Arts communities');
    expect(code.order).toBe(2);
    expect(code.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(code.createdAt).toBe(NOW);
    expect(childNames(snapshot, 'n')).toEqual(['Exporters and intermediaries', 'Learning', 'Arts communities']);
    expect(putsOf(change, 'codes').map((put) => put.id)).toEqual([code.id]);
  });

  it('inserts at a given index and renumbers the siblings after it', () => {
    const before = sampleSnapshot();
    const { snapshot, change } = createCode(before, { projectId: PROJECT, parentId: null, name: 'Diaspora', index: 1 }, context);
    expect(childNames(snapshot, null)).toEqual(['Business networks', 'Diaspora', 'Global collaboration']);
    expect(putsOf(change, 'codes')).toHaveLength(2);
  });

  it('refuses a duplicate name under the same parent, ignoring case and spaces', () => {
    const before = sampleSnapshot();
    expect(errorKey(() => createCode(before, { projectId: PROJECT, parentId: 'n', name: ' learning ' }, context))).toBe('codebook.error.duplicateName');
    expect(errorKey(() => createCode(before, { projectId: PROJECT, parentId: null, name: 'BUSINESS NETWORKS' }, context))).toBe(
      'codebook.error.duplicateNameTop',
    );
    // The same name under another parent is fine.
    expect(createCode(before, { projectId: PROJECT, parentId: 'c', name: 'Learning' }, context).code.parentId).toBe('c');
  });

  it('names the clash in its message', () => {
    const before = sampleSnapshot();
    expect(() => createCode(before, { projectId: PROJECT, parentId: 'n', name: 'LEARNING' }, context)).toThrow(/"Learning" under "Business networks"/);
  });

  it('refuses empty names, unknown parents and bad colours', () => {
    const before = sampleSnapshot();
    expect(errorKey(() => createCode(before, { projectId: PROJECT, parentId: null, name: '   ' }, context))).toBe('codebook.error.nameEmpty');
    expect(errorKey(() => createCode(before, { projectId: PROJECT, parentId: 'nope', name: 'X' }, context))).toBe('codebook.error.parentNotFound');
    expect(errorKey(() => createCode(before, { projectId: PROJECT, parentId: null, name: 'X', color: 'red' }, context))).toBe(
      'codebook.error.invalidColor',
    );
  });

  it('is undone by its undo change', () => {
    const before = sampleSnapshot();
    const outcome = createCode(before, { projectId: PROJECT, parentId: null, name: 'Diaspora', index: 0 }, context);
    expect(normalized(applyToSnapshot(outcome.snapshot, outcome.undo))).toEqual(normalized(before));
  });
});

describe('renameCode, recolorCode, updateCodeDetails', () => {
  it('renames, allowing a change of case of the same code', () => {
    const before = sampleSnapshot();
    expect(renameCode(before, 'n2', 'LEARNING', context).code.name).toBe('LEARNING');
    expect(errorKey(() => renameCode(before, 'n2', 'exporters AND intermediaries', context))).toBe('codebook.error.duplicateName');
  });

  it('recolours in lower case and undoes', () => {
    const before = sampleSnapshot();
    const outcome = recolorCode(before, 'c1', '#AABBCC', context);
    expect(outcome.code.color).toBe('#aabbcc');
    expect(applyToSnapshot(outcome.snapshot, outcome.undo).codes.find((c) => c.id === 'c1')?.color).toBe('#123456');
  });

  it('updates only the given details and treats a blank model role as none', () => {
    const before = sampleSnapshot();
    const { code } = updateCodeDetails(before, 'n', { modelRole: ' entry point ', status: 'stable' }, context);
    expect(code.modelRole).toBe('entry point');
    expect(code.status).toBe('stable');
    expect(code.definition).toBe('Business networks definition');
    expect(updateCodeDetails(before, 'n', { modelRole: '  ' }, context).code.modelRole).toBeNull();
  });

  it('writes nothing when nothing changes', () => {
    const before = sampleSnapshot();
    expect(isEmptyChange(renameCode(before, 'n', 'Business networks', context).change)).toBe(true);
    expect(isEmptyChange(updateCodeDetails(before, 'n', {}, context).change)).toBe(true);
  });
});

describe('moveCode and reorderSiblings', () => {
  it('re-parents a code with its sub-codes and closes the gap it leaves', () => {
    const before = sampleSnapshot();
    const { snapshot } = moveCode(before, 'n1', 'c', 1, context);
    expect(childNames(snapshot, 'n')).toEqual(['Learning']);
    expect(snapshot.codes.find((c) => c.id === 'n2')?.order).toBe(0);
    expect(childNames(snapshot, 'c')).toEqual(['Product quality', 'Exporters and intermediaries', 'Design innovation']);
  });

  it('reorders within the same parent', () => {
    const before = sampleSnapshot();
    const { snapshot } = moveCode(before, 'c', null, 0, context);
    expect(childNames(snapshot, null)).toEqual(['Global collaboration', 'Business networks']);
    const moved = moveCode(before, 'n2a', null, undefined, context).snapshot;
    expect(childNames(moved, null)).toEqual(['Business networks', 'Global collaboration', 'WhatsApp group']);
  });

  it('refuses moving a code under itself or its own descendant', () => {
    const before = sampleSnapshot();
    expect(errorKey(() => moveCode(before, 'n', 'n2a', 0, context))).toBe('codebook.error.moveIntoOwnSubtree');
    expect(errorKey(() => moveCode(before, 'n', 'n', 0, context))).toBe('codebook.error.moveIntoOwnSubtree');
  });

  it('refuses a move that would put two equal names under one parent', () => {
    const before = sampleSnapshot();
    const withClash = createCode(before, { projectId: PROJECT, parentId: 'c', name: 'learning' }, context).snapshot;
    expect(errorKey(() => moveCode(withClash, 'n2', 'c', 0, context))).toBe('codebook.error.duplicateName');
  });

  it('undoes a move exactly', () => {
    const before = sampleSnapshot();
    const outcome = moveCode(before, 'n2', null, 0, context);
    expect(normalized(applyToSnapshot(outcome.snapshot, outcome.undo))).toEqual(normalized(before));
  });

  it('reorders siblings only with exactly the current children', () => {
    const before = sampleSnapshot();
    expect(childNames(reorderSiblings(before, 'c', ['c2', 'c1'], context).snapshot, 'c')).toEqual(['Design innovation', 'Product quality']);
    expect(errorKey(() => reorderSiblings(before, 'c', ['c2'], context))).toBe('codebook.error.reorderMismatch');
    expect(errorKey(() => reorderSiblings(before, 'c', ['c2', 'c2'], context))).toBe('codebook.error.reorderMismatch');
    expect(errorKey(() => reorderSiblings(before, 'c', ['c2', 'n1'], context))).toBe('codebook.error.reorderMismatch');
  });
});
