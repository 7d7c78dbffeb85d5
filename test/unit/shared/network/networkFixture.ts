// A small ecosystem network for the network tests: four roles around the enterprise's internationalisation, typed
// relations with and without evidence, two relations between the same pair, and one negative directed relation.
import type { NetworkDisplayDefinition, NetworkNode, Relation } from '../../../../shared/model/index.ts';

const node = (id: string, kind: NetworkNode['kind'], label: string, at: { x: number; y: number } | null = null): NetworkNode => ({
  id, kind, refId: kind === 'free' ? null : `ref-${id}`, label, x: at?.x ?? null, y: at?.y ?? null,
});

export const NETWORK: NetworkDisplayDefinition = {
  kind: 'network',
  direction: 'right',
  nodes: [
    node('networks', 'code', 'Business networks'),
    node('collab', 'code', 'Global collaboration'),
    node('diaspora', 'role', 'diaspora actor'),
    node('association', 'role', 'association representative'),
    node('msme', 'free', "MSME's internationalisation"),
  ],
};

const relation = (id: string, from: string, to: string, type: string, codingIds: string[], extra: Partial<Relation> = {}): Relation => ({
  id, projectId: 'p', displayId: 'd', fromNodeId: from, toNodeId: to, type, directed: true, sign: '+', note: '',
  evidence: { codingIds, memoIds: [] }, suggestedCoefficient: null, createdAt: `2026-01-01T00:00:0${id.length % 10}Z`, updatedAt: '2026-01-01T00:00:00Z', ...extra,
});

export const RELATIONS: Relation[] = [
  relation('r-entry', 'networks', 'msme', 'enables', ['c1', 'c2', 'c3', 'c4']),
  relation('r-market', 'diaspora', 'msme', 'sells-to', ['c5', 'gone']),
  relation('r-train', 'association', 'msme', 'trains', [], { evidence: { codingIds: [], memoIds: ['m1'] } }),
  relation('r-synergy', 'networks', 'collab', 'synergy', [], { directed: false, sign: null }),
  relation('r-contra', 'collab', 'networks', 'contradicts', ['c6'], { sign: '-' }),
  // Its end is no node of the display (a node removed by hand in a file): it is not drawn.
  relation('r-stray', 'networks', 'nowhere', 'informs', ['c7']),
];

export const EXISTING = { codingIds: new Set(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']), memoIds: new Set(['m1']) };
