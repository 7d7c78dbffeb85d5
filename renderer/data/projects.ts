// Projects: create, list, rename, delete (with an undo snapshot of every row) and restore.
import {
  newId, nowIso, type AuditEvent, type Code, type Coding, type Id, type Informant, type Memo, type Project,
  type ResearchQuestion,
} from '../../shared/model/index.ts';
import { ECOSYSTEM_ROLE_PRESETS } from '../../shared/templates/ecosystem-roles.ts';
import { instantiateTemplate } from '../../shared/templates/templateCodes.ts';
import { APP_STATE_KEYS, getLastProjectId, setLastProjectId } from './appState.ts';
import { auditTables, recordChange } from './audit.ts';
import type { CaseweaveDatabase, SourceRow, SourceTextRow } from './database.ts';
import { DataError } from './errors.ts';
import { findTemplate } from './templates.ts';

export { getLastProjectId, setLastProjectId };

export type NewProject = {
  name: string;
  description?: string;
  researchQuestions?: string[];
  templateId?: string | null;
  rolePresets?: string[];
  reportLanguage?: string;
  isExample?: boolean;
};

/** Everything a deleted project owned, enough to put it back exactly. */
export type DeletedProject = {
  project: Project;
  informants: Informant[];
  sources: SourceRow[];
  sourceTexts: SourceTextRow[];
  codes: Code[];
  codings: Coding[];
  memos: Memo[];
  auditEvents: AuditEvent[];
  wasLastProject: boolean;
};

const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ');

const assertNameFree = async (db: CaseweaveDatabase, name: string, exceptId: Id | null): Promise<void> => {
  const wanted = name.toLocaleLowerCase();
  const clash = await db.projects.filter((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === wanted).first();
  if (clash) throw new DataError('data.error.projectNameTaken', { name });
};

const validName = (raw: string): string => {
  const name = normaliseName(raw);
  if (name === '') throw new DataError('data.error.projectNameEmpty');
  return name;
};

export const listProjects = async (db: CaseweaveDatabase): Promise<Project[]> =>
  db.projects.orderBy('updatedAt').reverse().toArray();

export const getProject = (db: CaseweaveDatabase, id: Id): Promise<Project | undefined> => db.projects.get(id);

/**
 * Creates a project; with a templateId (built-in or saved) the template's codes are created in the same
 * transaction and its role presets become the project's (unless given). No template: an empty code tree.
 */
export const createProject = async (db: CaseweaveDatabase, input: NewProject): Promise<Project> => {
  const name = validName(input.name);
  return db.transaction('rw', [...auditTables(db), db.codes, db.codebookTemplates], async () => {
    await assertNameFree(db, name, null);
    const templateId = input.templateId ?? null;
    const template = templateId === null ? undefined : await findTemplate(db, templateId);
    if (templateId !== null && template === undefined) throw new DataError('data.error.templateNotFound', { id: templateId });
    const at = nowIso();
    const questions: ResearchQuestion[] = (input.researchQuestions ?? [])
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => ({ id: newId(), text }));
    const project: Project = {
      id: newId(),
      name,
      description: input.description?.trim() ?? '',
      researchQuestions: questions,
      templateId,
      settings: {
        reportLanguage: input.reportLanguage ?? 'en',
        rolePresets: [...(input.rolePresets ?? template?.rolePresets ?? ECOSYSTEM_ROLE_PRESETS.roles)],
      },
      createdAt: at,
      updatedAt: at,
      isExample: input.isExample ?? false,
    };
    await db.projects.add(project);
    if (template) await db.codes.bulkAdd(instantiateTemplate(template, project.id, { now: at }));
    await recordChange(db, { projectId: project.id, action: 'create', objectType: 'project', objectId: project.id, detail: name, at });
    return project;
  });
};

export const renameProject = async (db: CaseweaveDatabase, id: Id, rawName: string): Promise<void> => {
  const name = validName(rawName);
  await db.transaction('rw', auditTables(db), async () => {
    const project = await db.projects.get(id);
    if (!project) throw new DataError('data.error.projectNotFound');
    if (project.name === name) return;
    await assertNameFree(db, name, id);
    const at = nowIso();
    await db.projects.update(id, { name, updatedAt: at });
    await recordChange(db, { projectId: id, action: 'rename', objectType: 'project', objectId: id, detail: `${project.name} → ${name}`, at });
  });
};

/** Adds a role to the project's presets (no-op when already there, compared case-insensitively). */
export const addRolePreset = async (db: CaseweaveDatabase, projectId: Id, rawRole: string): Promise<void> => {
  const role = normaliseName(rawRole);
  if (role === '') return;
  await db.transaction('rw', auditTables(db), async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new DataError('data.error.projectNotFound');
    if (project.settings.rolePresets.some((r) => r.toLocaleLowerCase() === role.toLocaleLowerCase())) return;
    const at = nowIso();
    const settings = { ...project.settings, rolePresets: [...project.settings.rolePresets, role] };
    await db.projects.update(projectId, { settings, updatedAt: at });
    await recordChange(db, { projectId, action: 'add-role', objectType: 'project', objectId: projectId, detail: role, at });
  });
};

const projectTables = (db: CaseweaveDatabase) =>
  [db.projects, db.informants, db.sources, db.sourceTexts, db.codes, db.codings, db.memos, db.auditEvents, db.appState] as const;

/**
 * Removes the project and every row it owns, its audit trail included (a deleted project keeps
 * nothing on disk), in one transaction. The returned snapshot is the undo.
 */
export const deleteProject = async (db: CaseweaveDatabase, id: Id): Promise<DeletedProject> =>
  db.transaction('rw', projectTables(db), async () => {
    const project = await db.projects.get(id);
    if (!project) throw new DataError('data.error.projectNotFound');
    const snapshot: DeletedProject = {
      project,
      informants: await db.informants.where('projectId').equals(id).toArray(),
      sources: await db.sources.where('projectId').equals(id).toArray(),
      sourceTexts: await db.sourceTexts.where('projectId').equals(id).toArray(),
      codes: await db.codes.where('projectId').equals(id).toArray(),
      codings: await db.codings.where('projectId').equals(id).toArray(),
      memos: await db.memos.where('projectId').equals(id).toArray(),
      auditEvents: await db.auditEvents.where('projectId').equals(id).toArray(),
      wasLastProject: (await getLastProjectId(db)) === id,
    };
    for (const table of [db.informants, db.sources, db.sourceTexts, db.codes, db.codings, db.memos, db.auditEvents]) {
      await table.where('projectId').equals(id).delete();
    }
    await db.projects.delete(id);
    if (snapshot.wasLastProject) await db.appState.put({ key: APP_STATE_KEYS.lastProjectId, value: null });
    return snapshot;
  });

/** Undo of deleteProject: puts every row back and records the restore in the trail. */
export const restoreProject = async (db: CaseweaveDatabase, snapshot: DeletedProject): Promise<void> => {
  await db.transaction('rw', projectTables(db), async () => {
    await assertNameFree(db, snapshot.project.name, snapshot.project.id);
    await db.projects.add(snapshot.project);
    await db.informants.bulkAdd(snapshot.informants);
    await db.sources.bulkAdd(snapshot.sources);
    await db.sourceTexts.bulkAdd(snapshot.sourceTexts);
    await db.codes.bulkAdd(snapshot.codes);
    await db.codings.bulkAdd(snapshot.codings);
    await db.memos.bulkAdd(snapshot.memos);
    await db.auditEvents.bulkAdd(snapshot.auditEvents);
    if (snapshot.wasLastProject) await db.appState.put({ key: APP_STATE_KEYS.lastProjectId, value: snapshot.project.id });
    const { id, name } = snapshot.project;
    await recordChange(db, { projectId: id, action: 'restore', objectType: 'project', objectId: id, detail: name, at: nowIso() });
  });
};
