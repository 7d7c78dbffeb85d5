// The migration mechanism: the shipped list climbs from format 1 to the current one step by step, each step is
// applied in order, a gap is an error, every format keeps its row checks, and the current format's tables are the
// registry's project-file tables.
import { describe, expect, it } from 'vitest';
import { projectFileJsonTables, projectFileTables } from '../../../../shared/project/entityRegistry.ts';
import { FORMAT_ROW_CHECKS, PROJECT_FILE_MIGRATIONS, migrateTables, tablesOfFormat, type ProjectFileMigration } from '../../../../shared/projectFile/migrations.ts';
import { PROJECT_FILE_FORMAT_VERSION } from '../../../../shared/projectFile/projectFileFormat.ts';

describe('project-file migrations', () => {
  it('the shipped list climbs from format 1 to the current format one version at a time', () => {
    expect(PROJECT_FILE_MIGRATIONS.map((migration) => [migration.from, migration.to]))
      .toEqual(Array.from({ length: PROJECT_FILE_FORMAT_VERSION - 1 }, (_, index) => [index + 1, index + 2]));
    expect(() => migrateTables({}, 1)).not.toThrow();
  });

  it('every format from 1 to the current one keeps its row checks', () => {
    expect(Object.keys(FORMAT_ROW_CHECKS).map(Number)).toEqual(Array.from({ length: PROJECT_FILE_FORMAT_VERSION }, (_, index) => index + 1));
  });

  it('the current format carries exactly the registry\'s project-file tables, as JSON all but the originals', () => {
    expect(tablesOfFormat(PROJECT_FILE_FORMAT_VERSION).map(([table]) => table).sort()).toEqual(projectFileJsonTables().sort());
    expect(projectFileTables().filter((table) => !projectFileJsonTables().includes(table))).toEqual(['sourceOriginals']);
  });

  const renameTitle: ProjectFileMigration = {
    from: 1, to: 2, change: 'sources: title → name',
    migrate: (tables) => ({ ...tables, sources: tables.sources.map((row) => {
      const { title, ...rest } = row as Record<string, unknown>;
      return { ...rest, name: title };
    }) }),
  };
  const addDisplays: ProjectFileMigration = { from: 2, to: 3, change: 'displays table', migrate: (tables) => ({ ...tables, displays: [] }) };

  it('applies the steps from the file\'s format up to the target, in order', () => {
    const migrated = migrateTables({ sources: [{ id: 's1', title: 'One' }] }, 1, [renameTitle, addDisplays], 3);
    expect(migrated).toEqual({ sources: [{ id: 's1', name: 'One' }], displays: [] });
    expect(migrateTables({ sources: [] }, 2, [renameTitle, addDisplays], 3)).toEqual({ sources: [], displays: [] });
  });

  it('leaves a file of the target format untouched', () => {
    const tables = { sources: [{ id: 's1' }] };
    expect(migrateTables(tables, 3, [renameTitle, addDisplays], 3)).toBe(tables);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrateTables({}, 1, [addDisplays], 3)).toThrow('No project-file migration from format 1');
  });
});
