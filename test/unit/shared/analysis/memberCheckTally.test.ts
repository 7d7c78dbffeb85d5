// The member-check tally of a conclusion, table by table: an informant counts when an answered item returned the
// conclusion, excerpts including a coding its evidence uses, or the transcript of a source holding one — not a
// summary, not another conclusion, not an unanswered item, not an informant whose words it does not use; the
// resolver gives a member-check response the answering informant, their role, the answer's date and the kind of the
// source their words became; and the summary counts n of m with the verdicts.
import { describe, expect, it } from 'vitest';
import { evidenceResolver } from '../../../../shared/analysis/conclusionEvidence.ts';
import { conclusionMemberCheckTally, summariseConclusion } from '../../../../shared/analysis/conclusionSummary.ts';
import { memberCheckTally } from '../../../../shared/analysis/memberCheckTally.ts';
import { memberCheckCountText, memberCheckVerdictText } from '../../../../shared/analysis/memberCheckTallyText.ts';
import {
  DEFAULT_TRIANGULATION_RULE, type Conclusion, type EvidenceItem, type EvidenceTarget, type MemberCheck, type MemberCheckItemTarget, type MemberCheckResponse,
} from '../../../../shared/model/index.ts';
import { matrixData } from './matrixFixture.ts';

const AT = '2024-05-01T00:00:00.000Z';

const evidence = (target: EvidenceTarget, index: number, stance: EvidenceItem['stance'] = 'supporting'): EvidenceItem => ({
  id: `e${index}`, target, stance, weightNote: '', resolution: null, addedBy: 'r1', addedAt: AT,
});

const conclusion = (targets: EvidenceTarget[]): Conclusion => ({
  id: 'k1', projectId: 'p', statement: { content: '', plainText: 'Diaspora shops open markets.' }, researchQuestionId: null, modelRole: null,
  codeIds: [], displayIds: [], statusHistory: [], evidence: targets.map((target, index) => evidence(target, index)), tactics: [], rivalOfId: null,
  createdAt: AT, updatedAt: AT,
});

const check = (id: string, informantId: string, items: [MemberCheckItemTarget, MemberCheckResponse][], answeredOn: string | null = '2024-05-10'): MemberCheck => ({
  id, projectId: 'p', informantId, sentOn: '2024-05-02', answeredOn, mode: 'email', language: 'en',
  items: items.map(([target, response], index) => ({ id: `${id}-i${index}`, target, response, comment: '', outcomes: [] })),
  words: '', wordsSourceId: null, createdAt: AT, updatedAt: AT,
});

const codingSourceOf = (codingId: string) => matrixData.codings.find((coding) => coding.id === codingId)?.sourceId;
const codingEvidence: EvidenceTarget[] = [{ kind: 'coding', codingId: 'c1' }, { kind: 'coding', codingId: 'c7' }];
const users = new Set(['dewi', 'wulan']);

describe('memberCheckTally', () => {
  const cases: { name: string; checks: MemberCheck[]; checked: number; responses: string[] }[] = [
    { name: 'no checks', checks: [], checked: 0, responses: [] },
    {
      name: 'the conclusion itself returned and confirmed',
      checks: [check('m1', 'dewi', [[{ kind: 'conclusions', conclusionIds: ['other', 'k1'] }, 'confirm']])], checked: 1, responses: ['dewi confirm'],
    },
    {
      name: 'excerpts including a coding it uses',
      checks: [check('m1', 'wulan', [[{ kind: 'excerpts', codingIds: ['c4', 'c7'] }, 'elaborate']])], checked: 1, responses: ['wulan elaborate'],
    },
    {
      name: 'the transcript of a source holding such a coding',
      checks: [check('m1', 'dewi', [[{ kind: 'transcript', sourceId: 's1' }, 'correct']])], checked: 1, responses: ['dewi correct'],
    },
    {
      name: 'an unanswered item does not count',
      checks: [check('m1', 'dewi', [[{ kind: 'conclusions', conclusionIds: ['k1'] }, 'none']])], checked: 0, responses: [],
    },
    {
      name: 'another conclusion, other excerpts, another transcript and a summary do not count',
      checks: [check('m1', 'dewi', [
        [{ kind: 'conclusions', conclusionIds: ['k2'] }, 'confirm'], [{ kind: 'excerpts', codingIds: ['c4'] }, 'confirm'],
        [{ kind: 'transcript', sourceId: 's2' }, 'confirm'], [{ kind: 'summary', summarySheetId: 'sheet' }, 'confirm'],
      ])],
      checked: 0, responses: [],
    },
    {
      name: 'an informant whose words it does not use is not counted',
      checks: [check('m1', 'harjo', [[{ kind: 'conclusions', conclusionIds: ['k1'] }, 'disagree']])], checked: 0, responses: [],
    },
    {
      name: 'one informant answering twice counts once, every answer listed',
      checks: [
        check('m1', 'dewi', [[{ kind: 'transcript', sourceId: 's1' }, 'correct'], [{ kind: 'conclusions', conclusionIds: ['k1'] }, 'confirm']]),
        check('m2', 'dewi', [[{ kind: 'conclusions', conclusionIds: ['k1'] }, 'withdraw']]),
        check('m3', 'wulan', [[{ kind: 'transcript', sourceId: 's4' }, 'disagree']]),
      ],
      checked: 2, responses: ['dewi correct', 'dewi confirm', 'dewi withdraw', 'wulan disagree'],
    },
  ];

  it.each(cases)('$name', ({ checks, checked, responses }) => {
    const tally = memberCheckTally(conclusion(codingEvidence), users, checks, codingSourceOf);
    expect(tally.checked).toBe(checked);
    expect(tally.informants).toBe(2);
    expect(tally.verdicts.map((verdict) => `${verdict.informantId} ${verdict.response}`)).toEqual(responses);
  });

  it('lists the earliest answer first and undated answers last', () => {
    const checks = [
      check('late', 'dewi', [[{ kind: 'transcript', sourceId: 's1' }, 'confirm']], '2024-07-01'),
      check('undated', 'wulan', [[{ kind: 'transcript', sourceId: 's4' }, 'elaborate']], null),
      check('early', 'wulan', [[{ kind: 'transcript', sourceId: 's4' }, 'correct']], '2024-06-01'),
    ];
    expect(memberCheckTally(conclusion(codingEvidence), users, checks, codingSourceOf).verdicts.map((verdict) => verdict.memberCheckId)).toEqual(['early', 'late', 'undated']);
  });

  it('names the record, item and answer date of each verdict', () => {
    const tally = memberCheckTally(conclusion(codingEvidence), users, [check('m1', 'dewi', [[{ kind: 'transcript', sourceId: 's1' }, 'confirm']], null)], codingSourceOf);
    expect(tally.verdicts).toEqual([{ informantId: 'dewi', memberCheckId: 'm1', itemId: 'm1-i0', response: 'confirm', answeredOn: null, returned: 'transcript' }]);
  });

  it('counts the codings of display cells and memos through the resolver', () => {
    const resolver = evidenceResolver(matrixData, {
      cellCodingIds: (displayId) => (displayId === 'd1' ? ['c4'] : undefined),
      memos: new Map([['m1', { target: { kind: 'coding', id: 'c7' } }]]),
      memberChecks: [
        check('a', 'harjo', [[{ kind: 'transcript', sourceId: 's2' }, 'confirm']]), check('b', 'wulan', [[{ kind: 'excerpts', codingIds: ['c7'] }, 'correct']]),
      ],
    });
    const tally = conclusionMemberCheckTally(conclusion([{ kind: 'cell', displayId: 'd1', cellKey: 'x' }, { kind: 'memo', memoId: 'm1' }]), resolver);
    expect(tally).toMatchObject({ checked: 2, informants: 2 });
  });
});

describe('member-check evidence', () => {
  const answered = { ...check('m1', 'dewi', [[{ kind: 'conclusions', conclusionIds: ['k1'] }, 'confirm']], '2024-06-03'), wordsSourceId: 's4' };
  const notImported = check('m2', 'harjo', [[{ kind: 'conclusions', conclusionIds: ['k1'] }, 'disagree']], null);
  const resolver = evidenceResolver(matrixData, { memberChecks: [answered, notImported] });
  const response = (memberCheckId: string, itemId: string, index: number): EvidenceItem => evidence({ kind: 'member-check', memberCheckId, itemId }, index);

  it('rests on the informant who answered, their role, the answer date and the kind of the source their words became', () => {
    expect(resolver.factsOf(response('m1', 'm1-i0', 0))).toEqual({ sourceKinds: ['interview'], informants: [{ id: 'dewi', roles: ['diaspora'] }], coderIds: [], dates: ['2024-06-03'] });
    expect(resolver.factsOf(response('m2', 'm2-i0', 1))).toEqual({ sourceKinds: [], informants: [{ id: 'harjo', roles: ['owner'] }], coderIds: [], dates: [] });
  });

  it('is lost when its record or item is gone', () => {
    const assessed = resolver.assess({ evidence: [response('m1', 'm1-i0', 0), response('m1', 'gone', 1), response('gone', 'm2-i0', 2)] }, DEFAULT_TRIANGULATION_RULE);
    expect(assessed.lost.map((item) => item.id)).toEqual(['e1', 'e2']);
    expect(evidenceResolver(matrixData).factsOf(response('m1', 'm1-i0', 0))).toBeUndefined();
  });

  it('is summed up as n of m with the answers in words', () => {
    const summary = summariseConclusion(conclusion([...codingEvidence, { kind: 'member-check', memberCheckId: 'm1', itemId: 'm1-i0' }]), resolver, DEFAULT_TRIANGULATION_RULE, 'en');
    expect(summary.memberChecks).toMatchObject({ checked: 1, informants: 2, verdicts: [{ informantId: 'dewi', response: 'confirm' }] });
    expect(memberCheckCountText(summary.memberChecks, 'en')).toBe('member-checked by 1 of 2 informants whose words it uses');
    expect(memberCheckCountText({ checked: 0, informants: 1 }, 'en')).toBe('member-checked by 0 of 1 informant whose words it uses');
    const pseudonym = (id: string) => matrixData.informants.find((informant) => informant.id === id)?.pseudonym ?? id;
    expect(memberCheckVerdictText(summary.memberChecks.verdicts[0], pseudonym, 'en')).toBe('Dewi: confirmed (the conclusion), Jun 3, 2024');
    expect(memberCheckVerdictText({ ...summary.memberChecks.verdicts[0], answeredOn: null, response: 'none' }, pseudonym, 'en')).toBe('Dewi: no answer (the conclusion)');
  });
});
