// The facts behind a conclusion's evidence on the hand-made matrix project: a coding rests on its source's kind, date
// and coder and on the informants the attribution rule gives it (none for the interviewer, two for a coding over two
// turns); a display cell on its codings; a memo about a coding on that coding; evidence whose target is gone is lost,
// never silently dropped; and the assessment applies the rule with unresolved disconfirming items counted.
import { describe, expect, it } from 'vitest';
import { evidenceResolver } from '../../../../shared/analysis/conclusionEvidence.ts';
import { DEFAULT_TRIANGULATION_RULE, type EvidenceItem, type EvidenceTarget } from '../../../../shared/model/index.ts';
import { matrixData } from './matrixFixture.ts';

let next = 0;
const item = (target: EvidenceTarget, stance: EvidenceItem['stance'] = 'supporting', resolved = false): EvidenceItem => ({
  id: `e${(next += 1)}`, target, stance, weightNote: '', resolution: resolved ? { kind: 'explained', note: 'A one-off order.' } : null, addedBy: 'r1', addedAt: '2024-05-01T00:00:00.000Z',
});
const coding = (codingId: string): EvidenceTarget => ({ kind: 'coding', codingId });

describe('evidenceResolver', () => {
  const resolver = evidenceResolver(matrixData, {
    cellCodingIds: (displayId, cellKey) => (displayId === 'd1' && cellKey === 'owner|net' ? ['c4', 'c6'] : undefined),
    memos: new Map([['m1', { target: { kind: 'coding', id: 'c7' } }], ['m2', { target: { kind: 'project' } }]]),
  });

  it('gives a coding its source kind, date, coder and the informants of the attribution rule', () => {
    expect(resolver.factsOf(item(coding('c1')))).toEqual({ sourceKinds: ['interview'], informants: [{ id: 'dewi', roles: ['diaspora'] }], coderIds: ['r1'], dates: ['2024-02-10'] });
    expect(resolver.factsOf(item(coding('c2')))?.informants.map((person) => person.id)).toEqual(['dewi', 'budi']);
    expect(resolver.factsOf(item(coding('c3')))?.informants).toEqual([]);
    expect(resolver.factsOf(item(coding('c6')))).toMatchObject({ sourceKinds: ['document'], informants: [], dates: [] });
  });

  it('gives a cell the facts of its codings, a memo those of its coding, and nothing to a project memo', () => {
    expect(resolver.factsOf(item({ kind: 'cell', displayId: 'd1', cellKey: 'owner|net' }))).toMatchObject({
      sourceKinds: ['observation', 'document'], informants: [{ id: 'harjo', roles: ['owner'] }], coderIds: ['r2', 'r1'],
    });
    expect(resolver.factsOf(item({ kind: 'memo', memoId: 'm1' }))?.informants).toEqual([{ id: 'wulan', roles: ['association'] }]);
    expect(resolver.factsOf(item({ kind: 'memo', memoId: 'm2' }))).toEqual({ sourceKinds: [], informants: [], coderIds: [], dates: [] });
  });

  it('assesses a conclusion: lost evidence listed, unresolved disconfirming items contest it', () => {
    const evidence = [item(coding('c1')), item(coding('c4')), item(coding('c7')), item(coding('gone')), item({ kind: 'cell', displayId: 'd9', cellKey: 'x' })];
    const supported = resolver.assess({ evidence }, DEFAULT_TRIANGULATION_RULE);
    expect(supported.triangulation.status).toBe('triangulated');
    expect(supported.triangulation.counts).toMatchObject({ sourceKinds: 2, roles: 3, informants: 3, items: 3 });
    expect(supported.lost.map((lost) => lost.target)).toEqual([coding('gone'), { kind: 'cell', displayId: 'd9', cellKey: 'x' }]);
    expect(resolver.assess({ evidence: [...evidence, item(coding('c3'), 'disconfirming')] }, DEFAULT_TRIANGULATION_RULE).triangulation.status).toBe('contested');
    expect(resolver.assess({ evidence: [...evidence, item(coding('c3'), 'disconfirming', true)] }, DEFAULT_TRIANGULATION_RULE).triangulation.status).toBe('triangulated');
    expect(supported.representativeness.byInformant.map((person) => person.id).sort()).toEqual(['dewi', 'harjo', 'wulan']);
  });
});
