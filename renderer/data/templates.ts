// Codebook templates: the built-in ones (shared/templates) plus those the user saved from a project's code
// tree (table codebookTemplates, schema version 2); list, find, save and delete.
import type { Id } from '../../shared/model/index.ts';
import {
  BUILT_IN_TEMPLATES, codeTreeToTemplate, findBuiltInTemplate, templateIdFromName, validateTemplate, type CodebookTemplate,
} from '../../shared/templates/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase, SavedTemplateRow } from './database.ts';
import { DataError } from './errors.ts';

export type SaveTemplateInput = { name: string; description: string };

const byName = (a: CodebookTemplate, b: CodebookTemplate): number => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

const asTemplate = (row: SavedTemplateRow): CodebookTemplate => {
  const { savedAt: _savedAt, sourceProjectId: _sourceProjectId, ...template } = row;
  return template;
};

export const isBuiltInTemplate = (id: string): boolean => findBuiltInTemplate(id) !== undefined;

/** Built-in templates first (in shipping order), then the saved ones by name. */
export const listTemplates = async (db: CaseweaveDatabase): Promise<CodebookTemplate[]> => [
  ...BUILT_IN_TEMPLATES,
  ...(await db.codebookTemplates.toArray()).map(asTemplate).sort(byName),
];

/** A built-in or saved template by id. */
export const findTemplate = async (db: CaseweaveDatabase, id: string): Promise<CodebookTemplate | undefined> => {
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) return builtIn;
  const row = await db.codebookTemplates.get(id);
  return row === undefined ? undefined : asTemplate(row);
};

const uniqueId = async (db: CaseweaveDatabase, name: string): Promise<string> => {
  const base = templateIdFromName(name);
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!isBuiltInTemplate(id) && (await db.codebookTemplates.get(id)) === undefined) return id;
  }
};

/** Saves the project's current code tree (with its role presets) as a new template. */
export const saveCodeTreeAsTemplate = async (db: CaseweaveDatabase, projectId: Id, input: SaveTemplateInput): Promise<CodebookTemplate> => {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '') throw new DataError('data.error.templateNameEmpty');
  const { result } = await commitPlan(db, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new DataError('data.error.projectNotFound');
    const key = name.toLocaleLowerCase();
    const taken = BUILT_IN_TEMPLATES.some((t) => t.name.toLocaleLowerCase() === key) ||
      (await db.codebookTemplates.filter((row) => row.name.toLocaleLowerCase() === key).count()) > 0;
    if (taken) throw new DataError('data.error.templateNameTaken', { name });
    const codes = await db.codes.where('projectId').equals(projectId).toArray();
    const template = codeTreeToTemplate(codes, {
      id: await uniqueId(db, name), name, description: input.description,
      language: project.settings.reportLanguage, rolePresets: project.settings.rolePresets,
    });
    const checked = validateTemplate(template, name);
    if (!checked.ok) throw new DataError('data.error.templateInvalid', { detail: checked.errors.join('; ') });
    return {
      change: tableChange('codebookTemplates', [{ ...checked.template, savedAt: db.clock(), sourceProjectId: projectId }]),
      audit: { projectId, action: 'save-template', objectType: 'project' as const, objectId: projectId, detail: name },
      result: checked.template,
    };
  });
  return result;
};

/** Deletes a saved template (undoable); built-in templates cannot be deleted. */
export const deleteSavedTemplate = async (db: CaseweaveDatabase, id: string, undo?: UndoManager): Promise<void> => {
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) throw new DataError('data.error.templateBuiltIn', { name: builtIn.name });
  await deleteRow(db, 'codebookTemplates', id, {
    missing: () => new DataError('data.error.templateNotFound', { id }),
    projectOf: () => null,
    nameOf: (template) => template.name,
    label: (name) => t('data.undo.deleteTemplate', { name }),
  }, undo);
};
