// The report's small pure helpers: a quote's tag, the audit trail counted by category, and the order of model roles.
import { describe, expect, it } from 'vitest';
import type { CodeTreeNode } from '../../../../shared/codebook/codeTree.ts';
import type { Code } from '../../../../shared/model/index.ts';
import type { ReportConclusion } from '../../../../shared/report/reportFacts.ts';
import { quoteTag } from '../../../../shared/report/reportQuotes.ts';
import { auditCategoryCounts } from '../../../../shared/report/sections/auditSummary.ts';
import { modelRoles, withRivalsAfter } from '../../../../shared/report/sections/findingsSection.ts';

describe('quoteTag', () => {
  it.each([
    [{ pseudonyms: ['Harjo'], roles: ['owner'], kind: 'interview', date: 'Mar 12, 2024' }, '[Harjo · owner · interview · Mar 12, 2024]'],
    [{ pseudonyms: ['Harjo', 'Dedi'], roles: ['owner', 'craftsman'], kind: 'interview', date: 'Mar 12, 2024' }, '[Harjo, Dedi · owner, craftsman · interview · Mar 12, 2024]'],
    [{ pseudonyms: ['no informant'], roles: [], kind: 'observation', date: 'undated' }, '[no informant · observation · undated]'],
  ])('%j reads %s', (parts, tag) => {
    expect(quoteTag(parts)).toBe(tag);
  });
});

describe('auditCategoryCounts', () => {
  it.each([
    [[], []],
    [
      [{ objectType: 'code', at: '2024-03-02T10:00:00Z' }, { objectType: 'project', at: '2024-03-01T09:00:00Z' }, { objectType: 'code', at: '2024-02-28T23:00:00Z' }],
      [{ objectType: 'code', events: 2, first: '2024-02-28', last: '2024-03-02' }, { objectType: 'project', events: 1, first: '2024-03-01', last: '2024-03-01' }],
    ],
    [
      [{ objectType: 'memo', at: '2024-01-01T00:00:00Z' }, { objectType: 'coding', at: '2024-01-02T00:00:00Z' }],
      [{ objectType: 'coding', events: 1, first: '2024-01-02', last: '2024-01-02' }, { objectType: 'memo', events: 1, first: '2024-01-01', last: '2024-01-01' }],
    ],
  ])('counts %j by category, most events first, then by name', (events, counts) => {
    expect(auditCategoryCounts(events)).toEqual(counts);
  });
});

describe('modelRoles', () => {
  const node = (name: string, modelRole: string | null): CodeTreeNode =>
    ({ code: { id: name, name, modelRole } as Code, depth: 0, children: [], ownCodingCount: 0, totalCodingCount: 0 });
  const conclusion = (modelRole: string | null): ReportConclusion => ({ summary: { modelRole } } as ReportConclusion);

  it.each([
    [[node('Networks', 'entry point'), node('Other', null), node('Diaspora', 'market connector')], [], ['entry point', 'market connector']],
    [[node('Networks', 'entry point'), node('Also networks', ' entry point ')], [conclusion('entry point')], ['entry point']],
    [[node('Networks', 'entry point')], [conclusion('zeta'), conclusion(null), conclusion('alpha')], ['entry point', 'alpha', 'zeta']],
    [[], [], []],
  ])('orders code roles in tree order, then roles only conclusions name', (codeTree, conclusions, roles) => {
    expect(modelRoles({ codeTree, conclusions })).toEqual(roles);
  });
});

describe('withRivalsAfter', () => {
  const entry = (id: string, rivalOfId: string | null = null): ReportConclusion =>
    ({ conclusion: { id }, summary: { rivalOfId } } as ReportConclusion);
  const ids = (entries: readonly ReportConclusion[]): string[] => entries.map((item) => item.conclusion.id);

  it.each([
    [[entry('a'), entry('b')], ['a', 'b']],
    [[entry('rival', 'a'), entry('b'), entry('a')], ['b', 'a', 'rival']],
    [[entry('a'), entry('r2', 'r1'), entry('r1', 'a'), entry('b')], ['a', 'r1', 'r2', 'b']],
    [[entry('r', 'gone'), entry('a')], ['r', 'a']],
    [[entry('x', 'y'), entry('y', 'x')], ['x', 'y']],
  ])('places each rival after the conclusion it rivals', (entries, order) => {
    expect(ids(withRivalsAfter(entries))).toEqual(order);
  });
});
