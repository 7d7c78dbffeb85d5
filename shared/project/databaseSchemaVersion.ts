// The database schema version the rows of this build have: what a project file's manifest records as schemaVersion.
// The app's database defines it by its schema history (renderer/data/schemaHistory.ts, CURRENT_SCHEMA_VERSION); the
// CLI, which has no database, writes this number, and a test keeps the two equal (a new schema version bumps it).
export const DATABASE_SCHEMA_VERSION = 10;
