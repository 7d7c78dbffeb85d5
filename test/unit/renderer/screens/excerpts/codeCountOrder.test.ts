// The per-code counts of a retrieval follow the code tree (as a codebook is read), whatever the counts are.
import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../../../shared/codebook/index.ts';
import type { Code } from '../../../../../shared/model/index.ts';
import { codeCountsInTreeOrder } from '../../../../../renderer/screens/excerpts/codeCountOrder.ts';
import { pickableCodes } from '../../../../../renderer/coding/codeMatcher.ts';

const code = (id: string, name: string, parentId: string | null, order: number): Code => ({
  id, projectId: 'p', parentId, order, name, color: '#336699', definition: '', inclusionCriteria: '', exclusionCriteria: '',
  example: '', modelRole: null, status: 'draft', createdAt: '', updatedAt: '',
});

// Listed out of tree order on purpose: the tree's order comes from parentId and order, not from this array.
const CODES = [
  code('assoc', 'Business associations', null, 2),
  code('train', 'Training', 'assoc', 0),
  code('exhib', 'Exhibitions', 'assoc', 1),
  code('net', 'Business networks', null, 0),
  code('exp', 'Exporters and intermediaries', 'net', 0),
  code('dia', 'Diaspora', null, 1),
];
const treeOrder = pickableCodes(buildCodeTree(CODES, [])).map((code) => code.id);

describe('codeCountsInTreeOrder', () => {
  it('orders counts by the code tree, not by count or name', () => {
    expect(treeOrder).toEqual(['net', 'exp', 'dia', 'assoc', 'train', 'exhib']);
    const byCode = new Map([['exhib', 9], ['exp', 1], ['train', 4], ['dia', 2], ['assoc', 7]]);
    expect(codeCountsInTreeOrder(byCode, treeOrder)).toEqual([
      { codeId: 'exp', count: 1 },
      { codeId: 'dia', count: 2 },
      { codeId: 'assoc', count: 7 },
      { codeId: 'train', count: 4 },
      { codeId: 'exhib', count: 9 },
    ]);
  });

  it('keeps every count: ids missing from the tree come last, in the order counted', () => {
    const byCode = new Map([['gone', 3], ['train', 1], ['also-gone', 5]]);
    expect(codeCountsInTreeOrder(byCode, treeOrder).map((entry) => entry.codeId)).toEqual(['train', 'gone', 'also-gone']);
    expect(codeCountsInTreeOrder(new Map(), treeOrder)).toEqual([]);
  });
});
