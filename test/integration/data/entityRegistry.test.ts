// The entity registry against the real database: every table is registered with its real key, every table that
// holds a projectId says so, every cascade looks rows up through an index that exists; and deleting a project
// (the example study, fully coded) leaves no row of it in any table, while undo puts back every row exactly.
import { describe, expect, it } from 'vitest';
import { ENTITY_REGISTRY, TABLE_NAMES, projectTables } from '../../../shared/project/entityRegistry.ts';
import type { TableName } from '../../../shared/project/tableRows.ts';
import { createConclusion, markRival } from '../../../renderer/data/conclusions.ts';
import { commitPlan } from '../../../renderer/data/commit.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { deleteProject, getLastProjectId } from '../../../renderer/data/projects.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { setKeepOriginals } from '../../../renderer/data/sourceOriginals.ts';
import { storeImportedSource } from '../../../renderer/data/sources.ts';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';
import { DERIVED_CACHE_TABLES } from '../../../renderer/data/derivedCaches.ts';

const isRegistered = (name: string): name is TableName => name in ENTITY_REGISTRY;
const isDerivedCache = (name: string): boolean => (DERIVED_CACHE_TABLES as readonly string[]).includes(name);

/** Every row of every table, keyed by table, sorted by primary key: a picture of the whole database. */
const dump = async (db: CaseweaveDatabase): Promise<Record<string, unknown[]>> => {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.orderBy(':id').toArray();
  return tables;
};

describe('entity registry', () => {
  it('lists every table of the database, with the key the database uses (derived caches apart: no entities)', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([...TABLE_NAMES, ...DERIVED_CACHE_TABLES].sort());
    for (const table of db.tables) {
      if (isDerivedCache(table.name)) {
        expect(isRegistered(table.name), table.name).toBe(false);
        continue;
      }
      if (!isRegistered(table.name)) throw new Error(`table ${table.name} is not in the entity registry`);
      expect(ENTITY_REGISTRY[table.name].key, table.name).toBe(table.schema.primKey.keyPath);
    }
  });

  it('knows every table that holds a projectId as belonging to a project', async () => {
    const db = freshDatabase();
    await db.open();
    for (const table of db.tables) {
      const holdsProjectId = table.schema.indexes.some((index) => index.keyPath === 'projectId' || index.name === 'projectId');
      if (!holdsProjectId) continue;
      expect(isRegistered(table.name) ? ENTITY_REGISTRY[table.name].scope : 'unregistered', table.name).toBe('projectId');
    }
    expect(projectTables().sort()).toEqual(TABLE_NAMES.filter((name) => ENTITY_REGISTRY[name].scope !== 'installation').sort());
  });

  it('looks up every cascade through an index (or key) its table really has', async () => {
    const db = freshDatabase();
    await db.open();
    for (const entry of Object.values(ENTITY_REGISTRY)) {
      for (const dependent of entry.dependents) {
        const schema = db.table(dependent.table).schema;
        const keys = [schema.primKey.name, ...schema.indexes.map((index) => index.name)];
        expect(keys, `${entry.table} → ${dependent.table}.${dependent.index}`).toContain(dependent.index);
      }
    }
  });

  it('deletes a whole project from every table it owns in one step, and undo restores every row exactly', async () => {
    const db = freshDatabase();
    const project = await seedExampleProjectIfEmpty(db);
    if (project === null) throw new Error('no example');
    // The example keeps no originals (off by default): one more file imported with the setting on fills that table.
    await setKeepOriginals(db, project.id, { keep: true });
    const content = interviewText('R1', 'carving');
    await storeImportedSource(db, project.id, await importText('kept.txt', content), {
      kind: 'interview', title: 'Kept', informantIds: [], date: null, language: 'en',
    }, new TextEncoder().encode(content));
    // Nor does it draw conclusions yet: one conclusion, with a rival, fills that table.
    const drawn = await createConclusion(db, project.id, { statement: { content: '{}', plainText: 'Trust first' }, researchQuestionId: null, modelRole: null, codeIds: [] });
    await markRival(db, (await createConclusion(db, project.id, { statement: { content: '{}', plainText: 'Price first' }, researchQuestionId: null, modelRole: null, codeIds: [] })).id, drawn.id);
    // Nor a member check: one record, written through the one write path, fills that table.
    const informant = await db.informants.where('projectId').equals(project.id).first();
    await commitPlan(db, async () => ({
      change: tableChange('memberChecks', [{
        id: 'mc-registry', projectId: project.id, informantId: informant?.id ?? '', sentOn: null, answeredOn: null, mode: 'phone', language: 'en',
        items: [], words: '', wordsSourceId: null, createdAt: drawn.createdAt, updatedAt: drawn.createdAt,
      }]),
      audit: { projectId: project.id, action: 'create', objectType: 'memberCheck' as const, objectId: 'mc-registry', detail: '' },
      result: null,
    }));
    const before = await dump(db);
    for (const table of projectTables()) expect(before[table]?.length ?? 0, table).toBeGreaterThan(0);
    const undo = new UndoManager();

    await deleteProject(db, project.id, undo);
    for (const table of projectTables()) {
      const left = (await db.table(table).toArray()).filter((row: { id?: unknown; projectId?: unknown }) => row.projectId === project.id || row.id === project.id);
      expect(left, table).toEqual([]);
    }
    expect(await getLastProjectId(db)).toBeNull();
    // Installation-wide rows stay: the coder, the settings.
    expect(await db.coders.count()).toBe(before.coders.length);

    await undo.undo();
    const restored = await dump(db);
    const { auditEvents: trailAfter, projects: projectsAfter, ...restAfter } = restored;
    const { auditEvents: trailBefore, projects: projectsBefore, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    // The trail keeps every earlier event and adds the restore; the project's updatedAt moves with it.
    expect(trailAfter.slice(0, trailBefore.length)).toEqual(trailBefore);
    expect(trailAfter.slice(trailBefore.length)).toMatchObject([{ action: 'undo-delete', objectId: project.id }]);
    expect(projectsAfter).toMatchObject([{ ...project, updatedAt: expect.any(String) }]);
    expect(projectsBefore).toHaveLength(1);
  });
});
