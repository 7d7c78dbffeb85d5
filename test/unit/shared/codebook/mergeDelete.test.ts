// Merging and deleting codes: codings move or go, duplicates collapse, counts are right, undo restores everything.
import { describe, expect, it } from 'vitest';
import {
  applyCodings,
  applyToSnapshot,
  CodebookError,
  createCode,
  deleteCode,
  deleteCodeImpact,
  mergeCodes,
  recodeCoding,
  removeCodings,
} from '../../../../shared/codebook/index.ts';
import { combineChanges, invertChangeIn } from '../../../../shared/project/projectChange.ts';
import { childNames, code, coding, NOW, normalized, PROJECT, sampleSnapshot, sequentialIds } from './codebookFixture.ts';

const context = { now: NOW, newId: sequentialIds('m') };

describe('mergeCodes', () => {
  it('moves codings to the target and collapses exact duplicates into the coding that covers their range', () => {
    const before = sampleSnapshot();
    // n1 has g1 (s1 0–10) and g2 (s1 20–30); c1 has g5 (s1 20–30) and g6.
    const { snapshot, report } = mergeCodes(before, 'n1', 'c1', context);
    expect(snapshot.codes.some((c) => c.id === 'n1')).toBe(false);
    const onTarget = snapshot.codings.filter((g) => g.codeId === 'c1').map((g) => g.id).sort();
    expect(onTarget).toEqual(['g1', 'g5', 'g6']);
    expect(report.movedCodingCount).toBe(1);
    expect(report.collapsedCodingCount).toBe(1);
    expect(report.collapsedInto).toEqual({ g2: 'g5' });
    expect(report.absorbedInto).toEqual({ n1: 'c1' });
    expect(childNames(snapshot, 'n')).toEqual(['Learning']);
    expect(snapshot.codes.find((c) => c.id === 'n2')?.order).toBe(0);
  });

  it('names the kept twin of a dropped duplicate, so its memos can follow it', () => {
    const before = sampleSnapshot();
    before.codings.push(coding('g7', 'c2', 's1', 20, 30));
    const { snapshot, report } = mergeCodes(before, 'n1', 'c2', context);
    expect(snapshot.codings.some((g) => g.id === 'g2')).toBe(false);
    expect(snapshot.codings.find((g) => g.id === 'g7')?.codeId).toBe('c2');
    expect(report.collapsedInto).toEqual({ g2: 'g7' });
    expect(report.collapsedCodingCount).toBe(1);
  });

  it('moves sub-codes under the target, merging a sub-code into a namesake', () => {
    const before = sampleSnapshot();
    before.codes.push(code('c3', 'whatsapp GROUP', 'c', 2));
    before.codings.push(coding('g8', 'c3', 's2', 40, 50));
    const { snapshot, report } = mergeCodes(before, 'n2', 'c', context);
    expect(childNames(snapshot, 'c')).toEqual(['Product quality', 'Design innovation', 'whatsapp GROUP']);
    expect(report.absorbedInto).toEqual({ n2: 'c', n2a: 'c3' });
    // n2a's coding duplicated g8 exactly, so it collapsed.
    expect(snapshot.codings.filter((g) => g.codeId === 'c3').map((g) => g.id)).toEqual(['g8']);
    expect(snapshot.codings.find((g) => g.id === 'g3')?.codeId).toBe('c');
  });

  it('appends non-clashing sub-codes after the target children in their old order', () => {
    const before = sampleSnapshot();
    const { snapshot } = mergeCodes(before, 'n', 'c', context);
    expect(childNames(snapshot, 'c')).toEqual(['Product quality', 'Design innovation', 'Exporters and intermediaries', 'Learning']);
    expect(childNames(snapshot, null)).toEqual(['Global collaboration']);
    expect(snapshot.codes.find((c) => c.id === 'c')?.order).toBe(0);
  });

  it('merges a sub-code into its own parent', () => {
    const before = sampleSnapshot();
    const { snapshot } = mergeCodes(before, 'n2', 'n', context);
    expect(childNames(snapshot, 'n')).toEqual(['Exporters and intermediaries', 'WhatsApp group']);
    expect(snapshot.codings.find((g) => g.id === 'g3')?.codeId).toBe('n');
  });

  it('refuses merging into itself or into its own sub-code', () => {
    const before = sampleSnapshot();
    expect(() => mergeCodes(before, 'n', 'n', context)).toThrow(CodebookError);
    expect(() => mergeCodes(before, 'n', 'n2a', context)).toThrow(/cannot be merged into "WhatsApp group"/);
  });

  it('is undone exactly by its undo change', () => {
    const before = sampleSnapshot();
    before.codes.push(code('c3', 'WhatsApp group', 'c', 2));
    const outcome = mergeCodes(before, 'n', 'c', context);
    expect(normalized(applyToSnapshot(outcome.snapshot, outcome.undo))).toEqual(normalized(before));
    expect(outcome.undo).toEqual(invertChangeIn(outcome.change, before));
  });

  it('appends the merged code’s definition, criteria and example to the target’s, marked with its name', () => {
    const before = sampleSnapshot();
    const n1 = before.codes.find((c) => c.id === 'n1');
    const c1 = before.codes.find((c) => c.id === 'c1');
    if (n1 === undefined || c1 === undefined) throw new Error('fixture changed');
    Object.assign(n1, { definition: 'Traders who carry drums abroad.', inclusionCriteria: 'Named exporters.', exclusionCriteria: '', example: '“the trader from Surabaya”' });
    Object.assign(c1, { definition: 'Quality demanded by buyers.', inclusionCriteria: '', exclusionCriteria: 'Price talk.', example: '' });

    const outcome = mergeCodes(before, 'n1', 'c1', context);
    const merged = outcome.snapshot.codes.find((c) => c.id === 'c1');
    expect(merged).toMatchObject({
      name: 'Product quality',
      definition: 'Quality demanded by buyers.\n\n— merged from “Exporters and intermediaries”: Traders who carry drums abroad.',
      inclusionCriteria: '— merged from “Exporters and intermediaries”: Named exporters.',
      exclusionCriteria: 'Price talk.',
      example: '— merged from “Exporters and intermediaries”: “the trader from Surabaya”',
      updatedAt: NOW,
    });
    expect(normalized(applyToSnapshot(outcome.snapshot, outcome.undo))).toEqual(normalized(before));
  });

  it('does not repeat a text the target already has, and carries a merged namesake sub-code’s texts to its twin', () => {
    const before = sampleSnapshot();
    before.codes.push(code('c3', 'WhatsApp group', 'c', 2, { definition: 'Chats with buyers.' }));
    const n2a = before.codes.find((c) => c.id === 'n2a');
    if (n2a === undefined) throw new Error('fixture changed');
    n2a.definition = 'Group chats of makers.';
    const c = before.codes.find((x) => x.id === 'c');
    if (c === undefined) throw new Error('fixture changed');
    c.definition = 'Learning definition';

    const { snapshot } = mergeCodes(before, 'n2', 'c', context);
    expect(snapshot.codes.find((x) => x.id === 'c')?.definition).toBe('Learning definition');
    expect(snapshot.codes.find((x) => x.id === 'c3')?.definition).toBe('Chats with buyers.\n\n— merged from “WhatsApp group”: Group chats of makers.');
  });
});

describe('deleteCode', () => {
  it('counts what a delete would remove', () => {
    const impact = deleteCodeImpact(sampleSnapshot(), 'n');
    expect(impact.codeCount).toBe(4);
    expect(impact.subCodeCount).toBe(3);
    expect(impact.codingCount).toBe(4);
    expect(impact.sourceCount).toBe(2);
    expect([...impact.codeIds].sort()).toEqual(['n', 'n1', 'n2', 'n2a']);
  });

  it('removes the code, its sub-codes and their codings, renumbers siblings, and undoes', () => {
    const before = sampleSnapshot();
    const outcome = deleteCode(before, 'n', context);
    expect(outcome.snapshot.codes.map((c) => c.id).sort()).toEqual(['c', 'c1', 'c2']);
    expect(outcome.snapshot.codings.map((g) => g.id).sort()).toEqual(['g5', 'g6']);
    expect(outcome.snapshot.codes.find((c) => c.id === 'c')?.order).toBe(0);
    expect(normalized(applyToSnapshot(outcome.snapshot, outcome.undo))).toEqual(normalized(before));
  });

  it('refuses an unknown code', () => {
    expect(() => deleteCode(sampleSnapshot(), 'zzz', context)).toThrow(/could not be found/);
  });
});

describe('codings and combined changes', () => {
  it('applies codings, skips exact repeats, refuses ranges outside the text', () => {
    const before = sampleSnapshot();
    const request = { projectId: PROJECT, sourceId: 's1', codeId: 'c2', start: 3, end: 8, coderId: 'ana', textLength: 100 };
    const first = applyCodings(before, [request, { ...request }, { ...request, start: 10, end: 12 }], context);
    expect(first.created).toHaveLength(2);
    expect(first.skipped).toBe(1);
    expect(first.created.map((g) => g.coderId)).toEqual(['ana', 'ana']);
    expect(applyCodings(first.snapshot, [request], context).created).toHaveLength(0);
    expect(() => applyCodings(before, [{ ...request, end: 101 }], context)).toThrow(CodebookError);
    expect(() => applyCodings(before, [{ ...request, end: 3 }], context)).toThrow(CodebookError);
    const removed = removeCodings(first.snapshot, first.created.map((g) => g.id));
    expect(normalized(removed.snapshot)).toEqual(normalized(before));
  });

  it('combines several operations into one change that undoes as one', () => {
    const before = sampleSnapshot();
    const created = createCode(before, { projectId: PROJECT, parentId: null, name: 'Diaspora' }, context);
    const coded = applyCodings(
      created.snapshot,
      [{ projectId: PROJECT, sourceId: 's9', codeId: created.code.id, start: 0, end: 4, coderId: 'ana', textLength: 10 }],
      context,
    );
    const combined = combineChanges(created.change, coded.change);
    const after = applyToSnapshot(before, combined);
    expect(normalized(after)).toEqual(normalized(coded.snapshot));
    expect(normalized(applyToSnapshot(after, invertChangeIn(combined, before)))).toEqual(normalized(before));
  });
});

describe('recodeCoding', () => {
  it('moves a coding to another code, or drops it when that code already covers the range', () => {
    const before = sampleSnapshot();
    const moved = recodeCoding(before, 'g1', 'c2');
    expect(moved.snapshot.codings.find((g) => g.id === 'g1')?.codeId).toBe('c2');
    // g2 (n1, s1 20–30) recoded to c1, which already has g5 on s1 20–30.
    const collapsed = recodeCoding(before, 'g2', 'c1');
    expect(collapsed.coding.id).toBe('g5');
    expect(collapsed.snapshot.codings.some((g) => g.id === 'g2')).toBe(false);
    expect(normalized(applyToSnapshot(collapsed.snapshot, collapsed.undo))).toEqual(normalized(before));
  });
});
