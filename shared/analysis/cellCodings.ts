// The codings a saved display's cell holds now, for evidence that points at a cell: each matrix display is computed
// once, on first use (computeMatrixView); a display that is gone, a network or an unknown cell gives undefined.
import type { Display, Id } from '../model/index.ts';
import { computeMatrixView } from './displayView.ts';
import type { MatrixData } from './matrixTypes.ts';

export const cellCodingLookup = (data: MatrixData, displays: ReadonlyMap<Id, Display>): ((displayId: Id, cellKey: string) => readonly Id[] | undefined) => {
  const computed = new Map<Id, Map<string, readonly Id[]> | null>();
  return (displayId, cellKey) => {
    if (!computed.has(displayId)) {
      const display = displays.get(displayId);
      const isMatrix = display !== undefined && display.definition.kind === 'matrix' && display.type !== 'network';
      computed.set(displayId, isMatrix ? new Map(computeMatrixView(data, display).cells.flat().map((cell) => [cell.key, cell.codingIds])) : null);
    }
    return computed.get(displayId)?.get(cellKey);
  };
};
