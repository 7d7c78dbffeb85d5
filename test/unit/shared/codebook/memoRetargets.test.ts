// Memos that follow their record when a merge or a recode replaces it: memos on an absorbed code move to the code
// that absorbed it, memos on a collapsed coding to the twin that covers its range; nothing else moves.
import { describe, expect, it } from 'vitest';
import { mergeCodes, mergeRetargets, recodeCoding, recodeRetargets, retargetMemos } from '../../../../shared/codebook/index.ts';
import { code, coding, memo, NOW, sampleSnapshot, sequentialIds } from './codebookFixture.ts';

const context = { now: NOW, newId: sequentialIds('r') };

describe('mergeRetargets', () => {
  it('maps every absorbed code to its absorber and every collapsed coding to its twin', () => {
    const before = sampleSnapshot();
    // c3 is n2a's namesake under c; g8 duplicates n2a's g4 exactly, so g4 collapses into it.
    before.codes.push(code('c3', 'whatsapp GROUP', 'c', 2));
    before.codings.push(coding('g8', 'c3', 's2', 40, 50));
    const { report } = mergeCodes(before, 'n2', 'c', context);
    expect(mergeRetargets(report)).toEqual(
      new Map([
        ['code:n2', { kind: 'code', id: 'c' }],
        ['code:n2a', { kind: 'code', id: 'c3' }],
        ['coding:g4', { kind: 'coding', id: 'g8' }],
      ]),
    );
  });

  it('keeps both memos when a coding with a memo collapses into a twin that has one', () => {
    const before = sampleSnapshot();
    // n1's g2 and c1's g5 cover the same range (s1 20–30); each has a memo.
    const memos = [
      memo('memo-a', { kind: 'coding', id: 'g2' }),
      memo('memo-b', { kind: 'coding', id: 'g5' }),
      memo('memo-n1', { kind: 'code', id: 'n1' }),
      memo('memo-g1', { kind: 'coding', id: 'g1' }),
    ];
    const { report } = mergeCodes(before, 'n1', 'c1', context);
    const moved = retargetMemos(memos, mergeRetargets(report), NOW);
    // g1 was re-pointed, not replaced: its memo stays where it is, like memo-b on the kept twin.
    expect(moved.map((row) => [row.id, row.targetKey])).toEqual([
      ['memo-a', 'coding:g5'],
      ['memo-n1', 'code:c1'],
    ]);
  });
});

describe('recodeRetargets', () => {
  it('moves nothing when the coding itself was re-pointed', () => {
    const outcome = recodeCoding(sampleSnapshot(), 'g1', 'c2');
    expect(recodeRetargets('g1', outcome.coding)).toEqual(new Map());
  });

  it("hands a collapsed coding's memos to the twin it collapsed into", () => {
    const outcome = recodeCoding(sampleSnapshot(), 'g2', 'c1');
    expect(recodeRetargets('g2', outcome.coding)).toEqual(new Map([['coding:g2', { kind: 'coding', id: 'g5' }]]));
  });
});

describe('retargetMemos', () => {
  it('returns only the memos that move, each with its new target, target key and time', () => {
    const memos = [memo('on-g2', { kind: 'coding', id: 'g2' }, { title: 'Kept title' }), memo('on-project', { kind: 'project' })];
    const moves = new Map([['coding:g2', { kind: 'coding' as const, id: 'g5' }]]);
    expect(retargetMemos(memos, moves, NOW)).toEqual([
      { ...memos[0], target: { kind: 'coding', id: 'g5' }, targetKey: 'coding:g5', updatedAt: NOW },
    ]);
    expect(retargetMemos(memos, new Map(), NOW)).toEqual([]);
  });
});
