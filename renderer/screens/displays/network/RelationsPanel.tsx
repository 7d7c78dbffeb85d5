// The relations of a network listed beside the drawing, each with its type, ends and evidence count, to edit or
// delete; and under the drawing, the relations without evidence, so none hides as a mere dashed line.
import type { Id } from '../../../../shared/model/index.ts';
import type { NetworkGraph, NetworkGraphEdge } from '../../../../shared/network/networkGraph.ts';
import { edgeCaption } from '../../../../shared/network/networkSvg.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';

const edgeName = (graph: NetworkGraph, edge: NetworkGraphEdge): string => {
  const label = (id: Id): string => graph.nodes.find((node) => node.id === id)?.label ?? '?';
  return `${label(edge.from)} ${edge.directed ? '→' : '—'} ${label(edge.to)}: ${edgeCaption(edge)}`;
};

type PanelProps = { graph: NetworkGraph; onNew: () => void; onEdit: (id: Id) => void; onDelete: (id: Id, name: string) => void };

export const RelationsPanel = ({ graph, onNew, onEdit, onDelete }: PanelProps) => {
  const { t } = useTranslation();
  return (
    <section className="network-panel" aria-labelledby="network-relations-heading">
      <div className="network-panel-header">
        <h2 id="network-relations-heading" className="panel-title">{t('network.relations.heading')}</h2>
        <button type="button" className="button small" disabled={graph.nodes.length === 0} onClick={onNew}>{t('network.relations.add')}</button>
      </div>
      {graph.edges.length === 0 ? <p className="muted small">{t('network.relations.empty')}</p> : (
        <ul className="network-relation-list">
          {graph.edges.map((edge) => {
            const name = edgeName(graph, edge);
            return (
              <li key={edge.id} data-relation-id={edge.id}>
                <span className="network-relation-name">{name}</span>
                <span className={edge.evidence === 0 ? 'warning small' : 'muted small'}>{t('network.relations.evidence', { count: edge.evidence })}</span>
                <span className="network-relation-actions">
                  <button type="button" className="button small link" aria-label={t('network.relations.edit', { name })} onClick={() => onEdit(edge.id)}>✎</button>
                  <button type="button" className="button small link" aria-label={t('network.relations.delete', { name })} onClick={() => onDelete(edge.id, name)}>×</button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};

export const UnevidencedList = ({ graph, onEdit }: { graph: NetworkGraph; onEdit: (id: Id) => void }) => {
  const { t } = useTranslation();
  if (graph.edges.length === 0) return null;
  return (
    <section className="network-unevidenced" aria-labelledby="network-unevidenced-heading">
      <h2 id="network-unevidenced-heading" className="panel-title">{t('network.unevidenced.heading')}</h2>
      {graph.unevidenced.length === 0 ? <p className="muted small">{t('network.unevidenced.none')}</p> : (
        <ul>
          {graph.unevidenced.map((edge) => (
            <li key={edge.id}>
              <button type="button" className="button link" onClick={() => onEdit(edge.id)}>{edgeName(graph, edge)}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
