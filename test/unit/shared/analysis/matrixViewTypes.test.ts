// Computed displays (computeMatrixView) of the other matrix types over hand-made codings (matrixFixture.ts and the
// richer copy in viewFixture.ts): checklists (sub-codes × informants or roles, with excerpts to justify a rating),
// time-ordered matrices and event listings (periods by year, quarter or the user's own, from source dates or an
// informant date attribute), triangulation (codes × source kinds, split by role, empty cells marked) and
// co-occurrence (overlap, same turn, proximity; coefficients; suggested relations), and how a long quote is cut.
import { describe, expect, it } from 'vitest';
import { QUOTE_LIMIT, suggestRelations, trimQuote } from '../../../../shared/analysis/index.ts';
import { codings, computeView, details, richerData, values } from './viewFixture.ts';

describe('computeMatrixView: checklist', () => {
  it('puts the sub-codes of the checklist code against roles, each cell with its excerpts for a justifying quote', () => {
    const view = computeView('checklist', { checklistCodeId: 'net' }, richerData);
    expect(view.rows.map((row) => [row.id, row.label])).toEqual([['learn', 'Learning'], ['fairs', 'Exhibitions']]);
    expect(view.columns.map((column) => column.id)).toEqual(['association', 'diaspora', 'owner']);
    expect(values(view)).toEqual({ Learning: [null, null, null], Exhibitions: [null, null, null] });
    expect(codings(view)).toEqual({ Learning: [['c7'], ['c2'], ['c2']], Exhibitions: [[], [], ['c9']] });
    expect(view.cells[1][2].quotes).toEqual([{ codingId: 'c9', sourceId: 's2', sourceTitle: 'Workshop notes', informantIds: ['harjo'], quote: 'Four carvers at work.' }]);
    expect(view.cells[1][0]).toMatchObject({ key: '["fairs","association"]', empty: true, quotes: [] });
  });

  it('runs across informants when asked, counts when the cell content is a count, and has no rows without a checklist code', () => {
    const view = computeView('checklist', { checklistCodeId: 'net', rows: 'informant', cell: 'segments' }, richerData);
    expect(view.columns.map((column) => column.label)).toEqual(['Budi', 'Dewi', 'Harjo', 'Sari', 'Wulan']);
    expect(values(view)).toEqual({ Learning: [1, 1, 0, 0, 1], Exhibitions: [0, 0, 1, 0, 0] });
    expect(computeView('checklist', {}, richerData).rows).toEqual([]);
  });
});

describe('computeMatrixView: time-ordered and event listing', () => {
  it('bins source dates by quarter, filling the quiet quarters, with undated sources apart', () => {
    const view = computeView('time-ordered', { periods: { kind: 'quarter' }, codeIds: ['net', 'learn'] });
    expect(view.rows.map((row) => [row.id, row.label, row.empty])).toEqual([
      ['2024-Q1', '2024 Q1', false], ['2024-Q2', '2024 Q2', true], ['2024-Q3', '2024 Q3', false], ['2024-Q4', '2024 Q4', true],
      ['2025-Q1', '2025 Q1', false], ['', '(no date)', false],
    ]);
    expect(view.cells.map((row) => row.map((cell) => cell.value))).toEqual([[1, 1], [0, 0], [2, 0], [0, 0], [0, 1], [1, 0]]);
    expect(computeView('time-ordered', { periods: { kind: 'quarter' }, hideEmptyRows: true }).rows.map((row) => row.id)).toEqual(['2024-Q1', '2024-Q3', '2025-Q1', '']);
  });

  it('dates codings by an informant date attribute, the date range keeping the informants whose date lies in it', () => {
    const view = computeView('time-ordered', { dateAttribute: 'joined', codeIds: ['net', 'learn', 'collab'], filters: { dateFrom: '2020-01-01' } }, richerData);
    // Dewi joined in 2019 and Wulan has no date: only Budi's half of c2 and Harjo's codings remain, all in 2021.
    expect(values(view)).toEqual({ 2021: [2, 1, 1] });
    expect(view.total).toBe(4);
  });

  it('lists excerpts by user-defined periods, a date in two overlapping periods in both, no date in none of them', () => {
    const view = computeView('event-listing', {
      dateAttribute: 'joined', codeIds: ['net', 'learn', 'collab'],
      periods: { kind: 'custom', periods: [
        { id: 'p1', label: 'Before 2020', from: '2000-01-01', to: '2019-12-31' },
        { id: 'p2', label: '2021', from: '2021-01-01', to: '2021-12-31' },
        { id: 'p3', label: 'Late 2021', from: '2021-07-01', to: '2021-12-31' },
        { id: 'p4', label: '2030', from: '2030-01-01', to: '2030-12-31' },
      ] },
    }, richerData);
    expect(view.rows.map((row) => [row.id, row.label, row.empty])).toEqual([
      ['p1', 'Before 2020', false], ['p2', '2021', false], ['p3', 'Late 2021', false], ['p4', '2030', true], ['', '(outside the periods)', false],
    ]);
    // c2 lies over Dewi's turn (2019) and Budi's (2021); Harjo joined in November 2021, in both p2 and p3.
    expect(codings(view)).toEqual({
      'Before 2020': [['c1'], ['c2'], []],
      2021: [['c4', 'c8'], ['c2'], ['c5']],
      'Late 2021': [['c4', 'c8'], [], ['c5']],
      2030: [[], [], []],
      '(outside the periods)': [['c6'], ['c7'], ['c3']],
    });
    expect(view.cells[0][1].quotes).toEqual([{ codingId: 'c2', sourceId: 's1', sourceTitle: 'Interview Dewi & Budi', informantIds: ['dewi', 'budi'], quote: 'Den Haag. Tourists in Bali.' }]);
    expect(view.cells[0][1].informants).toBe(1);
    expect(view.total).toBeNull();
  });
});

describe('computeMatrixView: triangulation', () => {
  it('counts distinct sources and informants per code and source kind, marking the cells with no evidence', () => {
    const view = computeView('triangulation', { codeIds: ['net', 'learn', 'collab'] });
    expect(view.columns.map((column) => [column.id, column.total, column.empty])).toEqual([['interview', 3, false], ['observation', 1, false], ['document', 0, false], ['other', 0, true]]);
    expect(values(view)).toEqual({ Networks: [1, 1, 0, 0], 'Networks / Learning': [3, 0, 0, 0], Collaboration: [0, 1, 0, 0] });
    expect(details(view)).toEqual({
      Networks: ['1 source · 1 informant', '1 source · 1 informant', '1 source · 0 informants', 'No evidence'],
      'Networks / Learning': ['2 sources · 3 informants', 'No evidence', 'No evidence', 'No evidence'],
      Collaboration: ['1 source · 0 informants', '1 source · 1 informant', 'No evidence', 'No evidence'],
    });
    expect(view.cells[2].map((cell) => cell.empty)).toEqual([false, false, true, true]);
    expect(view.cells[0][1].key).toBe('["net","observation"]');
  });

  it('splits each source kind by informant role, a column of no role only where codings of no informant lie', () => {
    const view = computeView('triangulation', { codeIds: ['net', 'learn', 'collab'], splitByRole: true, hideEmptyColumns: true, cell: 'segments' });
    expect(view.columns.map((column) => [column.id, column.label, column.groupId])).toEqual([
      ['["interview","association"]', 'association', 'interview'], ['["interview","diaspora"]', 'diaspora', 'interview'],
      ['["interview","owner"]', 'owner', 'interview'], ['["interview",""]', '(no role)', 'interview'],
      ['["observation","owner"]', 'owner', 'observation'], ['["document",""]', '(no role)', 'document'],
    ]);
    expect(view.columnGroups).toEqual([{ id: 'interview', label: 'Interview', span: 4 }, { id: 'observation', label: 'Observation', span: 1 }, { id: 'document', label: 'Document', span: 1 }]);
    expect(values(view)).toEqual({ Networks: [0, 1, 0, 0, 2, 1], 'Networks / Learning': [1, 1, 1, 0, 0, 0], Collaboration: [0, 0, 0, 1, 1, 0] });
    expect(computeView('triangulation', { splitByRole: true }).columns).toHaveLength(14);
  });
});

describe('computeMatrixView: co-occurrence', () => {
  it('counts overlapping segments of two codes with the coefficient, each code\'s own segments on the diagonal', () => {
    const view = computeView('cooccurrence', { hideEmptyRows: true, hideEmptyColumns: true });
    expect(view.rows.map((row) => [row.id, row.total])).toEqual([['net', 4], ['learn', 2], ['collab', 2]]);
    expect(values(view)).toEqual({ Networks: [4, 1, 2], 'Networks / Learning': [1, 2, 0], Collaboration: [2, 0, 2] });
    expect(view.cells.map((row) => row.map((cell) => cell.coefficient))).toEqual([[null, 0.2, 0.5], [0.2, null, 0], [0.5, 0, null]]);
    expect(details(view).Networks).toEqual([null, '0.2', '0.5']);
    // c4 and c8 (both Networks) each overlap c5; the diagonal's 4 stays out of the heat scale.
    expect(view.cells[0][2]).toMatchObject({ codingIds: ['c4', 'c5', 'c8'], informants: 1, excerpts: 3, empty: false });
    expect(view.maxValue).toBe(2);
    expect(view.total).toBe(8);
  });

  it('counts segments in the same turn, or within N characters, as the user chooses', () => {
    expect(values(computeView('cooccurrence', { codeIds: ['net', 'learn', 'collab'], cooccurrence: { kind: 'same-turn' } })))
      .toEqual({ Networks: [4, 1, 2], 'Networks / Learning': [1, 2, 0], Collaboration: [2, 0, 2] });
    // The interviewer's question (c3) ends two characters before Dewi's answer (c1) begins.
    expect(values(computeView('cooccurrence', { codeIds: ['net', 'learn', 'collab'], cooccurrence: { kind: 'proximity', characters: 2 } })))
      .toEqual({ Networks: [4, 1, 3], 'Networks / Learning': [1, 2, 0], Collaboration: [3, 0, 2] });
    expect(values(computeView('cooccurrence', { codeIds: ['net', 'learn', 'collab'], cooccurrence: { kind: 'proximity', characters: 1 } })).Collaboration)
      .toEqual([2, 0, 2]);
  });

  it('suggests each pair of codes above a coefficient and a count once, strongest first', () => {
    const view = computeView('cooccurrence');
    expect(suggestRelations(view, 0.1, 1)).toEqual([
      { fromCodeId: 'net', toCodeId: 'collab', count: 2, coefficient: 0.5 },
      { fromCodeId: 'net', toCodeId: 'learn', count: 1, coefficient: 0.2 },
    ]);
    expect(suggestRelations(view, 0.3, 1)).toEqual([{ fromCodeId: 'net', toCodeId: 'collab', count: 2, coefficient: 0.5 }]);
    expect(suggestRelations(view, 0.1, 2)).toEqual([{ fromCodeId: 'net', toCodeId: 'collab', count: 2, coefficient: 0.5 }]);
    expect(() => suggestRelations(computeView('case-by-code'), 0, 0)).toThrow(/co-occurrence/);
  });
});

describe('trimQuote', () => {
  it('makes white space single spaces and cuts a long quote at a word with an ellipsis', () => {
    expect(trimQuote('Shops in\n\n  Den Haag. ')).toBe('Shops in Den Haag.');
    expect(trimQuote('word '.repeat(100))).toBe(`${'word '.repeat(QUOTE_LIMIT / 5 - 1)}word…`);
    expect(trimQuote('x'.repeat(QUOTE_LIMIT + 10))).toBe(`${'x'.repeat(QUOTE_LIMIT)}…`);
    expect(trimQuote('the start only', QUOTE_LIMIT, true)).toBe('the start only…');
  });
});
