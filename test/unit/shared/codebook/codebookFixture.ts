// Builds small in-memory coding snapshots (codes and codings) for the codebook operation tests.
import { memoTargetKey, type Code, type Coding, type Memo, type MemoTarget } from '../../../../shared/model/index.ts';
import type { CodingSnapshot } from '../../../../shared/codebook/codingSnapshot.ts';

export const PROJECT = 'p1';
export const NOW = '2026-01-02T03:04:05.000Z';

let counter = 0;
export const sequentialIds = (prefix = 'new'): (() => string) => () => `${prefix}-${++counter}`;

export const code = (id: string, name: string, parentId: string | null, order: number, extra: Partial<Code> = {}): Code => ({
  id,
  projectId: PROJECT,
  parentId,
  order,
  name,
  color: '#123456',
  definition: `${name} definition`,
  inclusionCriteria: '',
  exclusionCriteria: '',
  example: '',
  modelRole: null,
  status: 'draft',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

export const coding = (id: string, codeId: string, sourceId: string, start: number, end: number): Coding => ({
  id,
  projectId: PROJECT,
  sourceId,
  codeId,
  start,
  end,
  coderId: 'ana',
  createdAt: '2025-01-01T00:00:00.000Z',
});

export const memo = (id: string, target: MemoTarget, extra: Partial<Memo> = {}): Memo => ({
  id,
  projectId: PROJECT,
  target,
  targetKey: memoTargetKey(target),
  title: id,
  content: '{}',
  plainText: `${id} text`,
  authorId: 'ana',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

/**
 * networks (n)            collaboration (c)
 *   exporters (n1)          quality (c1)
 *   learning (n2)           design (c2)
 *     whatsapp (n2a)
 */
export const sampleSnapshot = (): CodingSnapshot => ({
  codes: [
    code('n', 'Business networks', null, 0),
    code('c', 'Global collaboration', null, 1),
    code('n1', 'Exporters and intermediaries', 'n', 0),
    code('n2', 'Learning', 'n', 1),
    code('n2a', 'WhatsApp group', 'n2', 0),
    code('c1', 'Product quality', 'c', 0),
    code('c2', 'Design innovation', 'c', 1),
  ],
  codings: [
    coding('g1', 'n1', 's1', 0, 10),
    coding('g2', 'n1', 's1', 20, 30),
    coding('g3', 'n2', 's2', 5, 9),
    coding('g4', 'n2a', 's2', 40, 50),
    coding('g5', 'c1', 's1', 20, 30),
    coding('g6', 'c1', 's3', 1, 2),
  ],
});

/** Sorts records by id so states can be compared regardless of row order. */
export const normalized = (snapshot: CodingSnapshot): CodingSnapshot => ({
  codes: [...snapshot.codes].sort((a, b) => a.id.localeCompare(b.id)),
  codings: [...snapshot.codings].sort((a, b) => a.id.localeCompare(b.id)),
});

/** Orders of the children of one parent, by name, to assert sibling order compactly. */
export const childNames = (snapshot: CodingSnapshot, parentId: string | null): string[] =>
  snapshot.codes
    .filter((candidate) => candidate.parentId === parentId)
    .sort((a, b) => a.order - b.order)
    .map((candidate) => candidate.name);
