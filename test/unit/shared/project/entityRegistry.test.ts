// The entity registry read on its own: one entry per table naming itself, keys read the way the key path says,
// dependents that point at real tables through fields their rows have, one table per memo target kind, and a
// project's tables being exactly the ones a project deletion clears. (Its match with the Dexie schema is checked
// by the integration tests.)
import { describe, expect, it } from 'vitest';
import { ENTITY_REGISTRY, keyOf, projectTables, TABLE_NAMES, tableOfMemoTarget } from '../../../../shared/project/entityRegistry.ts';
import type { TableName } from '../../../../shared/project/tableRows.ts';
import { auditEvent, sampleRowOf } from './projectFixture.ts';

/** Every table name once; the type makes this list fail to compile when a table is added to TableRows. */
const ALL_TABLES: { [T in TableName]: true } = {
  projects: true, informants: true, sources: true, sourceTexts: true, sourceOriginals: true, codes: true, codings: true, memos: true, displays: true,
  relations: true, summarySheets: true, conclusions: true, memberChecks: true, auditEvents: true,
  coders: true, codebookTemplates: true, appState: true, projectFileLinks: true,
};

const INSTALLATION_TABLES = ['appState', 'codebookTemplates', 'coders', 'projectFileLinks'];

const fieldOf = (row: object, field: string): unknown => new Map(Object.entries(row)).get(field);

describe('entity registry', () => {
  it('has one entry per table, each naming its own table', () => {
    expect([...TABLE_NAMES].sort()).toEqual(Object.keys(ALL_TABLES).sort());
    for (const [name, entity] of Object.entries(ENTITY_REGISTRY)) expect(entity.table).toBe(name);
  });

  it("reads each table's key from the field its key path names", () => {
    for (const table of TABLE_NAMES) {
      const row = sampleRowOf(table);
      const key = keyOf(table, row);
      expect(key).toBe(fieldOf(row, ENTITY_REGISTRY[table].key));
      expect(['string', 'number']).toContain(typeof key);
    }
    expect(keyOf('sourceTexts', { sourceId: 's9', projectId: 'p', text: '' })).toBe('s9');
    expect(keyOf('appState', { key: 'lastProjectId', value: null })).toBe('lastProjectId');
    expect(keyOf('auditEvents', auditEvent(42))).toBe(42);
  });

  it('points every dependent at an existing table, through a field its rows have', () => {
    for (const table of TABLE_NAMES) {
      for (const dependent of ENTITY_REGISTRY[table].dependents) {
        expect(TABLE_NAMES).toContain(dependent.table);
        expect(Object.keys(sampleRowOf(dependent.table))).toContain(dependent.index);
      }
    }
  });

  it('gives each memo target kind to one table at most, and deletes the memos about a row with it', () => {
    const kinds = TABLE_NAMES.flatMap((table) => ENTITY_REGISTRY[table].memoTarget ?? []);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(['code', 'coding', 'conclusion', 'display', 'project', 'source']);
    expect(tableOfMemoTarget('code')).toBe('codes');
    expect(tableOfMemoTarget('coding')).toBe('codings');
    expect(tableOfMemoTarget('source')).toBe('sources');
    expect(tableOfMemoTarget('display')).toBe('displays');
    expect(tableOfMemoTarget('conclusion')).toBe('conclusions');
    for (const table of TABLE_NAMES) {
      const entity = ENTITY_REGISTRY[table];
      if (entity.memoTarget === null) continue;
      expect(entity.dependents.some((dependent) => dependent.table === 'memos' && dependent.onDelete === 'delete')).toBe(true);
    }
  });

  it("counts every table but the installation's as the project's, and clears each of them with the project", () => {
    expect([...projectTables()].sort()).toEqual(TABLE_NAMES.filter((table) => !INSTALLATION_TABLES.includes(table)).sort());
    expect(TABLE_NAMES.filter((table) => ENTITY_REGISTRY[table].scope === 'installation').sort()).toEqual(INSTALLATION_TABLES);
    const clearedWithProject = ENTITY_REGISTRY.projects.dependents.filter((dependent) => dependent.wholeProject).map((dependent) => dependent.table);
    expect([...clearedWithProject].sort()).toEqual(projectTables().filter((table) => table !== 'projects').sort());
  });

  it('has a projectId on the rows of exactly the tables scoped by it', () => {
    for (const table of TABLE_NAMES) {
      expect('projectId' in sampleRowOf(table), table).toBe(ENTITY_REGISTRY[table].scope === 'projectId');
    }
  });
});
