// Relations of network displays: list, create, edit (type, direction, sign, note, ends), change their evidence, and
// delete, each one commit with its audit event and undoable; and the project's own relation types. A relation's
// ends must be nodes of its display; removing a node removes its relations with it (renderer/data/networkNodes.ts).
import { newId, type Coding, type Display, type Id, type NetworkDisplayDefinition, type Relation, type RelationSign } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { relationTypeLabel, withRelationType, normaliseRelationType } from '../../shared/network/relationTypes.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

const byCreation = (a: Relation, b: Relation): number => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export const listRelations = async (db: CaseweaveDatabase, displayId: Id): Promise<Relation[]> =>
  (await db.relations.where('displayId').equals(displayId).toArray()).sort(byCreation);

export type RelationInput = {
  fromNodeId: Id;
  toNodeId: Id;
  type: string;
  directed: boolean;
  sign: RelationSign;
  note: string;
  evidence: { codingIds: Id[]; memoIds: Id[] };
  suggestedCoefficient?: number | null;
};

const networkOf = async (db: CaseweaveDatabase, displayId: Id): Promise<Display & { definition: NetworkDisplayDefinition }> => {
  const display = await db.displays.get(displayId);
  if (display === undefined) throw new DataError('data.error.displayNotFound');
  const { definition } = display;
  if (definition.kind !== 'network') throw new DataError('network.error.notNetwork');
  return { ...display, definition };
};

/** "Owner → Diaspora (sells to)": how the audit trail and undo labels name a relation. */
export const relationName = (definition: NetworkDisplayDefinition, relation: Pick<Relation, 'fromNodeId' | 'toNodeId' | 'type' | 'directed'>): string => {
  const label = (id: Id): string => definition.nodes.find((node) => node.id === id)?.label ?? '?';
  return `${label(relation.fromNodeId)} ${relation.directed ? '→' : '—'} ${label(relation.toNodeId)} (${relationTypeLabel(relation.type)})`;
};

const checkedInput = (definition: NetworkDisplayDefinition, input: RelationInput): RelationInput => {
  const ids = new Set(definition.nodes.map((node) => node.id));
  if (!ids.has(input.fromNodeId) || !ids.has(input.toNodeId)) throw new DataError('network.error.nodeNotFound');
  return {
    ...input,
    type: normaliseRelationType(input.type) || 'connects-to',
    note: input.note.trim(),
    evidence: { codingIds: [...new Set(input.evidence.codingIds)], memoIds: [...new Set(input.evidence.memoIds)] },
  };
};

export const createRelation = async (db: CaseweaveDatabase, displayId: Id, input: RelationInput, undo?: UndoManager): Promise<Relation> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const display = await networkOf(db, displayId);
      const checked = checkedInput(display.definition, input);
      const at = db.clock();
      const relation: Relation = {
        id: newId(), projectId: display.projectId, displayId, fromNodeId: checked.fromNodeId, toNodeId: checked.toNodeId, type: checked.type,
        directed: checked.directed, sign: checked.sign, note: checked.note, evidence: checked.evidence,
        suggestedCoefficient: checked.suggestedCoefficient ?? null, createdAt: at, updatedAt: at,
      };
      const name = relationName(display.definition, relation);
      return {
        change: tableChange('relations', [relation]),
        audit: { projectId: display.projectId, action: 'create', objectType: 'relation' as const, objectId: relation.id, detail: `${display.name}: ${name}` },
        result: { relation, name },
      };
    },
    undo ? { undo: { manager: undo, label: ({ name }) => t('network.undo.createRelation', { name }) } } : {},
  );
  return result.relation;
};

/** Writes `edit` of relation `id` in one commit (every change of a relation but its creation and deletion). */
const editRelation = async (
  db: CaseweaveDatabase, id: Id, edit: (relation: Relation, definition: NetworkDisplayDefinition) => Relation, action: string, undo?: UndoManager,
): Promise<Relation> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const before = await db.relations.get(id);
      if (before === undefined) throw new DataError('network.error.relationNotFound');
      const display = await networkOf(db, before.displayId);
      const edited = edit(before, display.definition);
      const after: Relation = { ...edited, id: before.id, projectId: before.projectId, displayId: before.displayId, createdAt: before.createdAt, updatedAt: db.clock() };
      const name = relationName(display.definition, after);
      return {
        change: tableChange('relations', [after]),
        audit: { projectId: before.projectId, action, objectType: 'relation' as const, objectId: id, detail: `${display.name}: ${name}` },
        result: { relation: after, name },
      };
    },
    undo ? { undo: { manager: undo, label: ({ name }) => t('network.undo.updateRelation', { name }) } } : {},
  );
  return result.relation;
};

/** Replaces what the relation editor edits: its ends, type, direction, sign, note and evidence. */
export const updateRelation = (db: CaseweaveDatabase, id: Id, input: RelationInput, undo?: UndoManager): Promise<Relation> =>
  editRelation(db, id, (relation, definition) => {
    const checked = checkedInput(definition, { ...input, suggestedCoefficient: relation.suggestedCoefficient });
    return { ...relation, ...checked, suggestedCoefficient: relation.suggestedCoefficient };
  }, 'update', undo);

export type EvidenceRef = { kind: 'coding' | 'memo'; id: Id };

const withEvidence = (relation: Relation, ref: EvidenceRef, present: boolean): Relation => {
  const field = ref.kind === 'coding' ? 'codingIds' : 'memoIds';
  const rest = relation.evidence[field].filter((id) => id !== ref.id);
  return { ...relation, evidence: { ...relation.evidence, [field]: present ? [...rest, ref.id] : rest } };
};

export const addRelationEvidence = (db: CaseweaveDatabase, id: Id, ref: EvidenceRef, undo?: UndoManager): Promise<Relation> =>
  editRelation(db, id, (relation) => withEvidence(relation, ref, true), 'add-evidence', undo);

export const removeRelationEvidence = (db: CaseweaveDatabase, id: Id, ref: EvidenceRef, undo?: UndoManager): Promise<Relation> =>
  editRelation(db, id, (relation) => withEvidence(relation, ref, false), 'remove-evidence', undo);

export const deleteRelation = async (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> => {
  const relation = await db.relations.get(id);
  const display = relation === undefined ? undefined : await db.displays.get(relation.displayId);
  const name = relation !== undefined && display?.definition.kind === 'network' ? relationName(display.definition, relation) : id;
  await deleteRow(db, 'relations', id, {
    missing: () => new DataError('network.error.relationNotFound'),
    projectOf: (row) => row.projectId,
    nameOf: () => name,
    label: (named) => t('network.undo.deleteRelation', { name: named }),
  }, undo);
};

/**
 * Adds a relation type to the project's own (ProjectSettings.relationTypes); returns false, writing nothing, when a
 * type of that name (or a default's label) exists already.
 */
export const addRelationType = async (db: CaseweaveDatabase, projectId: Id, name: string, undo?: UndoManager): Promise<boolean> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const project = await db.projects.get(projectId);
      if (project === undefined) throw new DataError('data.error.projectNotFound');
      const updated = withRelationType(project, name);
      if (updated === undefined) return { change: {}, audit: null, result: false };
      const added = normaliseRelationType(name);
      return {
        change: tableChange('projects', [{ ...updated, updatedAt: db.clock() }]),
        audit: { projectId, action: 'add-relation-type', objectType: 'project' as const, objectId: projectId, detail: added },
        result: true,
      };
    },
    undo ? { undo: { manager: undo, label: () => t('network.undo.addRelationType', { name: normaliseRelationType(name) }) } } : {},
  );
  return result;
};

export type EvidenceQuote = { quote: string; sourceTitle: string };

const MAX_QUOTE = 180;

const trimmedQuote = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
};

/** The quote (trimmed) and source title of each coding, for picking a relation's evidence; only their sources' texts are read. */
export const loadCodingQuotes = (db: CaseweaveDatabase, codings: readonly Coding[]): Promise<Map<Id, EvidenceQuote>> => {
  const sourceIds = [...new Set(codings.map((coding) => coding.sourceId))];
  return db.transaction('r', [db.sources, db.sourceTexts], async () => {
    const [sources, texts] = await Promise.all([db.sources.bulkGet(sourceIds), db.sourceTexts.bulkGet(sourceIds)]);
    const bySource = new Map(sourceIds.map((id, index) => [id, { title: sources[index]?.title ?? '', text: texts[index]?.text ?? '' }]));
    const found = new Map<Id, EvidenceQuote>();
    for (const coding of codings) {
      const source = bySource.get(coding.sourceId);
      if (source !== undefined) found.set(coding.id, { quote: trimmedQuote(source.text.slice(coding.start, coding.end)), sourceTitle: source.title });
    }
    return found;
  });
};
