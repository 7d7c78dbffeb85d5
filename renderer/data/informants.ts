// Informants (cases): pseudonym, role and free typed attributes; unique pseudonyms per project; deleting one
// unlinks it from its sources (the registry's cascade) and is undoable.
import type { AttributeType, Id, Informant } from '../../shared/model/index.ts';
import {
  newInformantRecord, tidyText, validAttributes, validPseudonym, type NewInformant,
} from '../../shared/project/informantRecord.ts';
import { t } from '../../shared/i18n/translate.ts';
import { combineChanges, tableChange, type ProjectChange } from '../../shared/project/projectChange.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase } from './database.ts';
import { withRolePreset } from './projects.ts';
import { DataError } from './errors.ts';

export { newInformantRecord, type NewInformant };

export type InformantPatch = Partial<Pick<Informant, 'pseudonym' | 'role' | 'attributes' | 'realName'>>;

export type AttributeDefinition = { name: string; type: AttributeType };

const assertPseudonymFree = async (db: CaseweaveDatabase, projectId: Id, pseudonym: string, exceptId: Id | null) => {
  const wanted = pseudonym.toLocaleLowerCase();
  const clash = await db.informants
    .where('projectId').equals(projectId)
    .filter((i) => i.id !== exceptId && i.pseudonym.toLocaleLowerCase() === wanted)
    .first();
  if (clash) throw new DataError('data.error.informantPseudonymTaken', { name: pseudonym });
};

/** Roles typed for informants join the project's presets (presets are extendable by use), in one project row. */
export const rememberRoles = async (db: CaseweaveDatabase, projectId: Id, roles: readonly string[]): Promise<ProjectChange> => {
  const project = await db.projects.get(projectId);
  if (!project) throw new DataError('data.error.projectNotFound');
  let updated = project;
  for (const role of roles) updated = withRolePreset(updated, role) ?? updated;
  return updated === project ? {} : tableChange('projects', [{ ...updated, updatedAt: db.clock() }]);
};

export const listInformants = async (db: CaseweaveDatabase, projectId: Id): Promise<Informant[]> => {
  const informants = await db.informants.where('projectId').equals(projectId).toArray();
  return informants.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, undefined, { sensitivity: 'base', numeric: true }));
};

export const getInformant = (db: CaseweaveDatabase, id: Id): Promise<Informant | undefined> => db.informants.get(id);

/** The new informant (and its role among the presets) as one change, checked against the database (call in a plan). */
export const planNewInformant = async (db: CaseweaveDatabase, projectId: Id, input: NewInformant) => {
  const informant = newInformantRecord(projectId, input, db.clock());
  await assertPseudonymFree(db, projectId, informant.pseudonym, null);
  return {
    change: combineChanges(await rememberRoles(db, projectId, [informant.role]), tableChange('informants', [informant])),
    audit: { projectId, action: 'create', objectType: 'informant' as const, objectId: informant.id, detail: informant.pseudonym },
    result: informant,
  };
};

/** A new informant whose id the caller chose beforehand (e.g. one made from a speaker during an import review). */
export type PendingInformant = NewInformant & { id: Id };

/**
 * Several new informants as one change (their roles among the presets too), each pseudonym checked against the
 * project's and the others'; call in a plan.
 */
export const planNewInformants = async (db: CaseweaveDatabase, projectId: Id, inputs: readonly PendingInformant[]): Promise<{ change: ProjectChange; informants: Informant[] }> => {
  const at = db.clock();
  const informants = inputs.map((input) => ({ ...newInformantRecord(projectId, input, at), id: input.id }));
  const taken = new Set((await db.informants.where('projectId').equals(projectId).toArray()).map((informant) => informant.pseudonym.toLocaleLowerCase()));
  for (const informant of informants) {
    const key = informant.pseudonym.toLocaleLowerCase();
    if (taken.has(key)) throw new DataError('data.error.informantPseudonymTaken', { name: informant.pseudonym });
    taken.add(key);
  }
  const change = combineChanges(await rememberRoles(db, projectId, informants.map((informant) => informant.role)), tableChange('informants', informants));
  return { change, informants };
};

export const createInformant = async (db: CaseweaveDatabase, projectId: Id, input: NewInformant): Promise<Informant> =>
  (await commitPlan(db, () => planNewInformant(db, projectId, input))).result;

export const updateInformant = async (db: CaseweaveDatabase, id: Id, patch: InformantPatch): Promise<void> => {
  const changes: InformantPatch = {};
  if (patch.pseudonym !== undefined) changes.pseudonym = validPseudonym(patch.pseudonym);
  if (patch.role !== undefined) changes.role = tidyText(patch.role);
  if (patch.attributes !== undefined) changes.attributes = validAttributes(patch.attributes);
  if (patch.realName !== undefined) changes.realName = patch.realName?.trim() || null;
  await commitPlan(db, async () => {
    const informant = await db.informants.get(id);
    if (!informant) throw new DataError('data.error.informantNotFound');
    if (changes.pseudonym !== undefined) await assertPseudonymFree(db, informant.projectId, changes.pseudonym, id);
    const roleChange = changes.role === undefined ? {} : await rememberRoles(db, informant.projectId, [changes.role]);
    return {
      change: combineChanges(roleChange, tableChange('informants', [{ ...informant, ...changes, updatedAt: db.clock() }])),
      audit: { projectId: informant.projectId, action: 'update', objectType: 'informant', objectId: id, detail: Object.keys(changes).join(', ') },
      result: undefined,
    };
  });
};

/** Deletes the informant; the sources that listed it or linked a speaker to it forget it (undo links them again). */
export const deleteInformant = (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> =>
  deleteRow(db, 'informants', id, {
    missing: () => new DataError('data.error.informantNotFound'),
    projectOf: (informant) => informant.projectId,
    nameOf: (informant) => informant.pseudonym,
    label: (name) => t('data.undo.deleteInformant', { name }),
  }, undo);

/** Declares an attribute column on the project (no-op when a column of that name exists, case-insensitively). */
export const addAttributeDefinition = async (db: CaseweaveDatabase, projectId: Id, definition: AttributeDefinition): Promise<void> => {
  const name = definition.name.trim().replace(/\s+/g, ' ');
  if (name === '') throw new DataError('data.error.attributeNameEmpty');
  await commitPlan(db, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new DataError('data.error.projectNotFound');
    const existing = project.settings.attributeDefinitions ?? [];
    if (existing.some((column) => column.name.toLocaleLowerCase() === name.toLocaleLowerCase())) return { change: {}, audit: null, result: undefined };
    const settings = { ...project.settings, attributeDefinitions: [...existing, { name, type: definition.type }] };
    return {
      change: tableChange('projects', [{ ...project, settings, updatedAt: db.clock() }]),
      audit: { projectId, action: 'add-attribute', objectType: 'project', objectId: projectId, detail: `${name} (${definition.type})` },
      result: undefined,
    };
  });
};

/** Attribute columns of a project: those declared on the project, then any other found on its informants. */
export const listAttributeNames = async (db: CaseweaveDatabase, projectId: Id): Promise<AttributeDefinition[]> => {
  const seen = new Map<string, AttributeType>();
  const project = await db.projects.get(projectId);
  for (const column of project?.settings.attributeDefinitions ?? []) seen.set(column.name, column.type);
  for (const informant of await listInformants(db, projectId)) {
    for (const [name, attribute] of Object.entries(informant.attributes)) if (!seen.has(name)) seen.set(name, attribute.type);
  }
  return [...seen].map(([name, type]) => ({ name, type })).sort((a, b) => a.name.localeCompare(b.name));
};
