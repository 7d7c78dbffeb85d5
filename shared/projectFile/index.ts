// The `.caseweave` project file (docs/project-file.md): write a snapshot, read and validate one, repair, copy with
// fresh ids. Pure: runs in the renderer, a Worker and Node alike.
export * from './projectFileFormat.ts';
export * from './projectSnapshot.ts';
export * from './projectFileProblem.ts';
export { writeProjectFile, projectFileRows, type WriteProjectFileOptions } from './writeProjectFile.ts';
export { readProjectFile, PROJECT_FILE_ZIP_LIMITS, type ProjectFileReading, type ReadProjectFileOptions } from './readProjectFile.ts';
export { checkProjectIntegrity, type IntegrityReport } from './projectIntegrity.ts';
export { applyRepairs, type RepairedSnapshot } from './applyRepairs.ts';
export { reidentifySnapshot } from './reidentifySnapshot.ts';
export { referencedCoderIds, referencedCoders } from './referencedCoders.ts';
export { PROJECT_FILE_MIGRATIONS, migrateTables, type ProjectFileMigration, type RawTables } from './migrations.ts';
