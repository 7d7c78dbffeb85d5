// `caseweave new NAME [--template ID] -o FILE.caseweave`: a new project as the app creates one (the same shared
// planner, shared/project/newProject.ts), with a built-in template's codes and role presets, in a new file.
import { t } from '../shared/i18n/translate.ts';
import { nowIso } from '../shared/model/index.ts';
import { commitToSnapshot } from '../shared/project/applyToSnapshot.ts';
import { planProjectCreation } from '../shared/project/newProject.ts';
import { completeSnapshot, snapshotRows } from '../shared/projectFile/projectSnapshot.ts';
import { BUILT_IN_TEMPLATES, findBuiltInTemplate } from '../shared/templates/builtInTemplates.ts';
import { cliCoderOf } from './cliCoder.ts';
import { InputRefused, succeeded, type CommandOutcome } from './exitStatus.ts';
import { writeNewProjectFile } from './projectFileAccess.ts';

export type NewRequest = { name: string; templateId: string | null; output: string };

export const runNew = async ({ name, templateId, output }: NewRequest): Promise<CommandOutcome> => {
  const template = templateId === null ? undefined : findBuiltInTemplate(templateId);
  if (templateId !== null && template === undefined) {
    throw new InputRefused(t('cli.refused.templateUnknown', { id: templateId, templates: BUILT_IN_TEMPLATES.map((known) => known.id).join(', ') }));
  }
  const at = nowIso();
  // An empty name throws the app's DataError, which main reports as a refused input.
  const planned = planProjectCreation({ name, templateId }, template, at);
  const snapshot = completeSnapshot(await commitToSnapshot({ projectId: planned.result.id, tables: {} }, planned, { actor: cliCoderOf(null, at), at }));
  await writeNewProjectFile(output, snapshot);
  return succeeded(`${t('cli.new.written', { name: planned.result.name, file: output, codes: snapshotRows(snapshot, 'codes').length })}\n`);
};
