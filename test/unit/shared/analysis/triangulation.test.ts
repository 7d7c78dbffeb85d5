// The triangulation rule as a table: each row is a conclusion's supporting evidence (as the facts it rests on), its
// unresolved disconfirming items and a rule, with the status, counts and reasons expected. Edge cases: excerpts of
// unlinked speakers (no informant), one informant holding two roles, custom thresholds, disconfirming items resolved
// or not. Then the reasons in words, and the spread of the evidence over informants and roles.
import { describe, expect, it } from 'vitest';
import { reasonText, representativeness, triangulate, triangulationText, type EvidenceFacts } from '../../../../shared/analysis/triangulation.ts';
import { DEFAULT_TRIANGULATION_RULE, type SourceKind, type TriangulationRule } from '../../../../shared/model/index.ts';

const fact = (kind: SourceKind, informants: [string, ...string[]][] = [], coder = 'c1', date = '2024-03-12'): EvidenceFacts => ({
  sourceKinds: [kind], informants: informants.map(([id, ...roles]) => ({ id, roles })), coderIds: [coder], dates: [date],
});

const harjo: [string, string] = ['harjo', 'owner'];
const wulan: [string, string] = ['wulan', 'association'];
const rina: [string, string] = ['rina', 'diaspora'];
const dedi: [string, string] = ['dedi', 'craftsman'];

type Row = {
  name: string;
  supporting: EvidenceFacts[];
  unresolved?: number;
  rule?: TriangulationRule;
  status: string;
  counts?: Partial<Record<'sourceKinds' | 'roles' | 'informants' | 'coders' | 'dates', number>>;
  reasons: string[];
};

const rows: Row[] = [
  {
    name: 'two kinds, three roles, three informants',
    supporting: [fact('interview', [harjo]), fact('interview', [wulan]), fact('observation', [rina])],
    status: 'triangulated', counts: { sourceKinds: 2, roles: 3, informants: 3 }, reasons: [],
  },
  {
    name: 'interviews only, three informants of three roles: partial, no observation or document',
    supporting: [fact('interview', [harjo]), fact('interview', [wulan]), fact('interview', [rina])],
    status: 'partial', counts: { sourceKinds: 1, roles: 3, informants: 3 }, reasons: ['triangulation.reason.missingKinds'],
  },
  {
    name: 'two kinds from one owner: partial on method, short of roles and informants',
    supporting: [fact('interview', [harjo]), fact('observation', [harjo])],
    status: 'partial', counts: { sourceKinds: 2, roles: 1, informants: 1 }, reasons: ['triangulation.reason.fewRoles', 'triangulation.reason.fewInformants'],
  },
  {
    name: 'one interview of one informant: single source',
    supporting: [fact('interview', [harjo]), fact('interview', [harjo])],
    status: 'single-source', counts: { sourceKinds: 1, roles: 1, informants: 1 },
    reasons: ['triangulation.reason.missingKinds', 'triangulation.reason.fewRoles', 'triangulation.reason.fewInformants'],
  },
  {
    name: 'excerpts of unlinked speakers count for their source kind, never as informants',
    supporting: [fact('interview'), fact('document'), fact('observation')],
    status: 'partial', counts: { sourceKinds: 3, roles: 0, informants: 0 }, reasons: ['triangulation.reason.fewRoles', 'triangulation.reason.fewInformants'],
  },
  {
    name: 'one informant with two roles is one voice: one role held apart',
    supporting: [fact('interview', [['harjo', 'owner', 'craftsman']]), fact('document', [['harjo', 'owner', 'craftsman']]), fact('observation', [])],
    status: 'partial', counts: { sourceKinds: 3, roles: 1, informants: 1 }, reasons: ['triangulation.reason.fewRoles', 'triangulation.reason.fewInformants'],
  },
  {
    name: 'two informants sharing two roles between them hold two roles apart',
    supporting: [fact('interview', [['harjo', 'owner', 'craftsman']]), fact('observation', [['dedi', 'craftsman']]), fact('interview', [wulan])],
    status: 'triangulated', counts: { sourceKinds: 2, roles: 3, informants: 3 }, reasons: [],
  },
  {
    name: 'an unresolved disconfirming item makes it contested whatever the support',
    supporting: [fact('interview', [harjo]), fact('interview', [wulan]), fact('observation', [rina])],
    unresolved: 1, status: 'contested', reasons: ['triangulation.reason.unresolved'],
  },
  {
    name: 'custom thresholds: one kind, four informants asked',
    supporting: [fact('interview', [harjo]), fact('interview', [wulan]), fact('interview', [rina])],
    rule: { minSourceKinds: 1, minRoles: 2, minInformants: 4 },
    status: 'partial', counts: { informants: 3 }, reasons: ['triangulation.reason.fewInformants'],
  },
  {
    name: 'custom thresholds met',
    supporting: [fact('interview', [harjo]), fact('interview', [wulan]), fact('interview', [rina]), fact('interview', [dedi])],
    rule: { minSourceKinds: 1, minRoles: 2, minInformants: 4 },
    status: 'triangulated', counts: { informants: 4, roles: 4 }, reasons: [],
  },
  {
    name: 'no supporting evidence at all',
    supporting: [], status: 'single-source', counts: { sourceKinds: 0, informants: 0 }, reasons: ['triangulation.reason.noEvidence'],
  },
  {
    name: 'coders and collection dates are counted',
    supporting: [fact('interview', [harjo], 'c1', '2024-03-12'), fact('interview', [wulan], 'c2', '2024-03-14'), fact('observation', [rina], 'c2', '2024-03-14')],
    status: 'triangulated', counts: { coders: 2, dates: 2 }, reasons: [],
  },
];

describe('triangulate', () => {
  it.each(rows)('$name', (row) => {
    const result = triangulate(row.supporting, row.unresolved ?? 0, row.rule ?? DEFAULT_TRIANGULATION_RULE);
    expect(result.status).toBe(row.status);
    expect(result.counts).toMatchObject(row.counts ?? {});
    expect(result.reasons.map((reason) => reason.key)).toEqual(row.reasons);
  });

  it('names the source kinds that are missing, in words', () => {
    const result = triangulate([fact('interview', [harjo]), fact('interview', [wulan]), fact('interview', [rina])], 0, DEFAULT_TRIANGULATION_RULE);
    expect(result.reasons.map((reason) => reasonText(reason, 'en'))).toEqual(['no observation or document supports this']);
    expect(triangulationText(result, 'en')).toEqual({ status: 'Partly triangulated', reason: 'no observation or document supports this' });
  });

  it('says why a contested conclusion is contested first, and what a triangulated one rests on', () => {
    const supporting = [fact('interview', [harjo]), fact('interview', [wulan]), fact('observation', [rina])];
    expect(triangulationText(triangulate(supporting, 2, DEFAULT_TRIANGULATION_RULE), 'en')).toEqual({ status: 'Contested', reason: '2 disconfirming items are not resolved' });
    expect(triangulationText(triangulate(supporting, 0, DEFAULT_TRIANGULATION_RULE), 'en').reason).toBe('supported by 2 source kinds, 3 roles and 3 informants');
    expect(reasonText({ key: 'triangulation.reason.fewInformants', count: 1, min: 3 }, 'en')).toBe('only 1 informant behind it; the rule asks for 3');
    expect(reasonText({ key: 'triangulation.reason.fewKinds', count: 0, min: 2 }, 'en')).toBe('no source kind supports this; the rule asks for 2');
  });
});

describe('representativeness', () => {
  it('spreads the evidence over informants and roles, and warns when one informant gives more than half', () => {
    const spread = representativeness([fact('interview', [harjo]), fact('interview', [harjo]), fact('observation', [harjo, dedi]), fact('document')]);
    expect(spread.byInformant).toEqual([{ id: 'harjo', items: 3 }, { id: 'dedi', items: 1 }]);
    expect(spread.byRole).toEqual([{ role: 'owner', items: 3 }, { role: 'craftsman', items: 1 }]);
    expect(spread.withoutInformant).toBe(1);
    expect(spread.dominant).toEqual({ id: 'harjo', share: 0.75 });
  });

  it('gives no warning at exactly half', () => {
    expect(representativeness([fact('interview', [harjo]), fact('interview', [wulan])]).dominant).toBeNull();
    expect(representativeness([]).dominant).toBeNull();
  });
});
