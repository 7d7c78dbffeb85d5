// Source list filtering (kind, informant, role) and sorting (title, date with undated sources last).
import { describe, expect, it } from 'vitest';
import type { Informant } from '../../../../shared/model/index.ts';
import type { SourceSummary } from '../../../../renderer/data/sources.ts';
import { filterSources, rolesInUse } from '../../../../renderer/screens/sources/sourceFilters.ts';

const informant = (id: string, role: string): Informant => ({
  id, projectId: 'p', pseudonym: id, role, attributes: {}, realName: null, createdAt: '', updatedAt: '',
});

const source = (id: string, title: string, kind: SourceSummary['kind'], date: string | null, informantIds: string[]): SourceSummary => ({
  id, projectId: 'p', kind, title, informantIds, speakerLinks: {}, date, language: 'en', format: 'txt',
  originalFileName: `${id}.txt`, sha256: id, byteSize: 1, turns: [], importedAt: '', updatedAt: '', wordCount: 1,
});

const informants = [informant('ana', 'owner'), informant('budi', 'craftsman'), informant('citra', 'owner')];
const sources = [
  source('s1', 'Zebra interview', 'interview', '2024-03-02', ['ana']),
  source('s2', 'alpha observation', 'observation', null, ['budi']),
  source('s3', 'Beta interview 10', 'interview', '2024-01-15', ['citra', 'budi']),
  source('s4', 'Beta interview 9', 'document', '2024-01-15', []),
];
const titles = (list: SourceSummary[]) => list.map((item) => item.title);
const none = { kind: null, informantId: null, role: null } as const;

describe('filterSources', () => {
  it('sorts by title, case-insensitively and with numbers in numeric order', () => {
    expect(titles(filterSources(sources, informants, { ...none, sort: 'title' }))).toEqual([
      'alpha observation', 'Beta interview 9', 'Beta interview 10', 'Zebra interview',
    ]);
  });

  it('sorts by date with ties broken by title and undated sources last', () => {
    expect(titles(filterSources(sources, informants, { ...none, sort: 'date' }))).toEqual([
      'Beta interview 9', 'Beta interview 10', 'Zebra interview', 'alpha observation',
    ]);
  });

  it('filters by kind, informant and role, combined', () => {
    expect(titles(filterSources(sources, informants, { ...none, kind: 'interview', sort: 'title' }))).toEqual(['Beta interview 10', 'Zebra interview']);
    expect(titles(filterSources(sources, informants, { ...none, informantId: 'budi', sort: 'title' }))).toEqual(['alpha observation', 'Beta interview 10']);
    expect(titles(filterSources(sources, informants, { ...none, role: 'owner', sort: 'title' }))).toEqual(['Beta interview 10', 'Zebra interview']);
    expect(titles(filterSources(sources, informants, { kind: 'observation', informantId: null, role: 'owner', sort: 'title' }))).toEqual([]);
  });

  it('lists each role in use once', () => {
    expect(rolesInUse([...informants, informant('dewi', '')])).toEqual(['craftsman', 'owner']);
  });
});
