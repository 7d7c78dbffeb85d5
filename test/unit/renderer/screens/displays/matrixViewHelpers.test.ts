// The small rules of the matrix view: header clicks step the sort, the role order keeps the user's order and places
// new roles alphabetically, heat shading grows with the value, and the export's file name comes from the display's name.
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../../renderer/screens/displays/export/exportFileName.ts';
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

describe('exportFileName', () => {
  it('makes a file name of the display name', () => {
    expect(exportFileName('Functions by role', 'xlsx')).toBe('functions-by-role.xlsx');
    expect(exportFileName('Peran & fungsi — Ekspor', 'csv')).toBe('peran-fungsi-ekspor.csv');
    expect(exportFileName('Café Crème', 'png')).toBe('cafe-creme.png');
    expect(exportFileName('***', 'png')).toBe('display.png');
  });
});
