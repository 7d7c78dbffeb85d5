// Starting the app's Web Workers, each from its entry point in this folder, and opening a client that talks to the
// worker or, where no worker can start (Node, tests, a blocked script), to the same service on this thread.
import { inThreadConnection } from './inThreadEndpoint.ts';
import { createRpcClient, type RpcClient, type RpcClientOptions } from './rpcClient.ts';
import type { RpcConnection, RpcEndpoint, RpcMethodMap } from './rpcMessages.ts';

/** A running worker: its connection and a way to hear that it died (a script that failed to load, a crash). */
export type WorkerConnection = RpcConnection & { watchFailures: (onFailure: (reason: string) => void) => void };

const connect = (start: () => Worker): WorkerConnection | null => {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = start();
  } catch (error) {
    console.warn('Caseweave: a worker could not start; its work runs on the main thread', error);
    return null;
  }
  return {
    endpoint: worker,
    release: () => worker.terminate(),
    watchFailures: (onFailure) =>
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onFailure(event.message || 'the worker could not start');
      }),
  };
};

// Each `new Worker(new URL(…), { type: 'module' })` names its entry literally, so Vite bundles the worker.
export const startSearchWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-search' }));

export const startImportParseWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./importParseWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-import' }));

export const startNetworkLayoutWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./networkLayoutWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-network-layout' }));

export const startProjectFileWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./projectFileWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-project-files' }));

export const startDisplayWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./displayWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-displays' }));

export const startPacketWriterWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./packetWriterWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-packets' }));

export const startReportWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-report' }));

/**
 * A client of the service `serve` starts: in `worker` when it runs, with this thread as the fallback should it die;
 * on this thread from the start when there is no worker.
 */
export const openServiceClient = <M extends RpcMethodMap>(
  worker: WorkerConnection | null,
  serve: (endpoint: RpcEndpoint) => () => void,
  options: Omit<RpcClientOptions, 'fallback' | 'watchFailures'> = {},
): RpcClient<M> => {
  const inThread = (): RpcConnection => inThreadConnection(serve);
  if (worker === null) return createRpcClient<M>(inThread(), options);
  return createRpcClient<M>(worker, { ...options, fallback: inThread, watchFailures: worker.watchFailures });
};

export const startCodebookWriterWorker = (): WorkerConnection | null =>
  connect(() => new Worker(new URL('./codebookWriterWorker.ts', import.meta.url), { type: 'module', name: 'caseweave-codebook' }));
