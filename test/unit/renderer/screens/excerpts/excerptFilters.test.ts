// The Coded excerpts screen's in-memory filters (role, kind, coder; "" = no role).
import { describe, expect, it } from 'vitest';
import type { CodedExcerpt } from '../../../../../shared/export/index.ts';
import type { SourceKind } from '../../../../../shared/model/index.ts';
import { filterExcerpts } from '../../../../../renderer/screens/excerpts/excerptFilters.ts';

const excerpt = (id: string, roles: string[], sourceKind: SourceKind, coderId: string): CodedExcerpt => ({
  coding: { id, projectId: 'p', sourceId: 's', codeId: 'c', start: 0, end: 1, coderId, createdAt: '' },
  codePath: 'C', text: 'x', sourceId: 's', sourceTitle: 'S', sourceKind, speaker: null, informants: [], roles, coderName: coderId.toUpperCase(), memo: '',
});

const EXCERPTS = [
  excerpt('a', ['owner'], 'interview', 'ana'),
  excerpt('b', ['association representative', 'partner/distributor'], 'document', 'ben'),
  excerpt('c', [], 'observation', 'ana'),
];
const ids = (list: CodedExcerpt[]) => list.map((item) => item.coding.id);

describe('filterExcerpts', () => {
  it('lets everything through when no filter is set', () => {
    expect(ids(filterExcerpts(EXCERPTS, { roles: [], kinds: [], coders: [] }))).toEqual(['a', 'b', 'c']);
  });

  it('matches any of the chosen roles, and "" for excerpts without a role', () => {
    expect(ids(filterExcerpts(EXCERPTS, { roles: ['partner/distributor'], kinds: [], coders: [] }))).toEqual(['b']);
    expect(ids(filterExcerpts(EXCERPTS, { roles: ['', 'owner'], kinds: [], coders: [] }))).toEqual(['a', 'c']);
  });

  it('combines kinds and coders with the roles (all filters must hold)', () => {
    expect(ids(filterExcerpts(EXCERPTS, { roles: [], kinds: ['interview', 'observation'], coders: ['ana'] }))).toEqual(['a', 'c']);
    expect(ids(filterExcerpts(EXCERPTS, { roles: ['owner'], kinds: ['document'], coders: [] }))).toEqual([]);
  });
});
