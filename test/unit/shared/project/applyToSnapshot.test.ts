// Writing a planned change into a project snapshot as commit writes it into the database: cascades of deletions,
// deletes and puts per table, the audit event appended without an id and stamped by the writer (who joins the
// coders), the project's updatedAt moved, and the snapshot given left as it was; a change puts audit events only with
// their project's row.
import { describe, expect, it } from 'vitest';
import type { Coder } from '../../../../shared/model/index.ts';
import { applyChangeToSnapshot, commitToSnapshot } from '../../../../shared/project/applyToSnapshot.ts';
import { projectFileTables } from '../../../../shared/project/entityRegistry.ts';
import { planProjectCreation } from '../../../../shared/project/newProject.ts';
import { combineChanges, putsOf, tableChange } from '../../../../shared/project/projectChange.ts';
import { snapshotRows, type ProjectSnapshot, type SnapshotTables } from '../../../../shared/projectFile/projectSnapshot.ts';
import { findBuiltInTemplate } from '../../../../shared/templates/builtInTemplates.ts';
import { PROJECT } from '../codebook/codebookFixture.ts';
import { coder, project, sampleTables } from './projectFixture.ts';

const LATER = '2025-02-02T10:00:00.000Z';
const cli: Coder = { id: 'cli', name: 'caseweave-cli', initials: 'C', createdAt: LATER, updatedAt: LATER };

/** Project p1 of the sample installation as its project file would carry it (audit events without ids). */
const p1Snapshot = (): ProjectSnapshot => {
  const all = sampleTables();
  const tables: Record<string, unknown[]> = {};
  for (const table of projectFileTables()) {
    const rows: unknown[] = all[table];
    tables[table] = table === 'coders' ? rows : rows.filter((row) => (table === 'projects' ? (row as { id: string }).id : (row as { projectId: string }).projectId) === PROJECT);
  }
  tables.auditEvents = snapshotRows({ projectId: PROJECT, tables: tables as SnapshotTables }, 'auditEvents').map(({ id: _id, ...event }) => event);
  return { projectId: PROJECT, tables: tables as SnapshotTables };
};

const ids = (snapshot: ProjectSnapshot, table: 'sources' | 'codings' | 'memos' | 'codes'): string[] =>
  snapshotRows(snapshot, table).map((row) => row.id).sort();

describe('applyChangeToSnapshot', () => {
  it('deletes a source with its text, codings and the memos on them, and leaves the given snapshot alone', async () => {
    const before = p1Snapshot();
    const copy = structuredClone(before);
    const after = await applyChangeToSnapshot(before, tableChange('sources', [], ['s1']));
    expect(ids(after, 'sources')).toEqual(['s2', 's3']);
    expect(snapshotRows(after, 'sourceTexts').map((text) => text.sourceId).sort()).toEqual(['s2', 's3']);
    expect(ids(after, 'codings')).toEqual(ids(before, 'codings').filter((id) => !['g1', 'g2', 'g5'].includes(id)));
    expect(ids(after, 'memos')).toEqual(ids(before, 'memos').filter((id) => !['memo-g1', 'memo-s1'].includes(id)));
    expect(before).toEqual(copy);
  });

  it('replaces a row in place and appends a new one', async () => {
    const before = p1Snapshot();
    const renamed = { ...snapshotRows(before, 'sources')[1], title: 'Renamed' };
    const added = { ...renamed, id: 's9', title: 'New' };
    const after = await applyChangeToSnapshot(before, tableChange('sources', [added, renamed]));
    expect(snapshotRows(after, 'sources').map((row) => `${row.id}:${row.title}`)).toEqual(['s1:Source s1', 's2:Renamed', 's3:Source s3', 's9:New']);
  });

  it('refuses a change that puts audit events (they have no key in a file), unless it writes their project whole', async () => {
    const before = p1Snapshot();
    const event = { ...snapshotRows(before, 'auditEvents')[0] };
    await expect(applyChangeToSnapshot(before, tableChange('auditEvents', [event]))).rejects.toThrow(/audit/);
    const [projectRow] = snapshotRows(before, 'projects');
    const whole = await applyChangeToSnapshot(before, combineChanges(tableChange('projects', [projectRow]), tableChange('auditEvents', [event])));
    expect(snapshotRows(whole, 'auditEvents')).toEqual([...snapshotRows(before, 'auditEvents'), event]);
  });
});

describe('commitToSnapshot', () => {
  it('writes a new project with its template codes, one audit event by the writer, and the writer among the coders', async () => {
    const template = findBuiltInTemplate('ecosystem-internationalization');
    const planned = planProjectCreation({ name: ' Batik  study ', templateId: template?.id }, template, LATER);
    const after = await commitToSnapshot({ projectId: planned.result.id, tables: {} }, planned, { actor: cli, at: LATER });
    expect(snapshotRows(after, 'projects')).toEqual([planned.result]);
    expect(snapshotRows(after, 'projects')[0]).toMatchObject({ name: 'Batik study', updatedAt: LATER });
    expect(snapshotRows(after, 'codes')).toEqual(putsOf(planned.change, 'codes'));
    expect(snapshotRows(after, 'codes').length).toBeGreaterThan(10);
    expect(snapshotRows(after, 'auditEvents')).toEqual([
      { projectId: planned.result.id, action: 'create', objectType: 'project', objectId: planned.result.id, detail: 'Batik study', at: LATER, actorId: 'cli' },
    ]);
    expect(snapshotRows(after, 'coders')).toEqual([cli]);
  });

  it('moves the project updatedAt to the event, keeps the trail order, and adds a known writer only once', async () => {
    const before = p1Snapshot();
    const renamed = { ...snapshotRows(before, 'sources')[0], title: 'Renamed' };
    const audit = { projectId: PROJECT, action: 'update', objectType: 'source' as const, objectId: renamed.id, detail: 'title' };
    const after = await commitToSnapshot(before, { change: tableChange('sources', [renamed]), audit }, { actor: coder, at: LATER });
    expect(snapshotRows(after, 'projects')[0].updatedAt).toBe(LATER);
    expect(snapshotRows(after, 'auditEvents')).toEqual([...snapshotRows(before, 'auditEvents'), { ...audit, at: LATER, actorId: coder.id }]);
    expect(snapshotRows(after, 'coders')).toEqual([coder]);
  });

  it('keeps the updatedAt a change stamps on the project row itself, and writes nothing for a null audit', async () => {
    const before = p1Snapshot();
    const stamped = { ...project(PROJECT), name: 'Renamed', updatedAt: '2025-03-03T00:00:00.000Z' };
    const audit = { projectId: PROJECT, action: 'rename', objectType: 'project' as const, objectId: PROJECT, detail: 'x' };
    const after = await commitToSnapshot(before, { change: tableChange('projects', [stamped]), audit }, { actor: cli, at: LATER });
    expect(snapshotRows(after, 'projects')).toEqual([stamped]);
    const silent = await commitToSnapshot(before, { change: tableChange('projects', [stamped]), audit: null }, { actor: cli, at: LATER });
    expect(snapshotRows(silent, 'auditEvents')).toEqual(snapshotRows(before, 'auditEvents'));
    expect(snapshotRows(silent, 'coders')).toEqual([coder]);
  });

  it('writes no audit event when the change deletes the project', async () => {
    const before = p1Snapshot();
    const audit = { projectId: PROJECT, action: 'delete', objectType: 'project' as const, objectId: PROJECT, detail: '' };
    const after = await commitToSnapshot(before, { change: tableChange('projects', [], [PROJECT]), audit }, { actor: cli, at: LATER });
    expect(snapshotRows(after, 'projects')).toEqual([]);
    expect(snapshotRows(after, 'sources')).toEqual([]);
    expect(snapshotRows(after, 'auditEvents')).toEqual([]);
  });
});
