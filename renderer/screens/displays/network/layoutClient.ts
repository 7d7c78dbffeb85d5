// The network layout off the UI thread: one worker for the session (elkjs loads once), laying out on this thread if
// no worker can start. The layout is a pure function of the nodes, relations and options, so the last few answers
// are kept: reopening a network, or undoing a change to it, shows its layout at once.
import { openServiceClient, startNetworkLayoutWorker } from '../../../workers/workerConnections.ts';
import { serveNetworkLayout, type NetworkLayoutMethods } from '../../../workers/networkLayoutService.ts';
import type { RpcClient } from '../../../workers/rpcClient.ts';
import type { LayoutEdgeInput, LayoutNodeInput, NetworkLayoutOptions } from '../../../../shared/network/networkLayout.ts';
import type { NodePositions } from '../../../../shared/network/networkGeometry.ts';

let client: RpcClient<NetworkLayoutMethods> | null = null;
const KEPT_LAYOUTS = 8;
const kept = new Map<string, NodePositions>();

const layoutClient = (): RpcClient<NetworkLayoutMethods> => {
  client ??= openServiceClient<NetworkLayoutMethods>(startNetworkLayoutWorker(), (endpoint) => serveNetworkLayout(endpoint), { stateless: true });
  return client;
};

/** Starts the worker and loads elkjs in it (a layout of one node), while the list of displays shows a network. */
export const prepareLayoutWorker = (): void => {
  if (client !== null) return;
  layoutClient().call('layout', { nodes: [{ id: 'warm-up', label: '', x: null, y: null }], edges: [], options: { direction: 'right' } }).catch(() => undefined);
};

export const layoutOffThread = (
  nodes: LayoutNodeInput[], edges: LayoutEdgeInput[], options: NetworkLayoutOptions, signal: AbortSignal,
): Promise<NodePositions> => {
  const key = JSON.stringify([nodes, edges, options]);
  const known = kept.get(key);
  if (known !== undefined) return Promise.resolve(known);
  return layoutClient().call('layout', { nodes, edges, options }, { signal }).then((positions) => {
    kept.set(key, positions);
    if (kept.size > KEPT_LAYOUTS) kept.delete(kept.keys().next().value as string);
    return positions;
  });
};
