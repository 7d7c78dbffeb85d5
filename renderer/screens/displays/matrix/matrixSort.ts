// Sorting a matrix from its headers: each click on a header steps its sort key through ascending, descending and back
// to the reading order (a new key starts ascending for names, descending for totals: the largest first).
import type { DisplaySort } from '../../../../shared/model/index.ts';

export const nextSort = (current: DisplaySort, by: 'label' | 'total'): DisplaySort => {
  const first = by === 'total' ? 'descending' : 'ascending';
  if (current.by !== by) return { by, direction: first };
  if (current.direction === first) return { by, direction: first === 'ascending' ? 'descending' : 'ascending' };
  return { by: 'reading', direction: 'ascending' };
};
