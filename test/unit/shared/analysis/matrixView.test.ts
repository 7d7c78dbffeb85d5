// Computed displays (computeMatrixView) of the code-column types over hand-made codings (matrixFixture.ts), cell by
// cell: case-by-code by the attribution rule, sub-codes, filters (roles, informant attributes, coders, dates), sorting
// with the "none" row last, hidden empty rows and columns, excerpts in cells, role-ordered rows in the user's order with
// "n informants / n excerpts", and conceptually clustered columns under model roles or parent codes.
import { describe, expect, it } from 'vitest';
import { codings, computeView, details, richerData, values } from './viewFixture.ts';

describe('computeMatrixView: case-by-code', () => {
  it('counts segments per informant by the attribution rule, the interviewer and an unlinked report under no informant', () => {
    const view = computeView('case-by-code');
    expect(view.columns.map((column) => [column.id, column.total, column.empty])).toEqual([['net', 4, false], ['learn', 2, false], ['collab', 2, false], ['advocacy', 0, true]]);
    expect(values(view)).toEqual({
      Budi: [0, 1, 0, 0], Dewi: [1, 1, 0, 0], Harjo: [2, 0, 1, 0], Sari: [0, 0, 0, 0], Wulan: [0, 1, 0, 0], '(no informant)': [1, 0, 1, 0],
    });
    expect(view.rows.map((row) => [row.id, row.total, row.none, row.empty])).toEqual([
      ['budi', 1, false, false], ['dewi', 2, false, false], ['harjo', 3, false, false], ['sari', 0, false, true], ['wulan', 1, false, false], ['', 2, true, false],
    ]);
    expect(codings(view).Harjo).toEqual([['c4', 'c8'], [], ['c5'], []]);
    // The coding over Dewi's and Budi's turns counts in both rows, each with its own informant, and once in the total.
    expect(view.cells[0][1]).toMatchObject({ key: '["budi","learn"]', codingIds: ['c2'], informants: 1, excerpts: 1, empty: false, quotes: null, detail: null });
    expect(view.cells[5][2]).toMatchObject({ codingIds: ['c3'], informants: 0, excerpts: 1 });
    expect(view.total).toBe(8);
    expect(view.maxValue).toBe(2);
    expect(view.columnGroups).toBeNull();
  });

  it('takes in sub-codes when asked, hides empty rows and columns, and sorts rows by total and columns by label', () => {
    const view = computeView('case-by-code', {
      codeIds: ['net', 'collab', 'advocacy'], withSubCodes: true, hideEmptyRows: true, hideEmptyColumns: true,
      rowSort: { by: 'total', direction: 'descending' }, columnSort: { by: 'label', direction: 'ascending' },
    });
    expect(view.columns.map((column) => column.id)).toEqual(['collab', 'net']);
    // Budi and Wulan tie on 1 and keep their reading order; the row of no informant stays last whatever the sort.
    expect(values(view)).toEqual({ Harjo: [1, 2], Dewi: [0, 2], Budi: [0, 1], Wulan: [0, 1], '(no informant)': [1, 1] });
    expect(view.total).toBe(8);
  });

  it('sorts by label in descending order and by reading order reversed', () => {
    expect(computeView('case-by-code', { rowSort: { by: 'label', direction: 'descending' } }).rows.map((row) => row.label))
      .toEqual(['Wulan', 'Sari', 'Harjo', 'Dewi', 'Budi', '(no informant)']);
    expect(computeView('case-by-code', { columnSort: { by: 'reading', direction: 'descending' } }).columns.map((column) => column.id))
      .toEqual(['advocacy', 'collab', 'learn', 'net']);
  });

  it('counts distinct informants and coded words, totals counting each coding once', () => {
    const informants = computeView('case-by-code', { rows: 'role', cell: 'informants', withSubCodes: true, codeIds: ['net', 'collab'] });
    expect(values(informants)).toEqual({ association: [1, 0], diaspora: [1, 0], owner: [2, 1], '(no role)': [0, 0] });
    expect(informants.total).toBe(4);
    const words = computeView('case-by-code', { rows: 'source', cell: 'words', codeIds: ['net', 'collab'] });
    expect(values(words)).toEqual({ 'Association report': [4, 0], 'Interview Dewi & Budi': [4, 4], 'Interview Wulan': [0, 0], 'Workshop notes': [4, 4] });
    // c5 overlaps c4 by "the workshop.": the row counts the union of the coded words, 6, not 8.
    expect(words.rows.map((row) => row.total)).toEqual([4, 8, 0, 6]);
  });

  it('keeps the informants a role or attribute filter keeps, and the codings of the chosen coders and dates', () => {
    const sentul = computeView('case-by-code', { filters: { attributes: [{ name: 'village', values: ['Sentul'] }] } }, richerData);
    // Only Budi and Harjo are from Sentul: Dewi's half of c2 and every coding of no informant drop out.
    expect(values(sentul)).toEqual({ Budi: [0, 1, 0, 0, 0], Harjo: [2, 0, 1, 1, 0] });
    expect(sentul.columns.map((column) => column.id)).toEqual(['net', 'learn', 'fairs', 'collab', 'advocacy']);
    expect(sentul.total).toBe(5);

    const diasporaAndOwners = computeView('case-by-code', { rows: 'role', filters: { roles: ['owner', 'diaspora'] } });
    expect(values(diasporaAndOwners)).toEqual({ diaspora: [1, 1, 0, 0], owner: [2, 1, 1, 0] });

    expect(values(computeView('case-by-code', { filters: { coderIds: ['r2'] }, hideEmptyRows: true }))).toEqual({ Harjo: [1, 0, 0, 0] });
    const later = computeView('case-by-code', { filters: { dateFrom: '2024-06-01' }, hideEmptyRows: true, hideEmptyColumns: true });
    expect(later.columns.map((column) => column.id)).toEqual(['net', 'learn', 'collab']);
    expect(values(later)).toEqual({ Harjo: [2, 0, 1], Wulan: [0, 1, 0] });
  });

  it('shows the excerpts in cells when asked, with no counts', () => {
    const view = computeView('case-by-code', { cell: 'excerpts' });
    expect(view.total).toBeNull();
    expect(view.maxValue).toBe(0);
    expect(view.rows.every((row) => row.total === null)).toBe(true);
    expect(view.cells[2][0]).toMatchObject({
      value: null,
      quotes: [
        { codingId: 'c4', sourceId: 's2', sourceTitle: 'Workshop notes', informantIds: ['harjo'], quote: 'Morning at the workshop.' },
        { codingId: 'c8', sourceId: 's2', sourceTitle: 'Workshop notes', informantIds: ['harjo'], quote: 'at the workshop.' },
      ],
    });
    // A coding over two turns is quoted with its turn break as one space, and names both informants it belongs to.
    expect(view.cells[0][1].quotes).toEqual([{ codingId: 'c2', sourceId: 's1', sourceTitle: 'Interview Dewi & Budi', informantIds: ['dewi', 'budi'], quote: 'Den Haag. Tourists in Bali.' }]);
  });
});

describe('computeMatrixView: role-ordered', () => {
  it('orders roles as the user did (a role no one holds left out), the rest after, and gives "n informants / n excerpts"', () => {
    const view = computeView('role-ordered', { rowOrder: ['owner', 'gone', 'diaspora'] });
    expect(view.rows.map((row) => [row.id, row.total])).toEqual([['owner', null], ['diaspora', null], ['association', null], ['', null]]);
    expect(values(view).owner).toEqual([null, null, null, null]);
    expect(view.cells.map((row) => row.map((cell) => [cell.informants, cell.excerpts]))).toEqual([
      [[1, 2], [1, 1], [1, 1], [0, 0]],
      [[1, 1], [1, 1], [0, 0], [0, 0]],
      [[0, 0], [1, 1], [0, 0], [0, 0]],
      [[0, 1], [0, 0], [0, 1], [0, 0]],
    ]);
    expect(details(view).owner).toEqual(['1 informant / 2 excerpts', '1 informant / 1 excerpt', '1 informant / 1 excerpt', null]);
    expect(view.cells[0][0].key).toBe('["owner","net"]');
    expect(view.total).toBeNull();
  });
});

describe('computeMatrixView: conceptually clustered', () => {
  it('groups columns under their model roles (inherited from the nearest ancestor), sorting within each cluster', () => {
    const view = computeView('clustered', { columnSort: { by: 'label', direction: 'descending' } }, richerData);
    expect(view.columns.map((column) => [column.id, column.groupId])).toEqual([
      ['learn', 'entry point'], ['fairs', 'entry point'], ['net', 'entry point'], ['collab', 'value creator'], ['advocacy', ''],
    ]);
    expect(view.columnGroups).toEqual([
      { id: 'entry point', label: 'entry point', span: 3 }, { id: 'value creator', label: 'value creator', span: 1 }, { id: '', label: '(no model role)', span: 1 },
    ]);
    expect(values(view)).toEqual({ association: [1, 0, 0, 0, 0], diaspora: [1, 0, 1, 0, 0], owner: [1, 1, 2, 1, 0], '(no role)': [0, 0, 1, 1, 0] });
    const hidden = computeView('clustered', { hideEmptyColumns: true }, richerData);
    expect(hidden.columnGroups).toEqual([{ id: 'entry point', label: 'entry point', span: 3 }, { id: 'value creator', label: 'value creator', span: 1 }]);
  });

  it('groups columns under chosen parent codes: their sub-codes when no codes are chosen, other codes last', () => {
    const subCodes = computeView('clustered', { clusterBy: { kind: 'parent-codes', codeIds: ['net'] } }, richerData);
    expect(subCodes.columns.map((column) => [column.id, column.groupId])).toEqual([['learn', 'net'], ['fairs', 'net']]);
    expect(subCodes.columnGroups).toEqual([{ id: 'net', label: 'Networks', span: 2 }]);
    expect(values(subCodes)).toEqual({ association: [1, 0], diaspora: [1, 0], owner: [1, 1] });

    const chosen = computeView('clustered', { codeIds: ['collab', 'learn', 'net'], clusterBy: { kind: 'parent-codes', codeIds: ['net'] } });
    expect(chosen.columns.map((column) => column.id)).toEqual(['learn', 'net', 'collab']);
    expect(chosen.columnGroups).toEqual([{ id: 'net', label: 'Networks', span: 2 }, { id: '', label: '(other codes)', span: 1 }]);
  });
});
