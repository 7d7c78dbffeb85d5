// Relations and nodes of network displays on real Dexie: create, edit, add and remove evidence, delete, each one
// undoable; removing a node takes its relations with it and undo brings both back; dragged positions are kept and
// "Auto layout" forgets them; relation types come from the template and the user adds more.
import { describe, expect, it } from 'vitest';
import { createProject, getProject } from '../../../renderer/data/projects.ts';
import { createDisplay, deleteDisplay, getDisplay } from '../../../renderer/data/displays.ts';
import {
  addRelationEvidence, addRelationType, createRelation, deleteRelation, listRelations, removeRelationEvidence, updateRelation, type RelationInput,
} from '../../../renderer/data/relations.ts';
import { addNetworkNode, moveNetworkNodes, removeNetworkNode, resetNetworkLayout } from '../../../renderer/data/networkNodes.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { relationTypeChoices } from '../../../shared/network/relationTypes.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { freshDatabase, steppingClock } from './testDatabase.ts';

const setUp = async () => {
  const db = freshDatabase(steppingClock());
  const undo = new UndoManager();
  const project = await createProject(db, { name: 'Ecosystem', templateId: 'ecosystem-internationalization' });
  const display = await createDisplay(db, project.id, { name: 'Ecosystem network', type: 'network' });
  const owner = await addNetworkNode(db, display.id, { kind: 'role', refId: 'owner', label: 'owner' });
  const diaspora = await addNetworkNode(db, display.id, { kind: 'role', refId: 'diaspora actor', label: 'diaspora actor' });
  const outcome = await addNetworkNode(db, display.id, { kind: 'free', refId: null, label: ' Internationalisation ' });
  return { db, undo, project, display, owner, diaspora, outcome };
};

const input = (from: string, to: string, extra: Partial<RelationInput> = {}): RelationInput => ({
  fromNodeId: from, toNodeId: to, type: 'sells-to', directed: true, sign: '+', note: '', evidence: { codingIds: [], memoIds: [] }, ...extra,
});

describe('relations of network displays', () => {
  it('creates, edits, evidences and deletes relations, each step undoable, with audit events', async () => {
    const { db, undo, project, display, owner, diaspora } = await setUp();
    const relation = await createRelation(db, display.id, input(owner.id, diaspora.id, { note: ' via cousins ', evidence: { codingIds: ['c1', 'c1'], memoIds: [] } }), undo);
    expect(relation).toMatchObject({ projectId: project.id, displayId: display.id, note: 'via cousins', evidence: { codingIds: ['c1'], memoIds: [] } });

    const edited = await updateRelation(db, relation.id, input(diaspora.id, owner.id, { type: 'synergy', directed: false, sign: '-' }), undo);
    expect(edited).toMatchObject({ fromNodeId: diaspora.id, toNodeId: owner.id, type: 'synergy', directed: false, sign: '-', evidence: { codingIds: [], memoIds: [] } });
    await addRelationEvidence(db, relation.id, { kind: 'memo', id: 'm1' }, undo);
    await addRelationEvidence(db, relation.id, { kind: 'coding', id: 'c9' }, undo);
    await removeRelationEvidence(db, relation.id, { kind: 'memo', id: 'm1' }, undo);
    expect((await listRelations(db, display.id))[0].evidence).toEqual({ codingIds: ['c9'], memoIds: [] });

    await undo.undo();
    expect((await listRelations(db, display.id))[0].evidence).toEqual({ codingIds: ['c9'], memoIds: ['m1'] });
    await undo.undo();
    await undo.undo();
    await undo.undo();
    expect((await listRelations(db, display.id))[0]).toEqual(relation);

    await deleteRelation(db, relation.id, undo);
    expect(await listRelations(db, display.id)).toEqual([]);
    await undo.undo();
    expect(await listRelations(db, display.id)).toEqual([relation]);

    const events = (await listAuditEvents(db, project.id)).filter((event) => event.objectType === 'relation');
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(['create', 'update', 'add-evidence', 'remove-evidence', 'delete']));
    expect(events.find((event) => event.action === 'create')?.detail).toBe('Ecosystem network: owner → diaspora actor (sells to)');
  });

  it('refuses a relation whose end is not a node of the display', async () => {
    const { db, display, owner } = await setUp();
    await expect(createRelation(db, display.id, input(owner.id, 'elsewhere'))).rejects.toThrow('A node of the relation is not in the network.');
  });

  it('removes a node with its relations in one step that undo reverses, and goes with its display', async () => {
    const { db, undo, display, owner, diaspora, outcome } = await setUp();
    const kept = await createRelation(db, display.id, input(diaspora.id, outcome.id));
    const gone = await createRelation(db, display.id, input(owner.id, diaspora.id));
    await removeNetworkNode(db, display.id, owner.id, undo);
    expect((await getDisplay(db, display.id))?.definition).toMatchObject({ nodes: [{ id: diaspora.id }, { id: outcome.id, label: 'Internationalisation', kind: 'free', refId: null }] });
    expect(await listRelations(db, display.id)).toEqual([kept]);
    await undo.undo();
    expect(await listRelations(db, display.id)).toEqual([kept, gone]);
    expect((await getDisplay(db, display.id))?.definition).toMatchObject({ nodes: [{ id: owner.id }, { id: diaspora.id }, { id: outcome.id }] });

    await deleteDisplay(db, display.id);
    expect(await listRelations(db, display.id)).toEqual([]);
  });

  it('refuses the same code, informant or role twice and a free node without a label', async () => {
    const { db, display } = await setUp();
    await expect(addNetworkNode(db, display.id, { kind: 'role', refId: 'owner', label: 'owner' })).rejects.toThrow('The network has that node already.');
    await expect(addNetworkNode(db, display.id, { kind: 'free', refId: null, label: '  ' })).rejects.toThrow('A free node needs a label.');
  });

  it('keeps dragged positions and forgets them all on auto layout, turning the layout when asked', async () => {
    const { db, undo, display, owner, diaspora } = await setUp();
    await moveNetworkNodes(db, display.id, { [owner.id]: { x: 120.4, y: 80.6 } }, undo);
    const moved = await getDisplay(db, display.id);
    expect(moved?.definition.kind === 'network' && moved.definition.nodes.map((node) => [node.id, node.x, node.y])).toEqual([
      [owner.id, 120, 81], [diaspora.id, null, null], [expect.any(String), null, null],
    ]);
    await resetNetworkLayout(db, display.id, 'down', undo);
    const reset = await getDisplay(db, display.id);
    expect(reset?.definition).toMatchObject({ direction: 'down' });
    expect(reset?.definition.kind === 'network' && reset.definition.nodes.every((node) => node.x === null && node.y === null)).toBe(true);
    await undo.undo();
    expect((await getDisplay(db, display.id))?.definition).toEqual(moved?.definition);
  });

  it('offers the template\'s relation types after the defaults and adds the user\'s own once', async () => {
    const { db, undo, project } = await setUp();
    expect(project.settings.relationTypes).toEqual(['synergy']);
    expect(await addRelationType(db, project.id, '  co-produces  with ', undo)).toBe(true);
    expect(await addRelationType(db, project.id, 'CO-PRODUCES WITH')).toBe(false);
    // A default's label is taken too.
    expect(await addRelationType(db, project.id, 'Sells to')).toBe(false);
    const choices = relationTypeChoices(await getProject(db, project.id));
    expect(choices.slice(0, 2).map((choice) => choice.label)).toEqual(['connects to', 'enables']);
    expect(choices.filter((choice) => choice.custom).map((choice) => choice.id)).toEqual(['synergy', 'co-produces with']);
    await undo.undo();
    expect((await getProject(db, project.id))?.settings.relationTypes).toEqual(['synergy']);
  });
});
