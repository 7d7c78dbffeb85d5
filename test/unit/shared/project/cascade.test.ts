// What a deletion cascades to, found through the registry's dependents over rows held in memory: rows that refer
// to a deleted row go with it level by level, or are unlinked from it; rows the change itself rewrites are taken as
// the change leaves them.
import { describe, expect, it } from 'vitest';
import { deleteCode, mergeCodes, mergeRetargets, retargetMemos } from '../../../../shared/codebook/index.ts';
import { completeCascades, lookupIn, type DependentLookup } from '../../../../shared/project/cascade.ts';
import { changedTables, combineChanges, deletesOf, putsOf, tableChange, type ProjectChange } from '../../../../shared/project/projectChange.ts';
import type { Key, TableName } from '../../../../shared/project/tableRows.ts';
import { memo, NOW, PROJECT } from '../codebook/codebookFixture.ts';
import { OTHER_PROJECT, sampleTables, snapshotOf, type Tables } from './projectFixture.ts';

const deleted = (change: ProjectChange, table: TableName): Key[] => [...deletesOf(change, table)].sort();

const putKeys = (change: ProjectChange, table: 'informants' | 'sources' | 'memos' | 'codes' | 'codings'): string[] =>
  putsOf(change, table).map((row) => row.id).sort();

/** The keys of a table's rows that belong to `projectId`. */
const keysOfProject = (tables: Tables, table: 'informants' | 'sources' | 'codes' | 'codings' | 'memos', projectId: string): string[] =>
  tables[table].filter((row) => row.projectId === projectId).map((row) => row.id).sort();

const cascade = (change: ProjectChange, tables: Tables = sampleTables()): Promise<ProjectChange> => completeCascades(change, lookupIn(tables));

describe('completeCascades: deleting a source', () => {
  it('takes its text, its kept original, its codings, its summary sheets, the memos on it and the memos on those codings, and nothing else', async () => {
    const result = await cascade(tableChange('sources', [], ['s1']));
    expect(deleted(result, 'sources')).toEqual(['s1']);
    expect(deleted(result, 'sourceTexts')).toEqual(['s1']);
    expect(deleted(result, 'sourceOriginals')).toEqual(['s1']);
    // s1 holds g1 (n1), g2 (n1) and g5 (c1).
    expect(deleted(result, 'codings')).toEqual(['g1', 'g2', 'g5']);
    expect(deleted(result, 'memos')).toEqual(['memo-g1', 'memo-s1']);
    expect(deleted(result, 'summarySheets')).toEqual(['sheet-s1']);
    expect(changedTables(result).sort()).toEqual(['codings', 'memos', 'sourceOriginals', 'sourceTexts', 'sources', 'summarySheets']);
    expect(putsOf(result, 'sources')).toEqual([]);
  });

  it('answers the same through a lookup that reads asynchronously, as the database does', async () => {
    const tables = sampleTables();
    const direct = lookupIn(tables);
    const later: DependentLookup = async (dependent, keys) => direct(dependent, keys);
    const change = tableChange('sources', [], ['s1', 's3']);
    expect(await completeCascades(change, later)).toEqual(await completeCascades(change, direct));
  });
});

describe('completeCascades: deleting the source a member check\'s words became', () => {
  it('keeps the member check with its words, linked to no source', async () => {
    const tables = sampleTables();
    const result = await cascade(tableChange('sources', [], ['s2']), tables);
    expect(deleted(result, 'memberChecks')).toEqual([]);
    expect(putsOf(result, 'memberChecks')).toEqual([{ ...tables.memberChecks[0], wordsSourceId: null }]);
  });
});

describe('completeCascades: deleting a display', () => {
  it('takes its relations and the memos about it, and leaves the codings its relations cite', async () => {
    const tables = sampleTables();
    tables.memos.push(memo('memo-d1', { kind: 'display', id: 'd1' }), memo('memo-other-display', { kind: 'display', id: 'other-display' }, { projectId: OTHER_PROJECT }));
    const result = await cascade(tableChange('displays', [], ['d1']), tables);
    expect(deleted(result, 'displays')).toEqual(['d1']);
    expect(deleted(result, 'relations')).toEqual(['r1']);
    expect(deleted(result, 'memos')).toEqual(['memo-d1']);
    expect(changedTables(result).sort()).toEqual(['displays', 'memos', 'relations']);
  });
});

describe('completeCascades: deleting a code', () => {
  it('takes its sub-codes at every depth, their codings, and the memos on all of them', async () => {
    const result = await cascade(tableChange('codes', [], ['n']));
    expect(deleted(result, 'codes')).toEqual(['n', 'n1', 'n2', 'n2a']);
    expect(deleted(result, 'codings')).toEqual(['g1', 'g2', 'g3', 'g4']);
    // Memos on the code n and its grandchild n2a, and on the codings g1 (of n1) and g4 (of n2a).
    expect(deleted(result, 'memos')).toEqual(['memo-g1', 'memo-g4', 'memo-n', 'memo-n2a']);
    expect(changedTables(result).sort()).toEqual(['codes', 'codings', 'memos']);
  });

  it("completes deleteCode's own change with the memos it cannot see, keeping its renumbering", async () => {
    const tables = sampleTables();
    const outcome = deleteCode(snapshotOf(tables), 'n', { now: NOW });
    const result = await cascade(outcome.change, tables);
    expect(deleted(result, 'codes')).toEqual(['n', 'n1', 'n2', 'n2a']);
    expect(deleted(result, 'codings')).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(deleted(result, 'memos')).toEqual(['memo-g1', 'memo-g4', 'memo-n', 'memo-n2a']);
    // "Global collaboration" moves up to the first place.
    expect(putsOf(result, 'codes')).toEqual(putsOf(outcome.change, 'codes'));
    expect(putsOf(result, 'codes').map((row) => [row.id, row.order])).toEqual([['c', 0]]);
  });
});

describe('completeCascades: deleting an informant', () => {
  it("unlinks it from the sources' informants and speaker links, deletes its member checks and nothing else", async () => {
    const tables = sampleTables();
    const result = await cascade(tableChange('informants', [], ['dewi']), tables);
    expect(changedTables(result).sort()).toEqual(['informants', 'memberChecks', 'sources']);
    expect(deleted(result, 'memberChecks')).toEqual(['mc1']);
    expect(deleted(result, 'informants')).toEqual(['dewi']);
    expect(deleted(result, 'sources')).toEqual([]);
    const byId = new Map(putsOf(result, 'sources').map((row) => [row.id, row]));
    expect([...byId.keys()].sort()).toEqual(['s1', 's2']);
    expect(byId.get('s1')).toEqual({ ...tables.sources[0], informantIds: ['budi'], speakerLinks: { Budi: 'budi' } });
    expect(byId.get('s2')).toEqual({ ...tables.sources[1], informantIds: [], speakerLinks: {} });
  });

  it('composes the unlink with a put of the same source in the same change', async () => {
    const tables = sampleTables();
    const retitled = { ...tables.sources[0], title: 'Renamed in the same action' };
    const change = combineChanges(tableChange('informants', [], ['dewi']), tableChange('sources', [retitled]));
    const result = await cascade(change, tables);
    const s1 = putsOf(result, 'sources').filter((row) => row.id === 's1');
    expect(s1).toEqual([{ ...retitled, informantIds: ['budi'], speakerLinks: { Budi: 'budi' } }]);
  });
});

describe('completeCascades: deleting a project', () => {
  it('deletes every row the project owns and forgets it as the project to reopen', async () => {
    const tables = sampleTables(PROJECT);
    const result = await cascade(tableChange('projects', [], [PROJECT]), tables);
    expect(deleted(result, 'projects')).toEqual([PROJECT]);
    for (const table of ['informants', 'sources', 'codes', 'codings', 'memos'] as const) {
      expect(deleted(result, table)).toEqual(keysOfProject(tables, table, PROJECT));
    }
    expect(deleted(result, 'sourceTexts')).toEqual(['s1', 's2', 's3']);
    expect(deleted(result, 'auditEvents')).toEqual([1, 2]);
    expect(putsOf(result, 'appState')).toEqual([{ key: 'lastProjectId', value: null }]);
    // Nothing is unlinked or rewritten on the way, and the installation's coders and templates stay.
    for (const table of ['informants', 'sources', 'codes', 'codings', 'memos'] as const) expect(putKeys(result, table)).toEqual([]);
    expect(changedTables(result)).not.toContain('coders');
    expect(changedTables(result)).not.toContain('codebookTemplates');
    expect(deleted(result, 'appState')).toEqual([]);
  });

  it('leaves the project to reopen alone when it names another project', async () => {
    const tables = sampleTables(OTHER_PROJECT);
    const result = await cascade(tableChange('projects', [], [PROJECT]), tables);
    expect(changedTables(result)).not.toContain('appState');
    expect(deleted(result, 'codes')).toEqual(keysOfProject(tables, 'codes', PROJECT));
  });
});

describe('completeCascades: rows the change itself rewrites', () => {
  it('keeps a memo and codings the change moves away from the deleted code', async () => {
    const tables = sampleTables();
    tables.memos.push({ ...tables.memos[2], id: 'memo-c1', target: { kind: 'code', id: 'c1' }, targetKey: 'code:c1' });
    // Merging c1 into c2 deletes c1, moves its codings g5 and g6 to c2, and its memo follows.
    const merged = mergeCodes(snapshotOf(tables), 'c1', 'c2', { now: NOW });
    const moved = retargetMemos(tables.memos, mergeRetargets(merged.report), NOW);
    expect(moved.map((row) => [row.id, row.targetKey])).toEqual([['memo-c1', 'code:c2']]);
    const change = combineChanges(merged.change, tableChange('memos', moved));
    const result = await cascade(change, tables);
    expect(result).toEqual(change);
    expect(deleted(result, 'codings')).toEqual([]);
    expect(deleted(result, 'memos')).toEqual([]);
  });

  it("keeps a memo the change hands from a collapsed coding to its twin, while the coding's other dependents go", async () => {
    const tables = sampleTables();
    tables.memos.push({ ...tables.memos[4], id: 'memo-g2', target: { kind: 'coding', id: 'g2' }, targetKey: 'coding:g2' });
    // Merging n1 into c1: g2 (s1 20–30) collapses into c1's g5; g1 moves over.
    const merged = mergeCodes(snapshotOf(tables), 'n1', 'c1', { now: NOW });
    expect(merged.report.collapsedInto).toEqual({ g2: 'g5' });
    const change = combineChanges(merged.change, tableChange('memos', retargetMemos(tables.memos, mergeRetargets(merged.report), NOW)));
    const result = await cascade(change, tables);
    expect(deleted(result, 'codings')).toEqual(['g2']);
    expect(deleted(result, 'memos')).toEqual([]);
    expect(putsOf(result, 'memos').map((row) => [row.id, row.targetKey])).toEqual([['memo-g2', 'coding:g5']]);
  });

  it('still deletes a memo on a deleted code that the change does not move', async () => {
    const tables = sampleTables();
    const kept = { ...tables.memos[3], target: { kind: 'code' as const, id: 'c1' }, targetKey: 'code:c1' };
    const change = combineChanges(tableChange('codes', [], ['n']), tableChange('memos', [kept]));
    const result = await cascade(change, tables);
    expect(deleted(result, 'memos')).toEqual(['memo-g1', 'memo-g4', 'memo-n']);
    expect(putsOf(result, 'memos')).toEqual([kept]);
  });

  it('hands back a change without deletions as it is', async () => {
    const tables = sampleTables();
    const change = tableChange('codes', [{ ...tables.codes[0], name: 'Renamed' }]);
    expect(await cascade(change, tables)).toBe(change);
  });
});
