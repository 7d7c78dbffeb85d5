// The skeleton the automatic layout sees: parallel relations collapse into one edge, shortcuts implied by a longer
// path are left out, cycles are broken the way most relations run, and every relation keeps its order in the layout.
import { describe, expect, it } from 'vitest';
import { layoutSkeleton, type SkeletonEdge } from '../../../../shared/network/layoutSkeleton.ts';

const sorted = (edges: readonly SkeletonEdge[]): string[] => edges.map((edge) => `${edge.from}>${edge.to}`).sort();

/** Whether `to` can be reached from `from` along the skeleton's edges. */
const reaches = (edges: readonly SkeletonEdge[], from: string, to: string): boolean => {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop() ?? '';
    for (const edge of edges.filter((candidate) => candidate.from === node && !seen.has(candidate.to))) {
      if (edge.to === to) return true;
      seen.add(edge.to);
      stack.push(edge.to);
    }
  }
  return false;
};

describe('layoutSkeleton', () => {
  it('collapses parallel relations between the same two nodes into one edge', () => {
    const edges = [{ from: 'a', to: 'b' }, { from: 'a', to: 'b' }, { from: 'a', to: 'b' }];
    expect(layoutSkeleton(['a', 'b'], edges)).toEqual([{ from: 'a', to: 'b' }]);
  });

  it('leaves out a relation already implied by a longer path', () => {
    const edges = [{ from: 'a', to: 'c' }, { from: 'a', to: 'b' }, { from: 'b', to: 'c' }];
    expect(sorted(layoutSkeleton(['a', 'b', 'c'], edges))).toEqual(['a>b', 'b>c']);
  });

  it('breaks a cycle against the fewest relations', () => {
    const edges = [{ from: 'b', to: 'a' }, { from: 'a', to: 'b' }, { from: 'a', to: 'b' }];
    expect(layoutSkeleton(['a', 'b'], edges)).toEqual([{ from: 'a', to: 'b' }]);
    const ring = [{ from: 'x', to: 'y' }, { from: 'y', to: 'z' }, { from: 'z', to: 'x' }, { from: 'z', to: 'x' }];
    const skeleton = layoutSkeleton(['x', 'y', 'z'], ring);
    expect(skeleton).toHaveLength(2);
    expect(reaches(skeleton, 'z', 'x')).toBe(true);
  });

  it('drops self-relations and relations to nodes not in the display', () => {
    expect(layoutSkeleton(['a', 'b'], [{ from: 'a', to: 'a' }, { from: 'a', to: 'gone' }, { from: 'b', to: 'a' }])).toEqual([{ from: 'b', to: 'a' }]);
  });

  it('keeps every relation ordered one way or the other, without cycles, the same way each time', () => {
    const ids = Array.from({ length: 30 }, (_, index) => `n${index}`);
    const edges = Array.from({ length: 120 }, (_, index) => ({ from: ids[(index * 7) % 30], to: ids[(index * 11 + 3) % 30] }))
      .filter((edge) => edge.from !== edge.to);
    const skeleton = layoutSkeleton(ids, edges);
    expect(skeleton.length).toBeLessThan(edges.length);
    for (const edge of edges) expect(reaches(skeleton, edge.from, edge.to) || reaches(skeleton, edge.to, edge.from)).toBe(true);
    for (const id of ids) expect(reaches(skeleton, id, id)).toBe(false);
    expect(layoutSkeleton(ids, edges)).toEqual(skeleton);
  });
});
