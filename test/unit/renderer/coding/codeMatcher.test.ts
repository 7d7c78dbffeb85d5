// The one code matcher: a few letters from anywhere in a name find it, each word of the query matches on its own,
// names outrank paths, a blank query lists recent codes first then the tree, limits hold (and are optional), and
// "Create code" is offered only for a name not yet used at the top level.
import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../../shared/codebook/index.ts';
import type { Code, Coding } from '../../../../shared/model/index.ts';
import { createCodeSearch, isNewCodeName, pickableCodes } from '../../../../renderer/coding/codeMatcher.ts';

const code = (id: string, name: string, parentId: string | null, order: number): Code => ({
  id, projectId: 'p', parentId, order, name, color: '#1f77b4', definition: '', inclusionCriteria: '', exclusionCriteria: '',
  example: '', modelRole: null, status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});

const CODES = [
  code('bn', 'Business networks', null, 0),
  code('ex', 'Exporters and intermediaries', 'bn', 0),
  code('oc', 'Overseas customers', 'bn', 1),
  code('gc', 'Global collaboration', null, 1),
  code('pq', 'Product quality', 'gc', 0),
  code('de', 'Distribution efficiency', 'gc', 1),
  code('ba', 'Business associations', null, 2),
  code('tr', 'Training', 'ba', 0),
  code('exh', 'Exhibitions', 'ba', 1),
];
const coding = (id: string, codeId: string): Coding => ({ id, projectId: 'p', sourceId: 's', codeId, start: 0, end: 1, coderId: 'a', createdAt: '' });
const pickable = pickableCodes(buildCodeTree(CODES, [coding('k1', 'ex'), coding('k2', 'ex'), coding('k3', 'bn')]));
const ids = (codes: readonly { id: string }[]): string[] => codes.map((found) => found.id);

describe('pickableCodes', () => {
  it('lists codes in tree order with paths, depths and own/total coding counts', () => {
    expect(ids(pickable)).toEqual(['bn', 'ex', 'oc', 'gc', 'pq', 'de', 'ba', 'tr', 'exh']);
    expect(pickable.find((found) => found.id === 'tr')).toMatchObject({ path: 'Business associations / Training', depth: 1 });
    expect(pickable.find((found) => found.id === 'bn')).toMatchObject({ ownCount: 1, totalCount: 3 });
    expect(pickable.find((found) => found.id === 'ex')).toMatchObject({ ownCount: 2, totalCount: 2 });
  });
});

describe('createCodeSearch', () => {
  it('matches letters from the middle of a name (location ignored), a typo included', () => {
    const search = createCodeSearch(pickable);
    expect(search('overs')[0]?.id).toBe('oc');
    expect(search('quality')[0]?.id).toBe('pq');
    expect(search('intermed')[0]?.id).toBe('ex');
    expect(search('train')[0]?.id).toBe('tr');
    expect(search('exprters')[0]?.id).toBe('ex');
    expect(search('zzqx')).toEqual([]);
  });

  it('matches each word of the query on its own', () => {
    const search = createCodeSearch(pickable);
    expect(ids(search('distrib effic'))).toEqual(['de']);
    expect(ids(search('effic distrib'))).toEqual(['de']);
  });

  it('ranks a match in the name above a match only in the path', () => {
    const found = ids(createCodeSearch(pickable)('associations'));
    expect(found[0]).toBe('ba');
    expect(found).toEqual(expect.arrayContaining(['tr', 'exh']));
  });

  it('puts recent codes first for a blank query and respects the limit; without a limit it lists every code', () => {
    const search = createCodeSearch(pickable, ['tr', 'missing', 'oc']);
    expect(ids(search(''))).toEqual(['tr', 'oc', 'bn', 'ex', 'gc', 'pq', 'de', 'ba', 'exh']);
    expect(search('', 3)).toHaveLength(3);
    expect(ids(createCodeSearch(pickable)('  '))).toEqual(ids(pickable));
    expect(createCodeSearch(pickable)('business', 1)).toHaveLength(1);
  });
});

describe('isNewCodeName', () => {
  it('refuses blank names and names already used at the top level, whatever their case and spacing', () => {
    expect(isNewCodeName(pickable, 'Amsterdam shop')).toBe(true);
    expect(isNewCodeName(pickable, '  business   NETWORKS ')).toBe(false);
    expect(isNewCodeName(pickable, 'Training')).toBe(true);
    expect(isNewCodeName(pickable, '   ')).toBe(false);
  });
});
