// The nodes of a network display: add a code, informant, role or free node; remove one with its relations (one
// commit, one undo step); move nodes the user dragged; clear every dragged place ("Auto layout"). Positions live in
// the display's definition, so a reload or another window shows the same drawing.
import { newId, type Display, type Id, type NetworkDisplayDefinition, type NetworkNode } from '../../shared/model/index.ts';
import { combineChanges, tableChange, type ProjectChange } from '../../shared/project/projectChange.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

export type NewNetworkNode = { kind: NetworkNode['kind']; refId: string | null; label: string };

type NetworkDisplay = Display & { definition: NetworkDisplayDefinition };

const networkOf = async (db: CaseweaveDatabase, displayId: Id): Promise<NetworkDisplay> => {
  const display = await db.displays.get(displayId);
  if (display === undefined) throw new DataError('data.error.displayNotFound');
  const { definition } = display;
  if (definition.kind !== 'network') throw new DataError('network.error.notNetwork');
  return { ...display, definition };
};

/** Writes a new definition of the network (and `extra` rows changed with it) as one undoable commit. */
const commitNetwork = async <R>(
  db: CaseweaveDatabase, displayId: Id, action: string,
  plan: (display: NetworkDisplay) => Promise<{ definition: NetworkDisplayDefinition; extra?: ProjectChange; detail: string; result: R }>,
  label: (result: R) => string, undo?: UndoManager,
): Promise<R> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const display = await networkOf(db, displayId);
      const planned = await plan(display);
      const updated: Display = { ...display, definition: planned.definition, updatedAt: db.clock() };
      const change = planned.extra === undefined ? tableChange('displays', [updated]) : combineChanges(tableChange('displays', [updated]), planned.extra);
      return {
        change,
        audit: { projectId: display.projectId, action, objectType: 'display' as const, objectId: displayId, detail: `${display.name}: ${planned.detail}` },
        result: planned.result,
      };
    },
    undo ? { undo: { manager: undo, label } } : {},
  );
  return result;
};

export const addNetworkNode = (db: CaseweaveDatabase, displayId: Id, input: NewNetworkNode, undo?: UndoManager): Promise<NetworkNode> =>
  commitNetwork(db, displayId, 'add-node', async ({ definition }) => {
    const label = input.label.trim().replace(/\s+/g, ' ');
    if (input.kind === 'free' && label === '') throw new DataError('network.error.freeLabelEmpty');
    if (input.kind !== 'free' && definition.nodes.some((node) => node.kind === input.kind && node.refId === input.refId)) {
      throw new DataError('network.error.nodeExists');
    }
    const node: NetworkNode = { id: newId(), kind: input.kind, refId: input.kind === 'free' ? null : input.refId, label, x: null, y: null };
    return { definition: { ...definition, nodes: [...definition.nodes, node] }, detail: label, result: node };
  }, (node) => t('network.undo.addNode', { label: node.label }), undo);

/** Removes the node and every relation of the display that starts or ends at it. */
export const removeNetworkNode = (db: CaseweaveDatabase, displayId: Id, nodeId: Id, undo?: UndoManager): Promise<string> =>
  commitNetwork(db, displayId, 'remove-node', async ({ definition }) => {
    const node = definition.nodes.find((candidate) => candidate.id === nodeId);
    if (node === undefined) throw new DataError('network.error.nodeNotFound');
    const relations = (await db.relations.where('displayId').equals(displayId).toArray())
      .filter((relation) => relation.fromNodeId === nodeId || relation.toNodeId === nodeId);
    return {
      definition: { ...definition, nodes: definition.nodes.filter((candidate) => candidate.id !== nodeId) },
      extra: tableChange('relations', [], relations.map((relation) => relation.id)),
      detail: node.label,
      result: node.label,
    };
  }, (label) => t('network.undo.removeNode', { label }), undo);

/** Places nodes where the user put them (a drag, arrow keys); top-left corners in drawing units. */
export const moveNetworkNodes = (
  db: CaseweaveDatabase, displayId: Id, moves: Readonly<Record<Id, { x: number; y: number }>>, undo?: UndoManager,
): Promise<string> =>
  commitNetwork(db, displayId, 'move-node', async ({ definition }) => {
    const nodes = definition.nodes.map((node) => {
      const to = moves[node.id];
      return to === undefined ? node : { ...node, x: Math.round(to.x), y: Math.round(to.y) };
    });
    const labels = definition.nodes.filter((node) => moves[node.id] !== undefined).map((node) => node.label).join(', ');
    return { definition: { ...definition, nodes }, detail: labels, result: labels };
  }, (label) => t('network.undo.moveNode', { label }), undo);

/** Forgets every place the user dragged a node to, so the automatic layout places them all; optionally turns it. */
export const resetNetworkLayout = (
  db: CaseweaveDatabase, displayId: Id, direction: NetworkDisplayDefinition['direction'] | null, undo?: UndoManager,
): Promise<string> =>
  commitNetwork(db, displayId, 'auto-layout', async (display) => ({
    definition: {
      ...display.definition,
      direction: direction ?? display.definition.direction,
      nodes: display.definition.nodes.map((node) => ({ ...node, x: null, y: null })),
    },
    detail: direction ?? display.definition.direction,
    result: display.name,
  }), (name) => t('network.undo.autoLayout', { name }), undo);
