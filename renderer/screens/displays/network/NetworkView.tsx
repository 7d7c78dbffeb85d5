// A network display: its nodes and typed relations laid out, dragged, edited and exported (contract version: the
// node labels only; the network helper replaces this file).
import type { Display } from '../../../../shared/model/index.ts';
import type { Route } from '../../../services/routes.ts';

export type NetworkViewProps = { display: Display; projectId: string; navigate: (route: Route) => void };

export const NetworkView = ({ display }: NetworkViewProps) =>
  display.definition.kind !== 'network' ? null : (
    <ul>{display.definition.nodes.map((node) => <li key={node.id}>{node.label}</li>)}</ul>
  );
