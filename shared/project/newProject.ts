// A new project as a change: the project row (name, questions, role presets) and its template's codes, with the
// audit event of its creation. Pure: the app's data layer checks the name against its database and finds saved
// templates before calling it (renderer/data/projects.ts); the CLI writes it straight into a new project file.
import { newId, type IsoInstant, type Project, type ResearchQuestion } from '../model/index.ts';
import { ECOSYSTEM_ROLE_PRESETS } from '../templates/ecosystem-roles.ts';
import { instantiateTemplate } from '../templates/templateCodes.ts';
import type { CodebookTemplate } from '../templates/templateTypes.ts';
import type { AuditedChange } from './auditIntent.ts';
import { DataError } from './dataError.ts';
import { combineChanges, tableChange } from './projectChange.ts';

export type NewProject = {
  name: string;
  description?: string;
  researchQuestions?: string[];
  templateId?: string | null;
  rolePresets?: string[];
  reportLanguage?: string;
  isExample?: boolean;
};

/** A name (of a project, a role) with its spaces tidied: trimmed, runs of white space made one space. */
export const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ');

/** The name as stored; refuses one that is empty once trimmed. */
export const validProjectName = (raw: string): string => {
  const name = normaliseName(raw);
  if (name === '') throw new DataError('data.error.projectNameEmpty');
  return name;
};

/**
 * The project and its template's codes as one change, written at `at`. `template` is the one `input.templateId`
 * names (the caller looks it up: built-in or saved); without one the code tree is empty. The template's role
 * presets become the project's unless the input gives its own; its relation types become the project's own.
 */
export const planProjectCreation = (input: NewProject, template: CodebookTemplate | undefined, at: IsoInstant): AuditedChange<Project> => {
  const name = validProjectName(input.name);
  const questions: ResearchQuestion[] = (input.researchQuestions ?? [])
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => ({ id: newId(), text }));
  const project: Project = {
    id: newId(),
    name,
    description: input.description?.trim() ?? '',
    researchQuestions: questions,
    templateId: input.templateId ?? null,
    settings: {
      reportLanguage: input.reportLanguage ?? 'en',
      rolePresets: [...(input.rolePresets ?? template?.rolePresets ?? ECOSYSTEM_ROLE_PRESETS.roles)],
      ...(template?.relationTypes !== undefined && template.relationTypes.length > 0 ? { relationTypes: [...template.relationTypes] } : {}),
    },
    createdAt: at,
    updatedAt: at,
    isExample: input.isExample ?? false,
  };
  const codes = template ? instantiateTemplate(template, project.id, { now: at }) : [];
  const change = combineChanges(tableChange('projects', [project]), tableChange('codes', codes));
  return { change, audit: { projectId: project.id, action: 'create', objectType: 'project', objectId: project.id, detail: name }, result: project };
};

/** The project with `role` among its presets (undefined when already there, compared case-insensitively). */
export const withRolePreset = (project: Project, role: string): Project | undefined => {
  if (role === '' || project.settings.rolePresets.some((r) => r.toLocaleLowerCase() === role.toLocaleLowerCase())) return undefined;
  return { ...project, settings: { ...project.settings, rolePresets: [...project.settings.rolePresets, role] } };
};
