// The small rules of the matrix view: header clicks step the sort, the role order keeps the user's order and places
// new roles alphabetically, heat shading grows with the value, a cell exports as its count or its writing, and the
// export's file name comes from the display's name.
import { describe, expect, it } from 'vitest';
import type { ViewCell } from '../../../../../shared/analysis/displayView.ts';
import { newDisplayDefinition } from '../../../../../shared/analysis/displayDefaults.ts';
import { t } from '../../../../../shared/i18n/translate.ts';
import type { CellNote, Display, MatrixDisplayDefinition } from '../../../../../shared/model/index.ts';
import { exportFileName } from '../../../../../renderer/screens/displays/export/exportFileName.ts';
import { cellExportValue } from '../../../../../renderer/screens/displays/export/matrixViewTable.ts';
import { heatAlpha, heatStyle } from '../../../../../renderer/screens/displays/matrix/heatShading.ts';
import { nextSort } from '../../../../../renderer/screens/displays/matrix/matrixSort.ts';
import { effectiveRoleOrder } from '../../../../../renderer/screens/displays/matrix/RoleOrderField.tsx';

describe('nextSort', () => {
  it('steps names ascending, descending, then back to reading order', () => {
    const first = nextSort({ by: 'reading', direction: 'ascending' }, 'label');
    expect(first).toEqual({ by: 'label', direction: 'ascending' });
    const second = nextSort(first, 'label');
    expect(second).toEqual({ by: 'label', direction: 'descending' });
    expect(nextSort(second, 'label')).toEqual({ by: 'reading', direction: 'ascending' });
  });

  it('starts totals with the largest first, and a new key replaces the old', () => {
    const byTotal = nextSort({ by: 'label', direction: 'descending' }, 'total');
    expect(byTotal).toEqual({ by: 'total', direction: 'descending' });
    expect(nextSort(byTotal, 'total')).toEqual({ by: 'total', direction: 'ascending' });
    expect(nextSort({ by: 'total', direction: 'ascending' }, 'total')).toEqual({ by: 'reading', direction: 'ascending' });
  });
});

describe('effectiveRoleOrder', () => {
  it('keeps the user order of known roles and adds the others alphabetically', () => {
    expect(effectiveRoleOrder(['owner', 'gone', 'diaspora actor'], ['craftsman', 'diaspora actor', 'owner', 'association'])).toEqual([
      'owner', 'diaspora actor', 'association', 'craftsman',
    ]);
    expect(effectiveRoleOrder([], ['b', 'a'])).toEqual(['a', 'b']);
  });
});

describe('heat shading', () => {
  it('grows with the value, leaves zero and non-counts unshaded, and turns the text light on dark cells', () => {
    expect(heatAlpha(0, 10)).toBe(0);
    expect(heatAlpha(null, 10)).toBe(0);
    expect(heatAlpha(5, 0)).toBe(0);
    expect(heatAlpha(2, 10)).toBeLessThan(heatAlpha(8, 10));
    expect(heatAlpha(10, 10)).toBeCloseTo(0.7);
    expect(heatStyle(1, 10)?.color).toBeUndefined();
    expect(heatStyle(10, 10)?.color).toBe('#ffffff');
    expect(heatStyle(0, 10)).toBeUndefined();
  });
});

describe('cellExportValue', () => {
  const definition = newDisplayDefinition('checklist');
  if (definition.kind !== 'matrix') throw new Error('matrix');
  const display: Display = {
    id: 'd', projectId: 'p', name: 'Support', type: 'checklist', definition, cellNotes: {}, includeInReport: false, createdAt: '', updatedAt: '',
  };
  const cell = (patch: Partial<ViewCell>): ViewCell => ({
    key: 'k', value: null, detail: null, codingIds: ['c1'], informants: 1, excerpts: 1, quotes: null, empty: false, ...patch,
  });
  const note = (patch: Partial<CellNote>): CellNote => ({
    summary: { content: '', plainText: '' }, rating: null, quoteCodingId: null, evidenceSeen: [], updatedAt: '', ...patch,
  });
  const input = (changes: Partial<MatrixDisplayDefinition> = {}) => ({ display, definition: { ...definition, ...changes }, t });

  it('gives a count as a number, with its detail beside it as text', () => {
    expect(cellExportValue(cell({ value: 3 }), undefined, input())).toBe(3);
    expect(cellExportValue(cell({ value: 3, detail: '2 sources · 3 informants' }), undefined, input())).toBe('3 (2 sources · 3 informants)');
  });

  it('gives the rating and the summary of a written cell, the quotes of an excerpt cell, and nothing for an empty one', () => {
    expect(cellExportValue(cell({}), note({ rating: 'strong', summary: { content: '', plainText: ' Trains members. ' } }), input())).toBe('Strong\nTrains members.');
    expect(cellExportValue(cell({}), note({ rating: 'in part' }), input())).toBe('in part');
    const quotes = [{ codingId: 'c1', sourceId: 's', sourceTitle: 'S', informantIds: [], quote: 'We dry the wood.' }];
    expect(cellExportValue(cell({ quotes }), undefined, input({ cell: 'excerpts' }))).toBe('“We dry the wood.”');
    expect(cellExportValue(cell({ codingIds: [], excerpts: 0, informants: 0, empty: true }), undefined, input())).toBe('');
    expect(cellExportValue(cell({ informants: 2, excerpts: 3 }), undefined, input())).toBe('2 informants / 3 excerpts');
  });
});

describe('exportFileName', () => {
  it('makes a file name of the display name', () => {
    expect(exportFileName('Functions by role', 'xlsx')).toBe('functions-by-role.xlsx');
    expect(exportFileName('Peran & fungsi — Ekspor', 'csv')).toBe('peran-fungsi-ekspor.csv');
    expect(exportFileName('Café Crème', 'png')).toBe('cafe-creme.png');
    expect(exportFileName('***', 'png')).toBe('display.png');
  });
});
