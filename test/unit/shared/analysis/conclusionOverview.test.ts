// The triangulation overview display over the hand-made matrix project: one row per conclusion, its supporting items
// counted per source kind and per informant role (an item over two roles counts in each; a display cell or a memo
// through its codings; lost and disconfirming items nowhere), its informants, status and triangulation status with the
// reason as the title; the codes filter, and computed through computeMatrixView with the cells of other displays.
import { describe, expect, it } from 'vitest';
import { buildConclusionOverview } from '../../../../shared/analysis/conclusionOverview.ts';
import { computeMatrixView, newDisplayDefinition } from '../../../../shared/analysis/index.ts';
import {
  cellKey, DEFAULT_TRIANGULATION_RULE, type Conclusion, type ConclusionStatus, type Display, type EvidenceItem, type EvidenceTarget, type MatrixDisplayDefinition,
} from '../../../../shared/model/index.ts';
import { matrixData } from './matrixFixture.ts';

const AT = '2024-05-01T00:00:00.000Z';
let next = 0;
const item = (target: EvidenceTarget, stance: EvidenceItem['stance'] = 'supporting'): EvidenceItem => ({
  id: `e${(next += 1)}`, target, stance, weightNote: '', resolution: null, addedBy: 'r1', addedAt: AT,
});
const coding = (codingId: string): EvidenceTarget => ({ kind: 'coding', codingId });

const conclusion = (id: string, statement: string, evidence: EvidenceItem[], codeIds: string[] = [], status: ConclusionStatus = 'tentative'): Conclusion => ({
  id, projectId: 'p', statement: { content: '', plainText: statement }, researchQuestionId: null, modelRole: null, codeIds, displayIds: [],
  statusHistory: [{ status, reason: '', coderId: 'r1', at: AT }], evidence, tactics: [], rivalOfId: null, createdAt: AT, updatedAt: AT,
});

const lookups = {
  cellCodingIds: (displayId: string, key: string) => (displayId === 'd1' && key === 'owner|net' ? ['c4', 'c6'] : undefined),
  memos: new Map([['m1', { target: { kind: 'coding' as const, id: 'c7' } }]]),
  // Wulan answered a member check; her words were imported as the association report's kind of source (a document).
  memberChecks: [{
    id: 'mc1', projectId: 'p', informantId: 'wulan', sentOn: '2024-06-01', answeredOn: '2024-06-09', mode: 'email' as const, language: 'en' as const,
    items: [{ id: 'i1', target: { kind: 'transcript' as const, sourceId: 's4' }, response: 'elaborate' as const, comment: '', outcomes: [] }],
    words: 'We also ran the booth.', wordsSourceId: 's3', createdAt: AT, updatedAt: AT,
  }],
};

const COLUMNS = ['status', 'kind:interview', 'kind:observation', 'kind:document', 'role:association', 'role:diaspora', 'role:owner', 'informants', 'triangulation'];

type Row = { cells: Record<string, number | string>; title: string; empty: boolean };
type ExpectedRow = Omit<Row, 'title'> & { title: string | RegExp };

const rowOf = (built: ReturnType<typeof buildConclusionOverview>, index: number): Row => ({
  cells: Object.fromEntries(built.columns.map((column, c) => [column.id, built.cells[index][c].value ?? built.cells[index][c].detail ?? ''])),
  title: built.rows[index].title ?? '',
  empty: built.rows[index].empty,
});

describe('buildConclusionOverview', () => {
  const cases: { name: string; evidence: EvidenceItem[]; status?: ConclusionStatus; expected: ExpectedRow }[] = [
    {
      name: 'three informants of three roles over interviews and an observation: triangulated',
      evidence: [item(coding('c1')), item(coding('c4')), item(coding('c7'))],
      status: 'supported',
      expected: {
        cells: { status: 'Supported', 'kind:interview': 2, 'kind:observation': 1, 'kind:document': 0, 'role:association': 1, 'role:diaspora': 1, 'role:owner': 1, informants: 3, triangulation: 'Triangulated' },
        title: 'Triangulated: supported by 2 source kinds, 3 roles and 3 informants', empty: false,
      },
    },
    {
      name: 'one coding over two informants counts once per kind and once in each role',
      evidence: [item(coding('c2'))],
      expected: {
        cells: { status: 'Tentative', 'kind:interview': 1, 'kind:observation': 0, 'kind:document': 0, 'role:association': 0, 'role:diaspora': 1, 'role:owner': 1, informants: 2, triangulation: 'Partly triangulated' },
        title: 'Partly triangulated: no observation or document supports this; only 2 informants behind it; the rule asks for 3', empty: false,
      },
    },
    {
      name: 'an unresolved disconfirming item contests it and counts nowhere',
      evidence: [item(coding('c6')), item(coding('c3'), 'disconfirming')],
      expected: {
        cells: { status: 'Tentative', 'kind:interview': 0, 'kind:observation': 0, 'kind:document': 1, 'role:association': 0, 'role:diaspora': 0, 'role:owner': 0, informants: 0, triangulation: 'Contested' },
        title: /^Contested: 1 disconfirming item is not resolved/, empty: false,
      },
    },
    {
      name: 'a display cell and a memo count through their codings',
      evidence: [item({ kind: 'cell', displayId: 'd1', cellKey: 'owner|net' }), item({ kind: 'memo', memoId: 'm1' })],
      expected: {
        cells: { status: 'Tentative', 'kind:interview': 1, 'kind:observation': 1, 'kind:document': 1, 'role:association': 1, 'role:diaspora': 0, 'role:owner': 1, informants: 2, triangulation: 'Partly triangulated' },
        title: /^Partly triangulated: /, empty: false,
      },
    },
    {
      name: "a member-check response counts for the informant who answered, in the kind of source their words became",
      evidence: [item({ kind: 'member-check', memberCheckId: 'mc1', itemId: 'i1' })],
      expected: {
        cells: { status: 'Tentative', 'kind:interview': 0, 'kind:observation': 0, 'kind:document': 1, 'role:association': 1, 'role:diaspora': 0, 'role:owner': 0, informants: 1, triangulation: 'Single source' },
        title: /^Single source: /, empty: false,
      },
    },
    {
      name: 'evidence that is gone counts nowhere and leaves the row empty',
      evidence: [item(coding('gone'))],
      expected: {
        cells: { status: 'Tentative', 'kind:interview': 0, 'kind:observation': 0, 'kind:document': 0, 'role:association': 0, 'role:diaspora': 0, 'role:owner': 0, informants: 0, triangulation: 'Single source' },
        title: 'Single source: no supporting evidence yet', empty: true,
      },
    },
  ];

  it.each(cases)('$name', ({ evidence, status, expected }) => {
    const built = buildConclusionOverview({ data: matrixData, conclusions: [conclusion('k', 'A finding', evidence, [], status)], rule: DEFAULT_TRIANGULATION_RULE, lookups, locale: 'en' }, { codeIds: null });
    expect(built.columns.map((column) => column.id)).toEqual(COLUMNS);
    const { title, ...rest } = rowOf(built, 0);
    expect(rest).toEqual({ cells: expected.cells, empty: expected.empty });
    if (typeof expected.title === 'string') expect(title).toBe(expected.title);
    else expect(title).toMatch(expected.title);
    expect(built.rows[0].label).toBe('A finding');
  });

  it('keeps the codings behind each kind and role cell, and the triangulation reason as the cell title', () => {
    const built = buildConclusionOverview({
      data: matrixData, conclusions: [conclusion('k', 'A finding', [item({ kind: 'cell', displayId: 'd1', cellKey: 'owner|net' }), item(coding('c1'))])],
      rule: DEFAULT_TRIANGULATION_RULE, lookups, locale: 'en',
    }, { codeIds: null });
    const cell = (column: string) => built.cells[0][COLUMNS.indexOf(column)];
    expect(cell('kind:observation').codingIds).toEqual(['c4']);
    expect(cell('kind:document').codingIds).toEqual(['c6']);
    expect(cell('role:owner').codingIds).toEqual(['c4']);
    expect(cell('role:diaspora').codingIds).toEqual(['c1']);
    expect(cell('informants').codingIds.sort()).toEqual(['c1', 'c4', 'c6']);
    expect(cell('triangulation')).toMatchObject({ detail: 'Partly triangulated', title: 'only 2 informants behind it; the rule asks for 3' });
    expect(cell('kind:observation').key).toBe(cellKey('k', 'kind:observation'));
    expect(built.total).toBe(2);
    expect(built.columns.find((column) => column.id === 'kind:document')?.total).toBe(1);
  });

  it('keeps only the conclusions linked to the chosen codes, in their order', () => {
    const conclusions = [conclusion('a', 'First', [], ['net']), conclusion('b', 'Second', [], ['collab']), conclusion('c', 'Third', [], ['net', 'collab'])];
    const ids = (codeIds: string[] | null) =>
      buildConclusionOverview({ data: matrixData, conclusions, rule: DEFAULT_TRIANGULATION_RULE, locale: 'en' }, { codeIds }).rows.map((row) => row.id);
    expect(ids(null)).toEqual(['a', 'b', 'c']);
    expect(ids(['net'])).toEqual(['a', 'c']);
    expect(ids(['advocacy'])).toEqual([]);
  });
});

const matrixDefinition = (type: Display['type']): MatrixDisplayDefinition => {
  const definition = newDisplayDefinition(type);
  if (definition.kind !== 'matrix') throw new Error(`${type} is no matrix`);
  return definition;
};

describe('computeMatrixView: triangulation overview', () => {
  const definition = matrixDefinition('triangulation-overview');
  const display = (id: string, type: Display['type'], def: MatrixDisplayDefinition): Display => ({
    id, projectId: 'p', name: id, type, definition: def, cellNotes: {}, includeInReport: false, createdAt: AT, updatedAt: AT,
  });
  const triangulation = display('tri', 'triangulation', matrixDefinition('triangulation'));
  const overview = display('ov', 'triangulation-overview', definition);

  it('has no rows without the verification data', () => {
    expect(computeMatrixView(matrixData, overview).rows).toEqual([]);
  });

  it('counts a cell of another matrix display with the codings it holds now; an overview cell rests on nothing', () => {
    const fromCell = conclusion('x', 'From a cell', [item({ kind: 'cell', displayId: 'tri', cellKey: cellKey('net', 'observation') })]);
    const fromOverview = conclusion('y', 'From the overview', [item({ kind: 'cell', displayId: 'ov', cellKey: cellKey('x', 'kind:observation') })]);
    const view = computeMatrixView({
      ...matrixData,
      verification: { conclusions: [fromCell, fromOverview], displays: [triangulation, overview], memos: [], memberChecks: [], rule: DEFAULT_TRIANGULATION_RULE },
    }, overview);
    expect(view.type).toBe('triangulation-overview');
    expect(view.rows.map((row) => row.label)).toEqual(['From a cell', 'From the overview']);
    const observation = view.columns.findIndex((column) => column.id === 'kind:observation');
    expect(view.cells[0][observation]).toMatchObject({ value: 1, codingIds: ['c4', 'c8'] });
    expect(view.cells[1].every((cell) => cell.value === null || cell.value === 0)).toBe(true);
    expect(view.columnGroups?.map((group) => [group.label, group.span])).toEqual([['', 1], ['Source kinds', 3], ['Informant roles', 3], ['', 2]]);
  });
});
