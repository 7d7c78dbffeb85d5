// The network layout off the UI thread: one worker for the session (elkjs loads once), laying out on this thread if
// no worker can start.
import { openServiceClient, startNetworkLayoutWorker } from '../../../workers/workerConnections.ts';
import { serveNetworkLayout, type NetworkLayoutMethods } from '../../../workers/networkLayoutService.ts';
import type { RpcClient } from '../../../workers/rpcClient.ts';
import type { LayoutEdgeInput, LayoutNodeInput, NetworkLayoutOptions } from '../../../../shared/network/networkLayout.ts';
import type { NodePositions } from '../../../../shared/network/networkGeometry.ts';

let client: RpcClient<NetworkLayoutMethods> | null = null;

export const layoutOffThread = (
  nodes: LayoutNodeInput[], edges: LayoutEdgeInput[], options: NetworkLayoutOptions, signal: AbortSignal,
): Promise<NodePositions> => {
  client ??= openServiceClient<NetworkLayoutMethods>(startNetworkLayoutWorker(), (endpoint) => serveNetworkLayout(endpoint), { stateless: true });
  return client.call('layout', { nodes, edges, options }, { signal });
};
