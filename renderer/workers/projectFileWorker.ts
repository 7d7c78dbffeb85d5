// Web Worker entry: writes and reads `.caseweave` project files off the UI thread (projectFileService.ts), with its
// own connection to the app's database for reading the project it saves.
import { openCaseweaveDatabase, type CaseweaveDatabase } from '../data/database.ts';
import { serveProjectFiles } from './projectFileService.ts';

const databases = new Map<string, CaseweaveDatabase>();

serveProjectFiles(self, (name) => {
  let db = databases.get(name);
  if (db === undefined) {
    db = openCaseweaveDatabase(name);
    databases.set(name, db);
  }
  return db;
});
