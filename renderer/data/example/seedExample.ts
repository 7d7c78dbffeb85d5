// First-run seeding of the example project: the example files go through the real importers, then the project
// (with the default template's codes), its informants, sources, codings and memos are ONE commit (all or nothing).
import { importFile } from '../../../shared/import/importFile.ts';
import type { ImportedSource } from '../../../shared/import/importTypes.ts';
import type { Informant, Project, Source } from '../../../shared/model/index.ts';
import { combineChanges, putsOf, tableChange, type ProjectChange } from '../../../shared/project/projectChange.ts';
import { APP_STATE_KEYS, readAppState } from '../appState.ts';
import { currentCoderIdInTransaction } from '../coders.ts';
import { commitPlan } from '../commit.ts';
import type { CaseweaveDatabase } from '../database.ts';
import { newInformantRecord } from '../informants.ts';
import { planNewProject, withRolePreset } from '../projects.ts';
import { matchSpeakers } from '../speakerMatching.ts';
import { newSourceRows } from '../sources.ts';
import { exampleCodingChange } from './seedExampleCodings.ts';
import { EXAMPLE_INFORMANTS, EXAMPLE_PROJECT, EXAMPLE_SOURCES } from './exampleProject.ts';

const parseExampleSource = async (fileName: string, content: string): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes: new TextEncoder().encode(content) });
  // The example files ship with the app, so a refusal is a bug in them or in an importer.
  if (!outcome.ok) throw new Error(`Example source ${fileName} was refused: ${outcome.failure.message}`);
  return outcome.source;
};

const shouldSeed = async (db: CaseweaveDatabase): Promise<boolean> =>
  (await readAppState(db, APP_STATE_KEYS.exampleSeeded)) !== true && (await db.projects.count()) === 0;

/** The example's informants, with every role they play among the project's presets. */
const exampleInformants = (project: Project, at: string) => {
  let withRoles = project;
  const informants: Informant[] = EXAMPLE_INFORMANTS.map((input) => {
    const informant = newInformantRecord(project.id, input, at);
    withRoles = withRolePreset(withRoles, informant.role) ?? withRoles;
    return informant;
  });
  return { project: withRoles, informants };
};

const exampleSources = (project: Project, informants: readonly Informant[], parsed: readonly ImportedSource[], at: string) => {
  const byPseudonym = new Map(informants.map((informant) => [informant.pseudonym, informant.id]));
  const byFile = new Map<string, Source>();
  const changes: ProjectChange[] = [];
  EXAMPLE_SOURCES.forEach((example, index) => {
    const imported = parsed[index];
    const speakerLinks = matchSpeakers(imported.speakers, informants);
    const listed = example.informants.flatMap((name) => byPseudonym.get(name) ?? []);
    const meta = { kind: example.kind, title: example.title, date: example.date, language: example.language, informantIds: listed, speakerLinks };
    const { source, change } = newSourceRows(project.id, imported, meta, [...new Set([...listed, ...Object.values(speakerLinks)])], at);
    byFile.set(example.fileName, source);
    changes.push(change);
  });
  return { byFile, change: combineChanges(...changes) };
};

/**
 * Creates the example project on first run: when there are no projects at all and it was never seeded
 * before (deleting the example does not bring it back). Returns the project, or null when nothing was done.
 */
export const seedExampleProjectIfEmpty = async (db: CaseweaveDatabase): Promise<Project | null> => {
  if (!(await shouldSeed(db))) return null;
  const parsed = await Promise.all(EXAMPLE_SOURCES.map((example) => parseExampleSource(example.fileName, example.content)));
  const { result } = await commitPlan(db, async () => {
    // Checked again inside the transaction: two windows (or React's double effects) may race here.
    if (!(await shouldSeed(db))) return { change: {}, audit: null, result: null };
    const created = await planNewProject(db, { ...EXAMPLE_PROJECT, isExample: true });
    const { project, informants } = exampleInformants(created.result, created.result.createdAt);
    const sources = exampleSources(project, informants, parsed, project.createdAt);
    const analysis = exampleCodingChange(project.id, putsOf(created.change, 'codes'), sources.byFile, {
      coderId: await currentCoderIdInTransaction(db), at: project.createdAt,
    });
    const change = combineChanges(
      created.change,
      tableChange('projects', [project]),
      tableChange('informants', informants),
      sources.change,
      analysis,
      tableChange('appState', [{ key: APP_STATE_KEYS.exampleSeeded, value: true }, { key: APP_STATE_KEYS.lastProjectId, value: project.id }]),
    );
    return { change, audit: { ...created.audit, detail: `${project.name} (example)` }, result: project };
  });
  return result === null ? null : ((await db.projects.get(result.id)) ?? result);
};
