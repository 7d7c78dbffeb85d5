// First-run seeding of the example project: the example files go through the real importers, then
// the project (with the default template's codes), its informants, sources, codings and memos are written
// in ONE transaction (all or nothing).
import { importFile } from '../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../shared/import/importTypes.ts';
import type { Informant, Project, Source } from '../../../shared/model/index.ts';
import { APP_STATE_KEYS, readAppState } from '../appState.ts';
import type { CaseweaveDatabase } from '../database.ts';
import { createInformant } from '../informants.ts';
import { createProject } from '../projects.ts';
import { matchSpeakers } from '../speakerMatching.ts';
import { storeImportedSource } from '../sources.ts';
import { seedExampleCodings } from './seedExampleCodings.ts';
import { EXAMPLE_INFORMANTS, EXAMPLE_PROJECT, EXAMPLE_SOURCES, type ExampleSource } from './exampleProject.ts';

const parseExampleSource = async (example: ExampleSource): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName: example.fileName, bytes: new TextEncoder().encode(example.content) });
  // The example files ship with the app, so a refusal is a bug in them or in an importer.
  if (!outcome.ok) throw new Error(`Example source ${example.fileName} was refused: ${outcome.failure.message}`);
  return outcome.source;
};

const shouldSeed = async (db: CaseweaveDatabase): Promise<boolean> =>
  (await readAppState(db, APP_STATE_KEYS.exampleSeeded)) !== true && (await db.projects.count()) === 0;

const storeExampleSources = async (db: CaseweaveDatabase, project: Project, informants: Informant[], parsed: ImportedSource[]) => {
  const byPseudonym = new Map(informants.map((informant) => [informant.pseudonym, informant.id]));
  const byFile = new Map<string, Source>();
  for (const [index, example] of EXAMPLE_SOURCES.entries()) {
    const imported = parsed[index];
    const informantIds = example.informants.flatMap((name) => byPseudonym.get(name) ?? []);
    const source = await storeImportedSource(db, project.id, imported, {
      kind: example.kind, title: example.title, date: example.date, language: example.language,
      informantIds, speakerLinks: matchSpeakers(imported.speakers, informants),
    });
    byFile.set(example.fileName, source);
  }
  return byFile;
};

/**
 * Creates the example project on first run: when there are no projects at all and it was never seeded
 * before (deleting the example does not bring it back). Returns the project, or null when nothing was done.
 */
export const seedExampleProjectIfEmpty = async (db: CaseweaveDatabase): Promise<Project | null> => {
  if (!(await shouldSeed(db))) return null;
  const parsed = await Promise.all(EXAMPLE_SOURCES.map(parseExampleSource));
  const tables = [db.projects, db.informants, db.sources, db.sourceTexts, db.codes, db.codings, db.memos, db.codebookTemplates, db.auditEvents, db.appState];
  return db.transaction('rw', tables, async () => {
    // Checked again inside the transaction: two windows (or React's double effects) may race here.
    if (!(await shouldSeed(db))) return null;
    const project = await createProject(db, { ...EXAMPLE_PROJECT, isExample: true });
    const informants: Informant[] = [];
    for (const informant of EXAMPLE_INFORMANTS) informants.push(await createInformant(db, project.id, informant));
    const sourcesByFile = await storeExampleSources(db, project, informants, parsed);
    await seedExampleCodings(db, project.id, sourcesByFile, project.createdAt);
    await db.appState.bulkPut([
      { key: APP_STATE_KEYS.exampleSeeded, value: true },
      { key: APP_STATE_KEYS.lastProjectId, value: project.id },
    ]);
    return db.projects.get(project.id).then((stored) => stored ?? project);
  });
};
