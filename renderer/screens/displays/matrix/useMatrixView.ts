// The live computed matrix of the open display: the project's matrix data comes from the window's copy
// (data/matrixDataCache.ts, read again after any write to codings, codes, sources or informants); the matrix is
// computed in the display worker (on this thread where no worker runs) each time the data or the display's definition
// changes. One worker serves every display of the window and keeps the data it was last sent, so reopening a display
// costs only its computation. Cell notes are not part of the computation, so writing a summary never recomputes.
// The triangulation overview is computed here on this thread instead, over the data and the live conclusions
// (useVerificationData.ts): it is small, and the worker's data holds no conclusions.
import { useEffect, useMemo, useState } from 'react';
import { computeMatrixView, type MatrixView } from '../../../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../../../shared/analysis/matrixTypes.ts';
import type { Display, Id } from '../../../../shared/model/index.ts';
import { matrixDataFor, onMatrixDataStale, type VersionedMatrixData } from '../../../data/matrixDataCache.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { serveDisplayComputing, type DisplayComputeMethods } from '../../../workers/displayService.ts';
import { isAbortError, type RpcClient } from '../../../workers/rpcClient.ts';
import { openServiceClient, startDisplayWorker } from '../../../workers/workerConnections.ts';
import { useVerificationData } from './useVerificationData.ts';

export type MatrixViewState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; view: MatrixView; data: MatrixData; computing: boolean };

/** The window's display worker and the data version it holds (null: none yet, or unknown after a failure). */
let worker: { client: RpcClient<DisplayComputeMethods>; heldVersion: number | null } | null = null;
const displayWorker = () => {
  worker ??= { client: openServiceClient<DisplayComputeMethods>(startDisplayWorker(), serveDisplayComputing, { stateless: true }), heldVersion: null };
  return worker;
};

/**
 * Reads the project's matrix data and hands it to the display worker ahead of time, while the list of displays is on
 * screen (`enabled` when it lists a matrix): the display the user then opens costs only its computation.
 */
export const usePreparedMatrixData = (projectId: Id, enabled: boolean): void => {
  const db = useDatabase();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    matrixDataFor(db, projectId).then(
      ({ version, data }) => {
        const service = displayWorker();
        if (!current || service.heldVersion === version) return;
        service.client.call('hold', { version, data }).then(
          () => {
            service.heldVersion = version;
          },
          () => undefined, // The display opened next sends the data itself.
        );
      },
      () => undefined, // The display opened next reads again and shows the failure.
    );
    return () => {
      current = false;
    };
  }, [db, projectId, enabled]);
};

/** The project's matrix data, read again after writes that change what displays compute. */
const useMatrixData = (projectId: Id): VersionedMatrixData | { error: unknown } | null => {
  const db = useDatabase();
  const [loaded, setLoaded] = useState<VersionedMatrixData | { error: unknown } | null>(null);
  useEffect(() => {
    let current = true;
    let asked = 0;
    const load = () => {
      asked += 1;
      const mine = asked;
      matrixDataFor(db, projectId).then(
        (data) => {
          if (current && mine === asked) setLoaded(data);
        },
        (error: unknown) => {
          if (current && mine === asked) setLoaded({ error });
        },
      );
    };
    load();
    const stop = onMatrixDataStale((stale) => {
      if (stale === projectId) load();
    });
    return () => {
      current = false;
      stop();
    };
  }, [db, projectId]);
  return loaded;
};

/** The display computed over the current data; while a new computation runs the last result stays shown. */
export const useMatrixView = (projectId: Id, display: Display): MatrixViewState => {
  const loaded = useMatrixData(projectId);
  const overview = display.type === 'triangulation-overview';
  const verification = useVerificationData(projectId, overview);
  const [state, setState] = useState<MatrixViewState>({ status: 'loading' });
  // Only what the computation reads: a new note or name must not recompute.
  const computeKey = useMemo(() => JSON.stringify([display.id, display.type, display.definition]), [display.id, display.type, display.definition]);

  useEffect(() => {
    if (loaded === null) return;
    if ('error' in loaded) {
      setState({ status: 'failed', error: loaded.error });
      return;
    }
    if (overview) {
      if (verification === undefined) return;
      try {
        setState({ status: 'ready', view: computeMatrixView({ ...loaded.data, verification }, display), data: loaded.data, computing: false });
      } catch (error) {
        setState({ status: 'failed', error });
      }
      return;
    }
    const service = displayWorker();
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? { ...previous, computing: true } : previous));
    const ask = async (withData: boolean): Promise<MatrixView> => {
      const answer = await service.client.call('compute', { version: loaded.version, data: withData ? loaded.data : null, display }, { signal: controller.signal });
      if ('missing' in answer) {
        if (withData) throw new Error('the display worker lost the data it was sent');
        return ask(true);
      }
      service.heldVersion = loaded.version;
      return answer;
    };
    ask(service.heldVersion !== loaded.version).then(
      (view) => setState({ status: 'ready', view, data: loaded.data, computing: false }),
      (error: unknown) => {
        if (!isAbortError(error)) {
          service.heldVersion = null;
          setState({ status: 'failed', error });
        }
      },
    );
    return () => controller.abort();
    // `display` is read through computeKey: notes and names do not change the computation.
  }, [loaded, computeKey, verification]);

  return state;
};
