// The few edges the automatic layout needs to see. ELK's layered algorithm spends nearly all its time on edges that
// span several layers (each is cut into one dummy node per layer crossed), yet the network view draws every relation
// as a straight line between node boxes itself and uses only the node positions. So the layout gets the skeleton of
// the relations: parallel relations collapse into one edge, cycles are broken here (Eades, Lin & Smyth's greedy
// ordering, so most relations still run one way), and an edge already implied by a longer path (a → c beside
// a → b → c) is left out, since the path alone keeps c after a. Deterministic: ties follow the order of the input.
import type { Id } from '../model/index.ts';

export type SkeletonEdge = { from: Id; to: Id };

/** Node indices in an order where as many relations (counted with their multiplicity) as possible run forward. */
const greedyOrder = (count: number, weights: ReadonlyMap<number, ReadonlyMap<number, number>>): number[] => {
  const outgoing = Array.from({ length: count }, (_, index) => weights.get(index) ?? new Map<number, number>());
  const incoming = Array.from({ length: count }, () => new Map<number, number>());
  outgoing.forEach((targets, from) => targets.forEach((weight, to) => incoming[to].set(from, weight)));
  const outWeight = outgoing.map((targets) => [...targets.values()].reduce((sum, weight) => sum + weight, 0));
  const inWeight = incoming.map((sources) => [...sources.values()].reduce((sum, weight) => sum + weight, 0));
  const left = new Set(Array.from({ length: count }, (_, index) => index));
  const head: number[] = [];
  const tail: number[] = [];
  const take = (node: number): void => {
    left.delete(node);
    outgoing[node].forEach((weight, to) => { inWeight[to] -= weight; });
    incoming[node].forEach((weight, from) => { outWeight[from] -= weight; });
  };
  while (left.size > 0) {
    const sink = [...left].find((node) => outWeight[node] === 0);
    if (sink !== undefined) {
      tail.push(sink);
      take(sink);
      continue;
    }
    const source = [...left].find((node) => inWeight[node] === 0);
    let next = source ?? -1;
    if (source === undefined) {
      for (const node of left) if (next < 0 || outWeight[node] - inWeight[node] > outWeight[next] - inWeight[next]) next = node;
    }
    head.push(next);
    take(next);
  }
  return [...head, ...tail.reverse()];
};

/**
 * The edges for the layout between the given nodes: each runs forward in one greedy order of the nodes, none is
 * parallel to another, none is implied by a path through other nodes. Self-relations and relations to unknown
 * nodes are dropped.
 */
export const layoutSkeleton = (nodeIds: readonly Id[], edges: readonly SkeletonEdge[]): SkeletonEdge[] => {
  const indexOf = new Map(nodeIds.map((id, index) => [id, index]));
  const weights = new Map<number, Map<number, number>>();
  for (const edge of edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    const targets = weights.get(from) ?? new Map<number, number>();
    targets.set(to, (targets.get(to) ?? 0) + 1);
    weights.set(from, targets);
  }
  const order = greedyOrder(nodeIds.length, weights);
  const rank = new Int32Array(nodeIds.length);
  order.forEach((node, position) => { rank[node] = position; });
  const successors = Array.from({ length: nodeIds.length }, () => new Set<number>());
  weights.forEach((targets, from) => targets.forEach((_, to) => {
    if (rank[from] < rank[to]) successors[from].add(to);
    else successors[to].add(from);
  }));
  // Walking the order backwards, each node's descendants are known when it is reached; a successor is redundant
  // when an earlier successor (in the order) already reaches it.
  const descendants: Set<number>[] = Array.from({ length: nodeIds.length }, () => new Set<number>());
  const skeleton: SkeletonEdge[] = [];
  for (let position = order.length - 1; position >= 0; position -= 1) {
    const node = order[position];
    const reached = descendants[node];
    for (const next of [...successors[node]].sort((a, b) => rank[a] - rank[b])) {
      if (reached.has(next)) continue;
      skeleton.push({ from: nodeIds[node], to: nodeIds[next] });
      reached.add(next);
      for (const further of descendants[next]) reached.add(further);
    }
  }
  return skeleton;
};
