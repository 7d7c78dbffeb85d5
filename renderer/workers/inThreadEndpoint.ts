// The fallback when no Web Worker is available (Node, tests, a blocked worker): a pair of connected
// endpoints on this thread with the search service on one end. Messages are delivered asynchronously,
// in order, like a worker's, so the client behaves the same either way.
import type { MessageListener, SearchEndpoint } from '../search/searchProtocol.ts';
import { serveSearchRequests } from '../search/searchService.ts';

/** Two endpoints where whatever one posts, the other's listeners receive on a later task. */
export const createEndpointPair = (): [SearchEndpoint, SearchEndpoint] => {
  const makePort = (own: Set<MessageListener>, peer: Set<MessageListener>): SearchEndpoint => ({
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

/** The client's end of an in-thread search service, and a function that stops the service. */
export const createInThreadSearchEndpoint = (): { endpoint: SearchEndpoint; release: () => void } => {
  const [clientEnd, serviceEnd] = createEndpointPair();
  const stop = serveSearchRequests(serviceEnd);
  return { endpoint: clientEnd, release: stop };
};
