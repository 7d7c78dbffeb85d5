// Hash routes of the main pane, so a reload (or the browser's back button) keeps the user where they were.
import { useCallback, useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'sources'; informantId: string | null }
  | { screen: 'source'; sourceId: string }
  | { screen: 'informants' }
  | { screen: 'projects' }
  | { screen: 'settings' };

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (parts[0]) {
    case 'source':
      return parts[1] ? { screen: 'source', sourceId: parts[1] } : { screen: 'sources', informantId: null };
    case 'informants':
      return { screen: 'informants' };
    case 'projects':
      return { screen: 'projects' };
    case 'settings':
      return { screen: 'settings' };
    default:
      return { screen: 'sources', informantId: parts[0] === 'sources' && parts[1] ? parts[1] : null };
  }
};

export const routeToHash = (route: Route): string => {
  switch (route.screen) {
    case 'source':
      return `#/source/${encodeURIComponent(route.sourceId)}`;
    case 'sources':
      return route.informantId === null ? '#/sources' : `#/sources/${encodeURIComponent(route.informantId)}`;
    default:
      return `#/${route.screen}`;
  }
};

const subscribeToHash = (onChange: () => void): (() => void) => {
  globalThis.addEventListener('hashchange', onChange);
  return () => globalThis.removeEventListener('hashchange', onChange);
};

const readHash = (): string => globalThis.location.hash;

export const useRoute = (): [Route, (route: Route) => void] => {
  const hash = useSyncExternalStore(subscribeToHash, readHash, readHash);
  const navigate = useCallback((route: Route) => {
    globalThis.location.hash = routeToHash(route);
  }, []);
  return [parseRoute(hash), navigate];
};
