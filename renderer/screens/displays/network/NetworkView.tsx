// A network display (a context chart, a causal network, the ecosystem model): its nodes and typed relations drawn
// with the automatic layout and the places the user dragged nodes to, edges as wide as their evidence and dashed
// (and listed) without it; nodes, relations and co-occurrence suggestions edited beside it; SVG and PNG export.
import { useState } from 'react';
import type { Display, Id, NetworkDisplayDefinition, Relation } from '../../../../shared/model/index.ts';
import type { Route } from '../../../services/routes.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { useUndoManager } from '../../../services/UndoContext.tsx';
import { useToasts } from '../../../services/Toasts.tsx';
import { undoToastAction } from '../../../services/undoToastAction.ts';
import { hasNativeFileDialog } from '../../../platform/platform.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { addRelationType, createRelation, deleteRelation, updateRelation, type RelationInput } from '../../../data/relations.ts';
import { addNetworkNode, moveNetworkNodes, removeNetworkNode, resetNetworkLayout } from '../../../data/networkNodes.ts';
import { overlappingCodings, type NetworkSuggestion } from '../../../data/networkSuggestions.ts';
import { useNetworkModel } from './useNetworkModel.ts';
import { useNetworkLayout } from './useNetworkLayout.ts';
import { NetworkCanvas } from './NetworkCanvas.tsx';
import { NodesPanel } from './NodesPanel.tsx';
import { RelationsPanel, UnevidencedList } from './RelationsPanel.tsx';
import { RelationEditor } from './RelationEditor.tsx';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';
import { exportNetworkPng, exportNetworkSvg, type NetworkDrawing } from './networkExport.ts';
import '../../../styles/network.css';

export type NetworkViewProps = { display: Display; projectId: string; navigate: (route: Route) => void };

type Editing = { relation: Relation } | { start: Partial<RelationInput> } | null;

export const NetworkView = ({ display, projectId }: NetworkViewProps) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const { t, formatNumber } = useTranslation();
  const model = useNetworkModel(display, projectId);
  const { positions, laidOut } = useNetworkLayout(model.definition, model.graph.edges, model.relationsLoaded);
  const [editing, setEditing] = useState<Editing>(null);
  const [exporting, setExporting] = useState(false);
  if (display.definition.kind !== 'network') return null;
  const { definition, graph } = model;

  const editRelation = (id: Id): void => {
    const relation = model.relations.find((candidate) => candidate.id === id);
    if (relation !== undefined) setEditing({ relation });
  };

  const saveRelation = async (input: RelationInput): Promise<boolean> => {
    const target = editing;
    const saved = await toasts.runWrite(() =>
      target !== null && 'relation' in target ? updateRelation(db, target.relation.id, input, undo) : createRelation(db, display.id, input, undo));
    if (saved !== undefined) setEditing(null);
    return saved !== undefined;
  };

  const addType = async (name: string): Promise<boolean> => {
    const added = await toasts.runWrite(() => addRelationType(db, projectId, name, undo));
    if (added === true) toasts.notify(t('network.relationTypes.added', { name: name.trim() }));
    return added === true;
  };

  const removeNode = async (id: Id, label: string): Promise<void> => {
    const removed = await toasts.runWrite(() => removeNetworkNode(db, display.id, id, undo));
    if (removed !== undefined) toasts.notify(t('network.removedNode', { label }), undoToastAction(undo, t('network.undo')));
  };

  const removeRelation = async (id: Id, name: string): Promise<void> => {
    const deleted = await toasts.runWrite(async () => {
      await deleteRelation(db, id, undo);
      return true;
    });
    if (deleted) toasts.notify(t('network.deletedRelation', { name }), undoToastAction(undo, t('network.undo')));
  };

  const acceptSuggestion = async (suggestion: NetworkSuggestion): Promise<void> => {
    const coefficient = formatNumber(Math.round(suggestion.coefficient * 100) / 100);
    await toasts.runWrite(() => createRelation(db, display.id, {
      fromNodeId: suggestion.from.id, toNodeId: suggestion.to.id, type: 'connects-to', directed: false, sign: null,
      note: t('network.suggestions.note', { coefficient }),
      evidence: { codingIds: overlappingCodings(model.snapshot.codes, model.snapshot.codings, suggestion.fromCodeId, suggestion.toCodeId), memoIds: [] },
      suggestedCoefficient: suggestion.coefficient,
    }, undo));
  };

  const exportAs = async (format: 'svg' | 'png'): Promise<void> => {
    const drawing: NetworkDrawing = { name: display.name, graph, positions };
    setExporting(true);
    try {
      const outcome = await (format === 'svg' ? exportNetworkSvg(drawing) : exportNetworkPng(drawing));
      if (outcome.saved) {
        toasts.notify(hasNativeFileDialog() ? t('network.export.saved', { path: outcome.path }) : t('network.export.downloaded', { file: outcome.fileName }));
      }
    } catch (error) {
      toasts.reportError(error);
    } finally {
      setExporting(false);
    }
  };

  const setDirection = (direction: NetworkDisplayDefinition['direction']): void => {
    void toasts.runWrite(() => resetNetworkLayout(db, display.id, direction, undo));
  };

  return (
    <div className="network-view" data-laid-out={laidOut && graph.nodes.length > 0}>
      <div className="toolbar network-toolbar" role="toolbar" aria-label={t('network.toolbar')}>
        <button type="button" className="button" onClick={() => setDirection(definition.direction)}>{t('network.autoLayout')}</button>
        <label>
          {t('network.direction')}
          <select value={definition.direction} onChange={(event) => setDirection(event.target.value === 'down' ? 'down' : 'right')}>
            <option value="right">{t('network.direction.right')}</option>
            <option value="down">{t('network.direction.down')}</option>
          </select>
        </label>
        {!laidOut && graph.nodes.length > 0 && <span className="muted small" role="status">{t('network.laidOut')}</span>}
        <span className="toolbar-separator" />
        <button type="button" className="button" disabled={exporting || graph.nodes.length === 0} onClick={() => void exportAs('svg')}>{t('network.export.svg')}</button>
        <button type="button" className="button" disabled={exporting || graph.nodes.length === 0} onClick={() => void exportAs('png')}>{t('network.export.png')}</button>
      </div>
      <div className="network-body">
        <div className="network-stage">
          <div className="network-canvas-frame">
            {graph.nodes.length === 0 && <p className="muted network-empty-drawing">{t('network.nodes.empty')}</p>}
            <NetworkCanvas
              name={display.name}
              graph={graph}
              positions={positions}
              onMove={(moves) => void toasts.runWrite(() => moveNetworkNodes(db, display.id, moves, undo))}
              onEditRelation={editRelation}
              onStartRelation={(fromNodeId) => setEditing({ start: { fromNodeId, toNodeId: definition.nodes.find((node) => node.id !== fromNodeId)?.id ?? fromNodeId } })}
            />
          </div>
          <UnevidencedList graph={graph} onEdit={editRelation} />
        </div>
        <aside className="network-side" aria-label={t('network.side')}>
          <NodesPanel
            definition={definition}
            snapshot={model.snapshot}
            informants={model.informants}
            project={model.project}
            onAdd={async (node) => (await toasts.runWrite(() => addNetworkNode(db, display.id, node, undo))) !== undefined}
            onRemove={(node) => void removeNode(node.id, node.label)}
          />
          <RelationsPanel
            graph={graph}
            onNew={() => setEditing({ start: {} })}
            onEdit={editRelation}
            onDelete={(id, name) => void removeRelation(id, name)}
          />
          <SuggestionsPanel
            displayId={display.id}
            projectId={projectId}
            definition={definition}
            relations={model.relations}
            snapshot={model.snapshot}
            onAccept={acceptSuggestion}
          />
        </aside>
      </div>
      {editing !== null && (
        <RelationEditor
          definition={definition}
          relation={'relation' in editing ? editing.relation : editing.start}
          project={model.project}
          snapshot={model.snapshot}
          memos={model.memos}
          onSave={saveRelation}
          onAddType={addType}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
};
