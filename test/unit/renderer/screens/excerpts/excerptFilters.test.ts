// The Coded excerpts screen's in-memory filters (role, informant, kind, coder; "" = no role / no informant).
import { describe, expect, it } from 'vitest';
import type { CodedExcerpt } from '../../../../../shared/export/index.ts';
import type { SourceKind } from '../../../../../shared/model/index.ts';
import { filterExcerpts, type RetrievalFilters } from '../../../../../renderer/screens/excerpts/excerptFilters.ts';

const excerpt = (id: string, roles: string[], sourceKind: SourceKind, coderId: string, informantIds: string[] = []): CodedExcerpt => ({
  coding: { id, projectId: 'p', sourceId: 's', codeId: 'c', start: 0, end: 1, coderId, createdAt: '' },
  codePath: 'C', text: 'x', sourceId: 's', sourceTitle: 'S', sourceKind, speakers: [], roles, coderName: coderId.toUpperCase(), memo: '',
  informants: informantIds.map((informantId, index) => ({ id: informantId, pseudonym: informantId, role: roles[index] ?? '' })),
  paragraphs: { first: 1, last: 1 }, timestamp: null,
});

const EXCERPTS = [
  excerpt('a', ['owner'], 'interview', 'ana', ['harjo']),
  excerpt('b', ['association representative', 'partner/distributor'], 'document', 'ben', ['wulan', 'ketut']),
  excerpt('c', [], 'observation', 'ana'),
];
const ids = (list: CodedExcerpt[]) => list.map((item) => item.coding.id);
const NONE: RetrievalFilters = { roles: [], informants: [], kinds: [], coders: [] };

describe('filterExcerpts', () => {
  it('lets everything through when no filter is set', () => {
    expect(ids(filterExcerpts(EXCERPTS, NONE))).toEqual(['a', 'b', 'c']);
  });

  it('matches any of the chosen roles, and "" for excerpts without a role', () => {
    expect(ids(filterExcerpts(EXCERPTS, { ...NONE, roles: ['partner/distributor'] }))).toEqual(['b']);
    expect(ids(filterExcerpts(EXCERPTS, { ...NONE, roles: ['', 'owner'] }))).toEqual(['a', 'c']);
  });

  it('matches any informant an excerpt belongs to, and "" for excerpts of no informant', () => {
    expect(ids(filterExcerpts(EXCERPTS, { ...NONE, informants: ['ketut'] }))).toEqual(['b']);
    expect(ids(filterExcerpts(EXCERPTS, { ...NONE, informants: ['', 'harjo'] }))).toEqual(['a', 'c']);
  });

  it('combines kinds and coders with the roles (all filters must hold)', () => {
    expect(ids(filterExcerpts(EXCERPTS, { ...NONE, kinds: ['interview', 'observation'], coders: ['ana'] }))).toEqual(['a', 'c']);
    expect(ids(filterExcerpts(EXCERPTS, { ...NONE, roles: ['owner'], kinds: ['document'] }))).toEqual([]);
  });
});
