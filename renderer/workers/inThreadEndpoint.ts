// The fallback when no Web Worker is available (Node, tests, a blocked or broken worker): a pair of connected
// endpoints on this thread with a service on one end. Messages are delivered asynchronously, in order, like a
// worker's, so a client behaves the same either way.
import type { MessageListener, RpcConnection, RpcEndpoint } from './rpcMessages.ts';

/** Two endpoints where whatever one posts, the other's listeners receive on a later task. */
export const createEndpointPair = (): [RpcEndpoint, RpcEndpoint] => {
  const makePort = (own: Set<MessageListener>, peer: Set<MessageListener>): RpcEndpoint => ({
    postMessage(message) {
      setTimeout(() => {
        for (const listener of [...peer]) listener({ data: message });
      }, 0);
    },
    addEventListener(_type, listener) {
      own.add(listener);
    },
    removeEventListener(_type, listener) {
      own.delete(listener);
    },
  });
  const first = new Set<MessageListener>();
  const second = new Set<MessageListener>();
  return [makePort(first, second), makePort(second, first)];
};

/** The client's end of a service started on this thread by `serve`; releasing it stops the service. */
export const inThreadConnection = (serve: (endpoint: RpcEndpoint) => () => void): RpcConnection => {
  const [clientEnd, serviceEnd] = createEndpointPair();
  return { endpoint: clientEnd, release: serve(serviceEnd) };
};
