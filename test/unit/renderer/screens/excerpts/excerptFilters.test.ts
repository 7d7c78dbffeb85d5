// The retrieval's in-memory filters (role, kind, coder; "" = no role) and the fuzzy code matching shared with
// the search screen's code picker.
import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../../../shared/codebook/index.ts';
import type { CodedExcerpt } from '../../../../../shared/export/index.ts';
import type { Code, Coding, SourceKind } from '../../../../../shared/model/index.ts';
import { codeOptionsOf, createCodeMatcher } from '../../../../../renderer/coding/codeOptions.ts';
import { filterExcerpts } from '../../../../../renderer/screens/excerpts/excerptFilters.ts';

const excerpt = (id: string, roles: string[], sourceKind: SourceKind, coder: string): CodedExcerpt => ({
  coding: { id, projectId: 'p', sourceId: 's', codeId: 'c', start: 0, end: 1, coder, createdAt: '', memoId: null },
  codePath: 'C', text: 'x', sourceId: 's', sourceTitle: 'S', sourceKind, speaker: null, informants: [], roles, memo: '',
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

const code = (id: string, name: string, parentId: string | null, order: number): Code => ({
  id, projectId: 'p', parentId, order, name, color: '#336699', definition: '', inclusionCriteria: '', exclusionCriteria: '',
  example: '', modelRole: null, status: 'draft', createdAt: '', updatedAt: '',
});

describe('code options and matching', () => {
  const codes = [
    code('net', 'Business networks', null, 0),
    code('exp', 'Exporters and intermediaries', 'net', 0),
    code('glob', 'Global collaboration', null, 1),
    code('dist', 'Distribution efficiency', 'glob', 0),
  ];
  const codings: Coding[] = [{ id: 'k', projectId: 'p', sourceId: 's', codeId: 'exp', start: 0, end: 1, coder: 'a', createdAt: '', memoId: null }];
  const options = codeOptionsOf(buildCodeTree(codes, codings));

  it('lists codes in tree order with paths, depths and own/total counts', () => {
    expect(options.map((option) => [option.path, option.depth, option.ownCount, option.totalCount])).toEqual([
      ['Business networks', 0, 0, 1],
      ['Business networks / Exporters and intermediaries', 1, 1, 1],
      ['Global collaboration', 0, 0, 0],
      ['Global collaboration / Distribution efficiency', 1, 0, 0],
    ]);
  });

  it('matches each word of the query fuzzily, by name or path; blank returns all', () => {
    const match = createCodeMatcher(options);
    expect(match('  ')).toHaveLength(4);
    expect(match('distrib effic').map((option) => option.id)).toEqual(['dist']);
    expect(match('exporters').map((option) => option.id)[0]).toBe('exp');
    expect(match('zzzz')).toEqual([]);
  });
});
