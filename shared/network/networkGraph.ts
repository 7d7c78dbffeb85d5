// The drawable graph of a network display: its nodes, and its relations as edges with their evidence counted
// against what still exists (a deleted coding or memo no longer evidences anything). Pure: the view, the SVG export,
// the report's figure and the layout all start from it.
import type { Id, NetworkDisplayDefinition, NetworkNode, Relation, RelationSign } from '../model/index.ts';

export type NetworkGraphEdge = {
  /** The relation's id. */
  id: Id;
  from: Id;
  to: Id;
  type: string;
  typeLabel: string;
  directed: boolean;
  sign: RelationSign;
  note: string;
  /** Codings and memos that evidence the relation and still exist. */
  evidence: number;
};

export type NetworkGraph = {
  nodes: NetworkNode[];
  edges: NetworkGraphEdge[];
  /** The edges with no evidence, listed under the drawing so none hides in it as a mere dashed line. */
  unevidenced: NetworkGraphEdge[];
  /** The largest evidence count of any edge (0 when none), which the widest edge stands for. */
  maxEvidence: number;
};

/** What still exists to evidence a relation; null counts every listed id. */
export type ExistingEvidence = { codingIds: ReadonlySet<Id>; memoIds: ReadonlySet<Id> } | null;

export const evidenceCount = (relation: Pick<Relation, 'evidence'>, existing: ExistingEvidence): number =>
  existing === null
    ? relation.evidence.codingIds.length + relation.evidence.memoIds.length
    : relation.evidence.codingIds.filter((id) => existing.codingIds.has(id)).length
      + relation.evidence.memoIds.filter((id) => existing.memoIds.has(id)).length;

/** The graph of `definition` with those of `relations` whose two ends are among its nodes. */
export const buildNetworkGraph = (
  definition: NetworkDisplayDefinition,
  relations: readonly Relation[],
  existing: ExistingEvidence,
  typeLabel: (type: string) => string,
): NetworkGraph => {
  const nodeIds = new Set(definition.nodes.map((node) => node.id));
  const edges = relations
    .filter((relation) => nodeIds.has(relation.fromNodeId) && nodeIds.has(relation.toNodeId))
    .map((relation): NetworkGraphEdge => ({
      id: relation.id,
      from: relation.fromNodeId,
      to: relation.toNodeId,
      type: relation.type,
      typeLabel: typeLabel(relation.type),
      directed: relation.directed,
      sign: relation.sign,
      note: relation.note,
      evidence: evidenceCount(relation, existing),
    }));
  return {
    nodes: definition.nodes,
    edges,
    unevidenced: edges.filter((edge) => edge.evidence === 0),
    maxEvidence: Math.max(0, ...edges.map((edge) => edge.evidence)),
  };
};
