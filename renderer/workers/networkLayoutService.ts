// The network layout as a service of the worker protocol: elkjs lays out a network display off the UI thread (a
// large network takes a noticeable moment). It keeps nothing between calls, so its calls can move to the main
// thread if the worker dies.
import { layoutNetwork, loadLayoutEngine, type LayoutEdgeInput, type LayoutNodeInput, type NetworkLayoutOptions } from '../../shared/network/networkLayout.ts';
import type { NodePositions } from '../../shared/network/networkGeometry.ts';
import type { RpcEndpoint } from './rpcMessages.ts';
import { serveRpc } from './rpcServer.ts';

export type NetworkLayoutMethods = {
  layout: { params: { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[]; options: NetworkLayoutOptions }; result: NodePositions };
};

/**
 * Starts laying out networks sent to `endpoint`. `afterEngineLoads` runs once elkjs is loaded: inside a worker,
 * elkjs's bundle installs its own `onmessage` (it takes any worker for its own), which the worker entry removes.
 */
export const serveNetworkLayout = (endpoint: RpcEndpoint, afterEngineLoads: () => void = () => undefined): (() => void) => {
  let loaded = false;
  return serveRpc<NetworkLayoutMethods>(endpoint, {
    layout: async ({ nodes, edges, options }, { signal }) => {
      if (!loaded) {
        await loadLayoutEngine();
        afterEngineLoads();
        loaded = true;
      }
      signal.throwIfAborted();
      return layoutNetwork(nodes, edges, options);
    },
  });
};
