// What a `.caseweave` file written by this app records about its writer: the app's version (package.json's, fixed
// at build time) and the database schema the rows come from.
import { version } from '../../package.json';
import type { ProjectFileMeta } from '../../shared/projectFile/projectFileFormat.ts';
import { CURRENT_SCHEMA_VERSION } from './schemaHistory.ts';

export const projectFileMeta = (savedAt: Date): ProjectFileMeta => ({
  appVersion: version,
  schemaVersion: CURRENT_SCHEMA_VERSION,
  savedAt: savedAt.toISOString(),
});
