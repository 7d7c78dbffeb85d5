// The live computed matrix of the open display: the project's matrix data is read from Dexie and read again after any
// write to codings, codes, sources or informants; the matrix is computed in the display worker (on this thread where
// no worker runs) each time the data or the display's definition changes. Cell notes are not part of the computation,
// so writing a summary never recomputes.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MatrixView } from '../../../../shared/analysis/displayView.ts';
import type { MatrixData } from '../../../../shared/analysis/matrixTypes.ts';
import type { Display, Id } from '../../../../shared/model/index.ts';
import { onDataEvent, writesTo } from '../../../data/dataEvents.ts';
import { DISPLAY_DATA_TABLES, loadMatrixData } from '../../../data/displayData.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { serveDisplayComputing, type DisplayComputeMethods } from '../../../workers/displayService.ts';
import { isAbortError, type RpcClient } from '../../../workers/rpcClient.ts';
import { openServiceClient, startDisplayWorker } from '../../../workers/workerConnections.ts';

/** Several writes in a burst (an import, a merge) make one reload. */
const RELOAD_PAUSE_MS = 120;

export type MatrixViewState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; view: MatrixView; data: MatrixData; computing: boolean };

type Loaded = { version: number; data: MatrixData };

/** The project's matrix data, reloaded after writes that change what displays compute. */
const useMatrixData = (projectId: Id): Loaded | { error: unknown } | null => {
  const db = useDatabase();
  const [loaded, setLoaded] = useState<Loaded | { error: unknown } | null>(null);
  useEffect(() => {
    let current = true;
    let version = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = () => {
      version += 1;
      const mine = version;
      loadMatrixData(db, projectId).then(
        (data) => {
          if (current && mine === version) setLoaded({ version: mine, data });
        },
        (error: unknown) => {
          if (current) setLoaded({ error });
        },
      );
    };
    load();
    const stop = onDataEvent((event) => {
      if (event.projectId !== projectId || !writesTo(event, ...DISPLAY_DATA_TABLES)) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(load, RELOAD_PAUSE_MS);
    });
    return () => {
      current = false;
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [db, projectId]);
  return loaded;
};

/** The display computed over the current data; while a new computation runs the last result stays shown. */
export const useMatrixView = (projectId: Id, display: Display): MatrixViewState => {
  const loaded = useMatrixData(projectId);
  const client = useRef<RpcClient<DisplayComputeMethods> | null>(null);
  const sentVersion = useRef<number | null>(null);
  const [state, setState] = useState<MatrixViewState>({ status: 'loading' });
  // Only what the computation reads: a new note or name must not recompute.
  const computeKey = useMemo(() => JSON.stringify([display.id, display.type, display.definition]), [display.id, display.type, display.definition]);

  useEffect(() => {
    client.current = openServiceClient<DisplayComputeMethods>(startDisplayWorker(), serveDisplayComputing, { stateless: true });
    sentVersion.current = null;
    return () => {
      client.current?.close();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    if (loaded === null) return;
    if ('error' in loaded) {
      setState({ status: 'failed', error: loaded.error });
      return;
    }
    const rpc = client.current;
    if (rpc === null) return;
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? { ...previous, computing: true } : previous));
    const ask = async (withData: boolean): Promise<MatrixView> => {
      const answer = await rpc.call('compute', { version: loaded.version, data: withData ? loaded.data : null, display }, { signal: controller.signal });
      if ('missing' in answer) {
        if (withData) throw new Error('the display worker lost the data it was sent');
        return ask(true);
      }
      return answer;
    };
    ask(sentVersion.current !== loaded.version).then(
      (view) => {
        sentVersion.current = loaded.version;
        setState({ status: 'ready', view, data: loaded.data, computing: false });
      },
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
    // `display` is read through computeKey: notes and names do not change the computation.
  }, [loaded, computeKey]);

  return state;
};
