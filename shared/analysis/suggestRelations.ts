// Relations a network display may propose from a co-occurrence display (issue 9): each pair of codes whose segments
// co-occur at least `minCount` times with a coefficient n12 / (n1 + n2 − n12) of at least `minCoefficient`, strongest
// first. A suggestion is undirected evidence of association; the researcher accepts it (choosing type and direction)
// or rejects it.
import type { Id } from '../model/index.ts';
import type { MatrixView } from './displayView.ts';

export type SuggestedRelation = { fromCodeId: Id; toCodeId: Id; count: number; coefficient: number };

export const suggestRelations = (view: MatrixView, minCoefficient: number, minCount: number): SuggestedRelation[] => {
  if (view.type !== 'cooccurrence') throw new Error(`Relations are suggested from a co-occurrence display, not a ${view.type} one`);
  const reading = new Map(view.rows.map((row, index) => [row.id, index]));
  const seen = new Set<string>();
  const found: SuggestedRelation[] = [];
  view.rows.forEach((row, r) => view.columns.forEach((column, c) => {
    const { value, coefficient } = view.cells[r][c];
    if (row.id === column.id || value === null || coefficient === undefined || coefficient === null) return;
    // The matrix is symmetric: each pair once, named in the rows' order.
    const [fromCodeId, toCodeId] = (reading.get(row.id) ?? 0) <= (reading.get(column.id) ?? 0) ? [row.id, column.id] : [column.id, row.id];
    const key = JSON.stringify([fromCodeId, toCodeId]);
    if (seen.has(key) || value < minCount || coefficient < minCoefficient) return;
    seen.add(key);
    found.push({ fromCodeId, toCodeId, count: value, coefficient });
  }));
  return found.sort((a, b) => b.coefficient - a.coefficient || b.count - a.count || (reading.get(a.fromCodeId) ?? 0) - (reading.get(b.fromCodeId) ?? 0) || (reading.get(a.toCodeId) ?? 0) - (reading.get(b.toCodeId) ?? 0));
};
