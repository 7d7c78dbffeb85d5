// The service end of the worker protocol: answers calls one at a time in arrival order, lets a handler report
// progress and watch for withdrawal, and turns a thrown error into a failure reply (a withdrawn call's into a
// cancelled one). Runs inside a Web Worker, or on this thread behind the in-thread endpoint pair.
import { isLocale } from '../../shared/i18n/locales.ts';
import { setLocale } from '../../shared/i18n/translate.ts';
import { isRpcRequest, type MessageListener, type RpcCall, type RpcEndpoint, type RpcMethodMap, type RpcProgress, type RpcReply, type RpcResult } from './rpcMessages.ts';

export type RpcCallContext = {
  /** Aborts when the client withdraws the call; a long handler checks it between slices of work. */
  signal: AbortSignal;
  progress: (progress: RpcProgress) => void;
  /** Objects to move to the client with the result instead of copying them (e.g. a serialized index's buffers). */
  transfer: (objects: Transferable[]) => void;
};

export type RpcHandlers<M extends RpcMethodMap> = {
  [K in keyof M & string]: (params: M[K]['params'], context: RpcCallContext) => Promise<M[K]['result']>;
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Starts answering calls arriving at `endpoint` with `handlers`; returns a function that stops listening. */
export const serveRpc = <M extends RpcMethodMap>(endpoint: RpcEndpoint, handlers: RpcHandlers<M>): (() => void) => {
  /** Calls that arrived and are not answered yet, each with the controller its withdrawal aborts. */
  const open = new Map<number, AbortController>();
  let queue: Promise<void> = Promise.resolve();

  const post = (reply: RpcReply, transfer: Transferable[] = []): void => endpoint.postMessage(reply, { transfer });

  const isOwnCall = (call: { method: string }): call is RpcCall<M> => Object.hasOwn(handlers, call.method);

  const answer = <K extends keyof M & string>(call: RpcCall<M, K>, signal: AbortSignal): Promise<void> => {
    let transfer: Transferable[] = [];
    const context: RpcCallContext = {
      signal,
      progress: (progress) => post({ kind: 'progress', id: call.id, progress }),
      transfer: (objects) => {
        transfer = objects;
      },
    };
    return handlers[call.method](call.params, context).then((value) => {
      post({ kind: 'result', id: call.id, method: call.method, value } satisfies RpcResult<M, K>, transfer);
    });
  };

  const run = async (call: { id: number; method: string; locale?: unknown }, signal: AbortSignal): Promise<void> => {
    signal.throwIfAborted();
    // A worker has its own i18n module: it writes its messages in the language of the window that called.
    if (isLocale(call.locale)) setLocale(call.locale);
    if (!isOwnCall(call)) throw new Error(`no method ${call.method}`);
    await answer(call, signal);
  };

  const listener: MessageListener = (event) => {
    const request = event.data;
    if (!isRpcRequest(request)) return;
    if (request.kind === 'cancel') {
      // A withdrawal that arrives after its call was answered finds nothing open and is ignored.
      open.get(request.id)?.abort();
      return;
    }
    const controller = new AbortController();
    open.set(request.id, controller);
    queue = queue
      .then(() => run(request, controller.signal))
      .catch((error: unknown) => {
        const cancelled = controller.signal.aborted;
        post({ kind: 'failure', id: request.id, message: cancelled ? 'cancelled' : messageOf(error), cancelled });
      })
      .finally(() => {
        open.delete(request.id);
      });
  };
  endpoint.addEventListener('message', listener);
  return () => endpoint.removeEventListener('message', listener);
};
