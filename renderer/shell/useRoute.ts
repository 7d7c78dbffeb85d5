// The main pane's route kept in the address bar's hash, so a reload (or the browser's back button) keeps the user
// where they were. Only the shell reads it; screens receive the route and a navigate function.
import { useCallback, useSyncExternalStore } from 'react';
import { parseRoute, routeToHash, type Route } from '../services/routes.ts';

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
