// Computing a matrix display as a service of the worker protocol, off the UI thread: the screen sends the project's
// matrix data once per change of the data (it is kept here under its version) and the display on each change of its
// definition; the service answers the computed MatrixView. Losing the worker loses only the cached data: the client
// sends it again with every call's version, so the in-thread fallback can pick up at any call. A matrix is a pure
// function of the data and the display's definition, so the last few views over the held data are kept: reopening a
// display, or undoing a change to its definition, answers at once.
import { computeMatrixView, type MatrixView } from '../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../shared/analysis/matrixTypes.ts';
import type { Display } from '../../shared/model/index.ts';
import type { RpcEndpoint } from './rpcMessages.ts';
import { serveRpc } from './rpcServer.ts';

export type DisplayComputeMethods = {
  /** The matrix of `display` over `data`; `data` is null when the service already holds `version`. */
  compute: { params: { version: number; data: MatrixData | null; display: Display }; result: MatrixView | { missing: true } };
  /** Keeps `data` under `version` for the computations to come (sent while the list of displays is on screen). */
  hold: { params: { version: number; data: MatrixData }; result: true };
};

/** Starts computing displays sent to `endpoint`; returns a function that stops listening. */
const KEPT_VIEWS = 8;

export const serveDisplayComputing = (endpoint: RpcEndpoint): (() => void) => {
  let held: { version: number; data: MatrixData } | null = null;
  const views = new Map<string, MatrixView>();
  const hold = (version: number, data: MatrixData): void => {
    if (held?.version !== version) views.clear();
    held = { version, data };
  };
  return serveRpc<DisplayComputeMethods>(endpoint, {
    compute: async ({ version, data, display }) => {
      if (data !== null) hold(version, data);
      if (held === null || held.version !== version) return { missing: true };
      const key = JSON.stringify([display.type, display.definition]);
      const known = views.get(key);
      if (known !== undefined) return known;
      const view = computeMatrixView(held.data, display);
      views.set(key, view);
      if (views.size > KEPT_VIEWS) views.delete(views.keys().next().value as string);
      return view;
    },
    hold: async ({ version, data }) => {
      hold(version, data);
      return true;
    },
  });
};
