// Relations a network display might add, proposed from code co-occurrence: the co-occurrence display of its code
// nodes (shared/analysis, read by suggestRelations), and of its suggestions those that no relation of the display
// links yet and the user has not rejected.
import { newDisplayDefinition } from '../../shared/analysis/displayDefaults.ts';
import type { SuggestedRelation } from '../../shared/analysis/suggestRelations.ts';
import { subtreeIds } from '../../shared/codebook/codeTree.ts';
import type { Code, Coding, Display, Id, NetworkDisplayDefinition, NetworkNode, Relation } from '../../shared/model/index.ts';

export type { SuggestedRelation };
export type NetworkSuggestion = SuggestedRelation & { key: string; from: NetworkNode; to: NetworkNode };

/** The key a suggestion is accepted or rejected by: its two codes, in either order. */
export const suggestionKey = (a: Id, b: Id): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The co-occurrence display of the network's code nodes (sub-codes counted with their code, segments overlapping)
 * that suggestRelations reads. It is computed like any matrix: over the window's copy of the project's data, in the
 * display worker (screens/displays/matrix/useMatrixView.ts), never on the UI thread.
 */
export const suggestionDisplay = (networkId: Id, projectId: Id, definition: NetworkDisplayDefinition, codes: readonly Code[]): Display => {
  const codeIds = definition.nodes.flatMap((node) => (node.kind === 'code' && node.refId !== null && codes.some((code) => code.id === node.refId) ? [node.refId] : []));
  const base = newDisplayDefinition('cooccurrence');
  if (base.kind !== 'matrix') throw new Error('A co-occurrence display is a matrix');
  return {
    id: `${networkId}:suggestions`, projectId, name: '', type: 'cooccurrence', cellNotes: {}, includeInReport: false, createdAt: '', updatedAt: '',
    definition: { ...base, codeIds, withSubCodes: true, cooccurrence: { kind: 'overlap' }, hideEmptyRows: false, hideEmptyColumns: false },
  };
};

/** The suggestions still open: both codes are nodes, no relation links their nodes, and the user has not rejected it. */
export const openSuggestions = (
  suggestions: readonly SuggestedRelation[], definition: NetworkDisplayDefinition, relations: readonly Relation[], rejected: ReadonlySet<string>,
): NetworkSuggestion[] => {
  const nodeOfCode = new Map(definition.nodes.filter((node) => node.kind === 'code' && node.refId !== null).map((node) => [node.refId, node]));
  const linked = new Set(relations.map((relation) => suggestionKey(relation.fromNodeId, relation.toNodeId)));
  return suggestions.flatMap((suggestion) => {
    const from = nodeOfCode.get(suggestion.fromCodeId);
    const to = nodeOfCode.get(suggestion.toCodeId);
    const key = suggestionKey(suggestion.fromCodeId, suggestion.toCodeId);
    if (from === undefined || to === undefined || linked.has(suggestionKey(from.id, to.id)) || rejected.has(key)) return [];
    return [{ ...suggestion, key, from, to }];
  });
};

/** The codings that make a suggestion: pairs of segments of the two codes (sub-codes included) overlapping in a source. */
export const overlappingCodings = (codes: readonly Code[], codings: readonly Coding[], a: Id, b: Id): Id[] => {
  const first = subtreeIds(codes, a);
  const second = subtreeIds(codes, b);
  const found = new Set<Id>();
  const ofFirst = codings.filter((coding) => first.has(coding.codeId));
  const ofSecond = codings.filter((coding) => second.has(coding.codeId));
  for (const x of ofFirst) {
    for (const y of ofSecond) {
      if (x.id !== y.id && x.sourceId === y.sourceId && x.start < y.end && y.start < x.end) {
        found.add(x.id);
        found.add(y.id);
      }
    }
  }
  return [...found];
};
