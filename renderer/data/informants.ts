// Informants (cases): pseudonym, role and free typed attributes; unique pseudonyms per project;
// delete unlinks them from sources and returns an undo snapshot.
import {
  newId, nowIso, type AttributeType, type AttributeValue, type Id, type Informant,
} from '../../shared/model/index.ts';
import { auditTables, recordChange } from './audit.ts';
import type { CaseweaveDatabase, SourceRow } from './database.ts';
import { DataError } from './errors.ts';

export type NewInformant = {
  pseudonym: string;
  role: string;
  attributes?: Record<string, AttributeValue>;
  realName?: string | null;
};

export type InformantPatch = Partial<Pick<Informant, 'pseudonym' | 'role' | 'attributes' | 'realName'>>;

/** Which sources linked the informant, and through which speakers, before it was deleted. */
export type DeletedInformant = {
  informant: Informant;
  links: { sourceId: Id; listed: boolean; speakers: string[] }[];
};

export type AttributeDefinition = { name: string; type: AttributeType };

const tidy = (text: string): string => text.trim().replace(/\s+/g, ' ');

const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

const checkAttribute = (name: string, attribute: AttributeValue): boolean => {
  switch (attribute.type) {
    case 'text': return typeof attribute.value === 'string';
    case 'number': return typeof attribute.value === 'number' && Number.isFinite(attribute.value);
    case 'date': return typeof attribute.value === 'string' && isIsoDate(attribute.value);
    case 'boolean': return typeof attribute.value === 'boolean';
    default: throw new DataError('data.error.attributeValueInvalid', { name, type: 'value' });
  }
};

/** Trims attribute names and refuses values that do not match their declared type. */
const validAttributes = (attributes: Record<string, AttributeValue>): Record<string, AttributeValue> => {
  const result: Record<string, AttributeValue> = {};
  for (const [rawName, attribute] of Object.entries(attributes)) {
    const name = tidy(rawName);
    if (name === '') throw new DataError('data.error.attributeNameEmpty');
    if (!checkAttribute(name, attribute)) throw new DataError('data.error.attributeValueInvalid', { name, type: attribute.type });
    result[name] = attribute;
  }
  return result;
};

const validPseudonym = (raw: string): string => {
  const pseudonym = tidy(raw);
  if (pseudonym === '') throw new DataError('data.error.informantPseudonymEmpty');
  return pseudonym;
};

const assertPseudonymFree = async (db: CaseweaveDatabase, projectId: Id, pseudonym: string, exceptId: Id | null) => {
  const wanted = pseudonym.toLocaleLowerCase();
  const clash = await db.informants
    .where('projectId').equals(projectId)
    .filter((i) => i.id !== exceptId && i.pseudonym.toLocaleLowerCase() === wanted)
    .first();
  if (clash) throw new DataError('data.error.informantPseudonymTaken', { name: pseudonym });
};

/** A role typed for an informant joins the project's presets, so presets are extendable by use. */
const rememberRole = async (db: CaseweaveDatabase, projectId: Id, role: string): Promise<void> => {
  if (role === '') return;
  const project = await db.projects.get(projectId);
  if (!project) throw new DataError('data.error.projectNotFound');
  if (project.settings.rolePresets.some((r) => r.toLocaleLowerCase() === role.toLocaleLowerCase())) return;
  await db.projects.update(projectId, { settings: { ...project.settings, rolePresets: [...project.settings.rolePresets, role] } });
};

export const listInformants = async (db: CaseweaveDatabase, projectId: Id): Promise<Informant[]> => {
  const informants = await db.informants.where('projectId').equals(projectId).toArray();
  return informants.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, undefined, { sensitivity: 'base', numeric: true }));
};

export const getInformant = (db: CaseweaveDatabase, id: Id): Promise<Informant | undefined> => db.informants.get(id);

export const createInformant = async (db: CaseweaveDatabase, projectId: Id, input: NewInformant): Promise<Informant> => {
  const pseudonym = validPseudonym(input.pseudonym);
  const role = tidy(input.role);
  const attributes = validAttributes(input.attributes ?? {});
  return db.transaction('rw', [db.informants, ...auditTables(db)], async () => {
    await assertPseudonymFree(db, projectId, pseudonym, null);
    await rememberRole(db, projectId, role);
    const at = nowIso();
    const informant: Informant = {
      id: newId(), projectId, pseudonym, role, attributes, realName: input.realName?.trim() || null, createdAt: at, updatedAt: at,
    };
    await db.informants.add(informant);
    await recordChange(db, { projectId, action: 'create', objectType: 'informant', objectId: informant.id, detail: pseudonym, at });
    return informant;
  });
};

export const updateInformant = async (db: CaseweaveDatabase, id: Id, patch: InformantPatch): Promise<void> => {
  const changes: InformantPatch = {};
  if (patch.pseudonym !== undefined) changes.pseudonym = validPseudonym(patch.pseudonym);
  if (patch.role !== undefined) changes.role = tidy(patch.role);
  if (patch.attributes !== undefined) changes.attributes = validAttributes(patch.attributes);
  if (patch.realName !== undefined) changes.realName = patch.realName?.trim() || null;
  await db.transaction('rw', [db.informants, ...auditTables(db)], async () => {
    const informant = await db.informants.get(id);
    if (!informant) throw new DataError('data.error.informantNotFound');
    if (changes.pseudonym !== undefined) await assertPseudonymFree(db, informant.projectId, changes.pseudonym, id);
    if (changes.role !== undefined) await rememberRole(db, informant.projectId, changes.role);
    const at = nowIso();
    await db.informants.update(id, { ...changes, updatedAt: at });
    const detail = Object.keys(changes).join(', ');
    await recordChange(db, { projectId: informant.projectId, action: 'update', objectType: 'informant', objectId: id, detail, at });
  });
};

const sourceTables = (db: CaseweaveDatabase) => [db.informants, db.sources, ...auditTables(db)] as const;

export const deleteInformant = async (db: CaseweaveDatabase, id: Id): Promise<DeletedInformant> =>
  db.transaction('rw', sourceTables(db), async () => {
    const informant = await db.informants.get(id);
    if (!informant) throw new DataError('data.error.informantNotFound');
    const rows = await db.sources.where('projectId').equals(informant.projectId).toArray();
    const links: DeletedInformant['links'] = [];
    const at = nowIso();
    for (const row of rows) {
      const speakers = Object.entries(row.speakerLinks).filter(([, linked]) => linked === id).map(([speaker]) => speaker);
      const listed = row.informantIds.includes(id);
      if (!listed && speakers.length === 0) continue;
      links.push({ sourceId: row.id, listed, speakers });
      const speakerLinks = Object.fromEntries(Object.entries(row.speakerLinks).filter(([, linked]) => linked !== id));
      await db.sources.update(row.id, { informantIds: row.informantIds.filter((i) => i !== id), speakerLinks, updatedAt: at });
    }
    await db.informants.delete(id);
    await recordChange(db, { projectId: informant.projectId, action: 'delete', objectType: 'informant', objectId: id, detail: informant.pseudonym, at });
    return { informant, links };
  });

/** Undo of deleteInformant: re-adds it and re-links it to the sources that still exist. */
export const restoreInformant = async (db: CaseweaveDatabase, snapshot: DeletedInformant): Promise<void> => {
  const { informant } = snapshot;
  await db.transaction('rw', sourceTables(db), async () => {
    await assertPseudonymFree(db, informant.projectId, informant.pseudonym, informant.id);
    await db.informants.add(informant);
    const at = nowIso();
    for (const link of snapshot.links) {
      const row: SourceRow | undefined = await db.sources.get(link.sourceId);
      if (!row) continue;
      const informantIds = link.listed && !row.informantIds.includes(informant.id) ? [...row.informantIds, informant.id] : row.informantIds;
      const speakerLinks = { ...row.speakerLinks };
      for (const speaker of link.speakers) speakerLinks[speaker] ??= informant.id;
      await db.sources.update(row.id, { informantIds, speakerLinks, updatedAt: at });
    }
    await recordChange(db, { projectId: informant.projectId, action: 'restore', objectType: 'informant', objectId: informant.id, detail: informant.pseudonym, at });
  });
};

/** Every attribute name used in the project with its type (the first informant that uses it decides). */
/** Declares an attribute column on the project (no-op when a column of that name exists, case-insensitively). */
export const addAttributeDefinition = async (db: CaseweaveDatabase, projectId: Id, definition: AttributeDefinition): Promise<void> => {
  const name = definition.name.trim().replace(/\s+/g, ' ');
  if (name === '') throw new DataError('data.error.attributeNameEmpty');
  await db.transaction('rw', auditTables(db), async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new DataError('data.error.projectNotFound');
    const existing = project.settings.attributeDefinitions ?? [];
    if (existing.some((column) => column.name.toLocaleLowerCase() === name.toLocaleLowerCase())) return;
    const at = nowIso();
    const settings = { ...project.settings, attributeDefinitions: [...existing, { name, type: definition.type }] };
    await db.projects.update(projectId, { settings, updatedAt: at });
    await recordChange(db, { projectId, action: 'add-attribute', objectType: 'project', objectId: projectId, detail: `${name} (${definition.type})`, at });
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
