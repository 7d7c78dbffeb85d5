// The example project as one change: the shipped files through the real importers, then the project with the
// default template's codes (and the example's own, exampleCodes.ts), its informants (their roles among the presets),
// its sources with speakers linked, its codings and memos, its saved displays with the network's relations, and its
// contact summary sheets, its conclusions, and its member checks with the transcript correction one led to. The app
// commits it on first start (renderer/data/example/seedExample.ts); `caseweave
// example` writes it to a project file. Both get the same project, ids and times aside.
import { importFile } from '../import/importFile.ts';
import type { ImportedSource } from '../import/importTypes.ts';
import { matchSpeakers } from '../import/speakerMatching.ts';
import type { Id, Informant, IsoInstant, Project, Source } from '../model/index.ts';
import type { AuditedChange } from '../project/auditIntent.ts';
import { newInformantRecord } from '../project/informantRecord.ts';
import { planProjectCreation, withRolePreset } from '../project/newProject.ts';
import { combineChanges, putsOf, tableChange, type ProjectChange } from '../project/projectChange.ts';
import { newSourceRows } from '../project/sourceRows.ts';
import { findBuiltInTemplate } from '../templates/builtInTemplates.ts';
import { exampleCodingChange } from './exampleCodingChange.ts';
import { exampleExtraCodes } from './exampleCodes.ts';
import { EXAMPLE_RELATION_TYPE } from './exampleDisplayContent.ts';
import { exampleConclusions } from './exampleConclusions.ts';
import { EXAMPLE_CONCLUSIONS } from './exampleConclusionContent.ts';
import { exampleMemberChecks } from './exampleMemberChecks.ts';
import { exampleDisplays } from './exampleDisplays.ts';
import { exampleSummarySheets } from './exampleSummarySheets.ts';
import { EXAMPLE_INFORMANTS, EXAMPLE_PROJECT, EXAMPLE_SOURCES } from './exampleProject.ts';

const parseExampleSource = async (fileName: string, content: string): Promise<ImportedSource> => {
  const outcome = await importFile({ fileName, bytes: new TextEncoder().encode(content) });
  // The example files ship with the app, so a refusal is a bug in them or in an importer.
  if (!outcome.ok) throw new Error(`Example source ${fileName} was refused: ${outcome.failure.message}`);
  return outcome.source;
};

/** The example's files as the importers read them, in EXAMPLE_SOURCES order (done before any write begins). */
export const parseExampleSources = (): Promise<ImportedSource[]> =>
  Promise.all(EXAMPLE_SOURCES.map((example) => parseExampleSource(example.fileName, example.content)));

/** The example's informants, with every role they play among the project's presets. */
const exampleInformants = (project: Project, at: IsoInstant) => {
  let withRoles = project;
  const informants: Informant[] = EXAMPLE_INFORMANTS.map((input) => {
    const informant = newInformantRecord(project.id, input, at);
    withRoles = withRolePreset(withRoles, informant.role) ?? withRoles;
    return informant;
  });
  return { project: withRoles, informants };
};

const exampleSources = (project: Project, informants: readonly Informant[], parsed: readonly ImportedSource[], at: IsoInstant) => {
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
 * The whole example project, written at `at`, its codings and memos by `coderId`, from the files parseExampleSources
 * read; the audit event is the project's creation.
 */
export const planExampleProject = (parsed: readonly ImportedSource[], { coderId, at }: { coderId: Id; at: IsoInstant }): AuditedChange<Project> => {
  const template = findBuiltInTemplate(EXAMPLE_PROJECT.templateId);
  // The example's template ships with the app, as the example does.
  if (template === undefined) throw new Error(`The example's template ${EXAMPLE_PROJECT.templateId} is not built in`);
  const created = planProjectCreation({ ...EXAMPLE_PROJECT, isExample: true }, template, at);
  const withInformants = exampleInformants(created.result, at);
  const { informants } = withInformants;
  const relationTypes = [...new Set([...(withInformants.project.settings.relationTypes ?? []), EXAMPLE_RELATION_TYPE])];
  const project: Project = { ...withInformants.project, settings: { ...withInformants.project.settings, relationTypes } };
  const sources = exampleSources(project, informants, parsed, at);
  const templateCodes = putsOf(created.change, 'codes');
  const extraCodes = exampleExtraCodes(templateCodes, project.id, at);
  const codes = [...templateCodes, ...extraCodes];
  const analysis = exampleCodingChange(project.id, codes, sources.byFile, { coderId, at });
  const data = { informants, sources: [...sources.byFile.values()], codes, codings: putsOf(analysis, 'codings') };
  const { displays, relations } = exampleDisplays({ projectId: project.id, roles: project.settings.rolePresets, data, at });
  const sheets = exampleSummarySheets(project, codes, sources.byFile, { coderId, at });
  const conclusions = exampleConclusions({ projectId: project.id, data, coderId, at });
  const byKey = new Map(EXAMPLE_CONCLUSIONS.map((content, index) => [content.key, conclusions[index]]));
  const checks = exampleMemberChecks({ projectId: project.id, informants, sources: sources.byFile, conclusions: byKey, coderId, at });
  const change = combineChanges(
    created.change, tableChange('projects', [project]), tableChange('codes', extraCodes), tableChange('informants', informants), sources.change, analysis,
    tableChange('displays', displays), tableChange('relations', relations), tableChange('summarySheets', sheets),
    tableChange('conclusions', conclusions), tableChange('memberChecks', checks.memberChecks),
    // The one event besides the creation: the correction a member check led to (written with the project row, whole).
    tableChange('auditEvents', [checks.correction]),
  );
  return { change, audit: { ...created.audit, detail: project.name }, result: project };
};
