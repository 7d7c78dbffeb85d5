// The negative-evidence query over the hand-made matrix project: codings of codes marked as counter-evidence (sub-codes
// included) in the sources or informants behind a conclusion's supporting evidence and its own codes; hits already held
// as evidence say so; nothing marked or nothing in scope finds nothing; the "none found" note names the scope. And what
// an outlier said on a conclusion's codes, by the attribution rule.
import { describe, expect, it } from 'vitest';
import { findNegativeEvidence, negativeEvidenceNote } from '../../../../shared/analysis/negativeEvidence.ts';
import { outlierExcerpts } from '../../../../shared/analysis/outlierExcerpts.ts';
import type { MatrixData } from '../../../../shared/analysis/index.ts';
import type { EvidenceItem, EvidenceTarget } from '../../../../shared/model/index.ts';
import { matrixData } from './matrixFixture.ts';

const AT = '2024-05-01T00:00:00.000Z';
let next = 0;
const item = (target: EvidenceTarget, stance: EvidenceItem['stance'] = 'supporting'): EvidenceItem => ({
  id: `e${(next += 1)}`, target, stance, weightNote: '', resolution: null, addedBy: 'r1', addedAt: AT,
});
const coding = (codingId: string): EvidenceTarget => ({ kind: 'coding', codingId });

/** The fixture with some codes marked as counter-evidence. */
const marked = (...codeIds: string[]): MatrixData => ({
  ...matrixData,
  codes: matrixData.codes.map((code) => (codeIds.includes(code.id) ? { ...code, counterEvidence: true } : code)),
});

describe('findNegativeEvidence', () => {
  const cases: { name: string; data: MatrixData; codeIds: string[]; evidence: EvidenceItem[]; hits: string[]; sources: string[]; informants: string[] }[] = [
    {
      name: 'nothing marked finds nothing',
      data: matrixData, codeIds: ['net'], evidence: [item(coding('c1'))], hits: [], sources: ['s1', 's2', 's3', 's4'], informants: ['budi', 'dewi', 'harjo', 'wulan'],
    },
    {
      name: 'a marked code in the sources of the supporting evidence',
      data: marked('collab'), codeIds: [], evidence: [item(coding('c4'))], hits: ['c5'], sources: ['s2'], informants: ['harjo'],
    },
    {
      name: 'a marked parent takes in its sub-codes, in the sources of the conclusion’s own codes',
      data: marked('net'), codeIds: ['advocacy'], evidence: [item(coding('c7'))], hits: ['c7'], sources: ['s4'], informants: ['wulan'],
    },
    {
      name: 'the interviewer’s counter-evidence counts in a source of the scope',
      data: marked('collab'), codeIds: [], evidence: [item(coding('c1'))], hits: ['c3'], sources: ['s1'], informants: ['dewi'],
    },
    {
      name: 'a marked code outside every source and informant of the scope is not a hit',
      data: marked('learn'), codeIds: [], evidence: [item(coding('c4'))], hits: [], sources: ['s2'], informants: ['harjo'],
    },
    {
      name: 'disconfirming items widen nothing',
      data: marked('collab'), codeIds: [], evidence: [item(coding('c4'), 'disconfirming')], hits: [], sources: [], informants: [],
    },
  ];

  it.each(cases)('$name', ({ data, codeIds, evidence, hits, sources, informants }) => {
    const found = findNegativeEvidence(data, { codeIds, evidence });
    expect(found.hits.map((hit) => hit.codingId)).toEqual(hits);
    expect(found.scope.sourceIds).toEqual(sources);
    expect(found.scope.informantIds).toEqual(informants);
  });

  it('says how the conclusion already holds a hit, and lists its disconfirming items', () => {
    const against = item(coding('c5'), 'disconfirming');
    const found = findNegativeEvidence(marked('collab'), { codeIds: ['net'], evidence: [item(coding('c4')), against] });
    expect(found.hits.map((hit) => [hit.codingId, hit.stance, hit.informantIds])).toEqual([['c3', null, []], ['c5', 'disconfirming', ['harjo']]]);
    expect(found.disconfirming).toEqual([against]);
    expect(found.scope.counterCodeIds).toEqual(['collab']);
  });

  it('reaches the codings of a display cell held as supporting evidence', () => {
    const found = findNegativeEvidence(marked('collab'), { codeIds: [], evidence: [item({ kind: 'cell', displayId: 'd1', cellKey: 'k' })] }, {
      cellCodingIds: (displayId, key) => (displayId === 'd1' && key === 'k' ? ['c4'] : undefined),
    });
    expect(found.hits.map((hit) => hit.codingId)).toEqual(['c5']);
  });

  it('writes the scope of a "none found" into its note', () => {
    const data = marked('advocacy');
    const found = findNegativeEvidence(data, { codeIds: ['collab'], evidence: [item(coding('c4'))] });
    expect(found.hits).toEqual([]);
    expect(negativeEvidenceNote(found.scope, data, 'en')).toBe(
      'Negative-evidence query: codes marked as counter-evidence (Advocacy) within the conclusion’s codes (Collaboration), 2 sources and informants Harjo: none found.',
    );
    expect(negativeEvidenceNote(findNegativeEvidence(matrixData, { codeIds: [], evidence: [] }).scope, matrixData, 'en')).toBe(
      'Negative-evidence query: codes marked as counter-evidence (none marked) within the conclusion’s codes (none linked), 0 sources and informants none: none found.',
    );
  });
});

describe('outlierExcerpts', () => {
  it('gives the codings of the codes, sub-codes included, that belong to the informant', () => {
    expect(outlierExcerpts(matrixData, ['net'], 'budi').map((found) => found.id)).toEqual(['c2']);
    expect(outlierExcerpts(matrixData, ['net'], 'harjo').map((found) => found.id)).toEqual(['c4', 'c8']);
    expect(outlierExcerpts(matrixData, ['collab'], 'dewi')).toEqual([]);
    expect(outlierExcerpts(matrixData, ['net'], 'sari')).toEqual([]);
  });
});
