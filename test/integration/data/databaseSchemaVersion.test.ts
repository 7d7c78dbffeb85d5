// The schema version the CLI writes into a project file's manifest is the app database's current one.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schemaHistory.ts';
import { DATABASE_SCHEMA_VERSION } from '../../../shared/project/databaseSchemaVersion.ts';

describe('DATABASE_SCHEMA_VERSION', () => {
  it('is the last version of the database schema history', () => {
    expect(DATABASE_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });
});
