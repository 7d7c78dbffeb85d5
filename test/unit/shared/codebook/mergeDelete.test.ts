// Merging and deleting codes: codings move or go, duplicates collapse, counts are right, undo restores everything.
import { describe, expect, it } from 'vitest';
import {
  applyCodebookChange,
  applyCodings,
  CodebookError,
  combineChanges,
  createCode,
  deleteCode,
  deleteCodeImpact,
  invertChange,
  mergeCodes,
  recodeCoding,
  removeCodings,
  setCodingMemo,
} from '../../../../shared/codebook/index.ts';
import { childNames, code, coding, NOW, normalized, PROJECT, sampleCodebook, sequentialIds } from './codebookFixture.ts';

const context = { now: NOW, newId: sequentialIds('m') };

describe('mergeCodes', () => {
  it('moves codings to the target and collapses exact duplicates, keeping a memo', () => {
    const before = sampleCodebook();
    // n1 has g1 (s1 0–10) and g2 (s1 20–30, memo-a); c1 has g5 (s1 20–30, memo-b) and g6.
    const { codebook, report } = mergeCodes(before, 'n1', 'c1', context);
    expect(codebook.codes.some((c) => c.id === 'n1')).toBe(false);
    const onTarget = codebook.codings.filter((g) => g.codeId === 'c1').map((g) => g.id).sort();
    expect(onTarget).toEqual(['g1', 'g5', 'g6']);
    expect(report.movedCodingCount).toBe(1);
    expect(report.collapsedCodingCount).toBe(1);
    expect(report.detachedMemoIds).toEqual(['memo-a']);
    expect(report.absorbedInto).toEqual({ n1: 'c1' });
    expect(childNames(codebook, 'n')).toEqual(['Learning']);
    expect(codebook.codes.find((c) => c.id === 'n2')?.order).toBe(0);
  });

  it('carries the memo of a dropped duplicate onto the kept coding when that has none', () => {
    const before = sampleCodebook();
    before.codings.push(coding('g7', 'c2', 's1', 20, 30));
    const { codebook, report } = mergeCodes(before, 'n1', 'c2', context);
    expect(codebook.codings.find((g) => g.id === 'g7')?.memoId).toBe('memo-a');
    expect(report.detachedMemoIds).toEqual([]);
  });

  it('moves sub-codes under the target, merging a sub-code into a namesake', () => {
    const before = sampleCodebook();
    before.codes.push(code('c3', 'whatsapp GROUP', 'c', 2));
    before.codings.push(coding('g8', 'c3', 's2', 40, 50));
    const { codebook, report } = mergeCodes(before, 'n2', 'c', context);
    expect(childNames(codebook, 'c')).toEqual(['Product quality', 'Design innovation', 'whatsapp GROUP']);
    expect(report.absorbedInto).toEqual({ n2: 'c', n2a: 'c3' });
    // n2a's coding duplicated g8 exactly, so it collapsed.
    expect(codebook.codings.filter((g) => g.codeId === 'c3').map((g) => g.id)).toEqual(['g8']);
    expect(codebook.codings.find((g) => g.id === 'g3')?.codeId).toBe('c');
  });

  it('appends non-clashing sub-codes after the target children in their old order', () => {
    const before = sampleCodebook();
    const { codebook } = mergeCodes(before, 'n', 'c', context);
    expect(childNames(codebook, 'c')).toEqual(['Product quality', 'Design innovation', 'Exporters and intermediaries', 'Learning']);
    expect(childNames(codebook, null)).toEqual(['Global collaboration']);
    expect(codebook.codes.find((c) => c.id === 'c')?.order).toBe(0);
  });

  it('merges a sub-code into its own parent', () => {
    const before = sampleCodebook();
    const { codebook } = mergeCodes(before, 'n2', 'n', context);
    expect(childNames(codebook, 'n')).toEqual(['Exporters and intermediaries', 'WhatsApp group']);
    expect(codebook.codings.find((g) => g.id === 'g3')?.codeId).toBe('n');
  });

  it('refuses merging into itself or into its own sub-code', () => {
    const before = sampleCodebook();
    expect(() => mergeCodes(before, 'n', 'n', context)).toThrow(CodebookError);
    expect(() => mergeCodes(before, 'n', 'n2a', context)).toThrow(/cannot be merged into "WhatsApp group"/);
  });

  it('is undone exactly by its undo change', () => {
    const before = sampleCodebook();
    before.codes.push(code('c3', 'WhatsApp group', 'c', 2));
    const outcome = mergeCodes(before, 'n', 'c', context);
    expect(normalized(applyCodebookChange(outcome.codebook, outcome.undo))).toEqual(normalized(before));
    expect(outcome.undo).toEqual(invertChange(before, outcome.change));
  });
});

describe('deleteCode', () => {
  it('counts what a delete would remove', () => {
    const impact = deleteCodeImpact(sampleCodebook(), 'n');
    expect(impact.codeCount).toBe(4);
    expect(impact.subCodeCount).toBe(3);
    expect(impact.codingCount).toBe(4);
    expect(impact.sourceCount).toBe(2);
    expect(impact.codingMemoIds).toEqual(['memo-a']);
  });

  it('removes the code, its sub-codes and their codings, renumbers siblings, and undoes', () => {
    const before = sampleCodebook();
    const outcome = deleteCode(before, 'n', context);
    expect(outcome.codebook.codes.map((c) => c.id).sort()).toEqual(['c', 'c1', 'c2']);
    expect(outcome.codebook.codings.map((g) => g.id).sort()).toEqual(['g5', 'g6']);
    expect(outcome.codebook.codes.find((c) => c.id === 'c')?.order).toBe(0);
    expect(normalized(applyCodebookChange(outcome.codebook, outcome.undo))).toEqual(normalized(before));
  });

  it('refuses an unknown code', () => {
    expect(() => deleteCode(sampleCodebook(), 'zzz', context)).toThrow(/could not be found/);
  });
});

describe('codings and combined changes', () => {
  it('applies codings, skips exact repeats, refuses ranges outside the text', () => {
    const before = sampleCodebook();
    const request = { projectId: PROJECT, sourceId: 's1', codeId: 'c2', start: 3, end: 8, coder: 'ana', textLength: 100 };
    const first = applyCodings(before, [request, { ...request }, { ...request, start: 10, end: 12 }], context);
    expect(first.created).toHaveLength(2);
    expect(first.skipped).toBe(1);
    expect(applyCodings(first.codebook, [request], context).created).toHaveLength(0);
    expect(() => applyCodings(before, [{ ...request, end: 101 }], context)).toThrow(CodebookError);
    expect(() => applyCodings(before, [{ ...request, end: 3 }], context)).toThrow(CodebookError);
    const removed = removeCodings(first.codebook, first.created.map((g) => g.id));
    expect(normalized(removed.codebook)).toEqual(normalized(before));
  });

  it('combines several operations into one change that undoes as one', () => {
    const before = sampleCodebook();
    const created = createCode(before, { projectId: PROJECT, parentId: null, name: 'Diaspora' }, context);
    const coded = applyCodings(
      created.codebook,
      [{ projectId: PROJECT, sourceId: 's9', codeId: created.code.id, start: 0, end: 4, coder: 'ana', textLength: 10 }],
      context,
    );
    const combined = combineChanges(before, [created.change, coded.change]);
    const after = applyCodebookChange(before, combined);
    expect(normalized(after)).toEqual(normalized(coded.codebook));
    expect(normalized(applyCodebookChange(after, invertChange(before, combined)))).toEqual(normalized(before));
  });
});

describe('recodeCoding and setCodingMemo', () => {
  it('moves a coding to another code, or drops it when that code already covers the passage', () => {
    const before = sampleCodebook();
    const moved = recodeCoding(before, 'g1', 'c2');
    expect(moved.codebook.codings.find((g) => g.id === 'g1')?.codeId).toBe('c2');
    // g2 (n1, s1 20–30) recoded to c1, which already has g5 on s1 20–30.
    const collapsed = recodeCoding(before, 'g2', 'c1');
    expect(collapsed.coding.id).toBe('g5');
    expect(collapsed.codebook.codings.some((g) => g.id === 'g2')).toBe(false);
    expect(normalized(applyCodebookChange(collapsed.codebook, collapsed.undo))).toEqual(normalized(before));
  });

  it('attaches and detaches a segment memo', () => {
    const before = sampleCodebook();
    const attached = setCodingMemo(before, 'g1', 'memo-z');
    expect(attached.coding.memoId).toBe('memo-z');
    expect(setCodingMemo(attached.codebook, 'g1', null).codebook.codings.find((g) => g.id === 'g1')?.memoId).toBeNull();
    expect(() => setCodingMemo(before, 'nope', null)).toThrow(CodebookError);
  });
});
