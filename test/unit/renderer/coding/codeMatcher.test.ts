// The code picker's fuzzy search: a few letters from anywhere in a name find it, names outrank paths, a blank
// query lists recent codes first, and "Create code" is offered only for a name not yet used at the top level.
import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../../shared/codebook/index.ts';
import type { Code } from '../../../../shared/model/index.ts';
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
  code('ba', 'Business associations', null, 2),
  code('tr', 'Training', 'ba', 0),
  code('exh', 'Exhibitions', 'ba', 1),
];
const pickable = pickableCodes(buildCodeTree(CODES, []));

describe('createCodeSearch', () => {
  it('lists codes in tree order with their paths', () => {
    expect(pickable.map((option) => option.id)).toEqual(['bn', 'ex', 'oc', 'gc', 'pq', 'ba', 'tr', 'exh']);
    expect(pickable.find((option) => option.id === 'tr')?.path).toBe('Business associations / Training');
  });

  it('matches letters from the middle of a name (location ignored)', () => {
    const search = createCodeSearch(pickable);
    expect(search('overs')[0]?.id).toBe('oc');
    expect(search('quality')[0]?.id).toBe('pq');
    expect(search('intermed')[0]?.id).toBe('ex');
    expect(search('train')[0]?.id).toBe('tr');
    expect(search('zzqx')).toEqual([]);
  });

  it('puts recent codes first for a blank query and respects the limit', () => {
    const search = createCodeSearch(pickable, ['tr', 'missing', 'oc']);
    expect(search('').map((option) => option.id)).toEqual(['tr', 'oc', 'bn', 'ex', 'gc', 'pq', 'ba', 'exh']);
    expect(search('', 3)).toHaveLength(3);
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
