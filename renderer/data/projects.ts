// Projects: create (from a template or empty), list, rename, add role presets, and delete with everything the
// project owns (the registry's cascade), undoable from the undo stack.
import type { Id, Project } from '../../shared/model/index.ts';
import {
  normaliseName, planProjectCreation, validProjectName, withRolePreset, type NewProject,
} from '../../shared/project/newProject.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { getLastProjectId, setLastProjectId } from './appState.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { findTemplate } from './templates.ts';

export { getLastProjectId, setLastProjectId };

export type { NewProject };
export { withRolePreset };

const assertNameFree = async (db: CaseweaveDatabase, name: string, exceptId: Id | null): Promise<void> => {
  const wanted = name.toLocaleLowerCase();
  const clash = await db.projects.filter((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === wanted).first();
  if (clash) throw new DataError('data.error.projectNameTaken', { name });
};

const requireProject = async (db: CaseweaveDatabase, id: Id): Promise<Project> => {
  const project = await db.projects.get(id);
  if (!project) throw new DataError('data.error.projectNotFound');
  return project;
};

export const listProjects = async (db: CaseweaveDatabase): Promise<Project[]> =>
  db.projects.orderBy('updatedAt').reverse().toArray();

export const getProject = (db: CaseweaveDatabase, id: Id): Promise<Project | undefined> => db.projects.get(id);

/**
 * The project and its template's codes as one change, checked against the database (call inside a commit plan):
 * the name must be free and the template (built-in or saved) must exist. See planProjectCreation.
 */
export const planNewProject = async (db: CaseweaveDatabase, input: NewProject) => {
  const name = validProjectName(input.name);
  await assertNameFree(db, name, null);
  const templateId = input.templateId ?? null;
  const template = templateId === null ? undefined : await findTemplate(db, templateId);
  if (templateId !== null && template === undefined) throw new DataError('data.error.templateNotFound', { id: templateId });
  return planProjectCreation({ ...input, name }, template, db.clock());
};

export const createProject = async (db: CaseweaveDatabase, input: NewProject): Promise<Project> =>
  (await commitPlan(db, () => planNewProject(db, input))).result;

export const renameProject = async (db: CaseweaveDatabase, id: Id, rawName: string): Promise<void> => {
  const name = validProjectName(rawName);
  await commitPlan(db, async () => {
    const project = await requireProject(db, id);
    if (project.name === name) return { change: {}, audit: null, result: undefined };
    await assertNameFree(db, name, id);
    return {
      change: tableChange('projects', [{ ...project, name, updatedAt: db.clock() }]),
      audit: { projectId: id, action: 'rename', objectType: 'project', objectId: id, detail: `${project.name} → ${name}` },
      result: undefined,
    };
  });
};

/** Adds a role to the project's presets (no-op when already there). */
export const addRolePreset = async (db: CaseweaveDatabase, projectId: Id, rawRole: string): Promise<void> => {
  const role = normaliseName(rawRole);
  await commitPlan(db, async () => {
    const updated = withRolePreset(await requireProject(db, projectId), role);
    if (updated === undefined) return { change: {}, audit: null, result: undefined };
    return {
      change: tableChange('projects', [{ ...updated, updatedAt: db.clock() }]),
      audit: { projectId, action: 'add-role', objectType: 'project', objectId: projectId, detail: role },
      result: undefined,
    };
  });
};

/**
 * Removes the project and every row it owns, its audit trail included (a deleted project keeps nothing on disk),
 * in one transaction; undo puts every row back, unless another project took its name meanwhile.
 */
export const deleteProject = (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> =>
  deleteRow(db, 'projects', id, {
    missing: () => new DataError('data.error.projectNotFound'),
    projectOf: (project) => project.id,
    nameOf: (project) => project.name,
    label: (name) => t('data.undo.deleteProject', { name }),
    guard: (name) => assertNameFree(db, name, id),
  }, undo);
