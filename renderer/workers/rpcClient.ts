// The client end of the worker protocol: numbers each call, routes progress and the one reply back to it, withdraws
// a call when its signal aborts, and survives a worker that dies by moving pending calls to a fallback connection
// (an in-thread service). Promise-based and typed by the service's method map.
import { getLocale } from '../../shared/i18n/translate.ts';
import { isRpcReply, type MessageListener, type RpcCall, type RpcConnection, type RpcMethodMap, type RpcProgress, type RpcReply, type RpcResult } from './rpcMessages.ts';

export type RpcCallOptions = {
  /** Aborting withdraws the call: the promise rejects with an AbortError at once and the service skips or stops it. */
  signal?: AbortSignal;
  onProgress?: (progress: RpcProgress) => void;
};

export type RpcClient<M extends RpcMethodMap> = {
  call<K extends keyof M & string>(method: K, params: M[K]['params'], options?: RpcCallOptions): Promise<M[K]['result']>;
  /** Rejects pending calls and releases the connection (terminates the worker). */
  close(): void;
};

/** The words of the client's own rejections; a client whose errors reach the user passes translated ones. */
export type RpcClientMessages = {
  withdrawn: (method: string) => string;
  closed: () => string;
  failed: (reason: string) => string;
};

export type RpcClientOptions = {
  /** Called with a handler the owner invokes when the other side dies (e.g. a worker's error event). */
  watchFailures?: (onFailure: (reason: string) => void) => void;
  /**
   * Where to go when the other side dies: pending calls are sent again there, and so are later ones. A service
   * that keeps state (an index) can only be replaced before it first answered; a stateless one at any time.
   */
  fallback?: () => RpcConnection;
  stateless?: boolean;
  messages?: Partial<RpcClientMessages>;
};

const DEFAULT_MESSAGES: RpcClientMessages = {
  withdrawn: (method) => `${method} was withdrawn`,
  closed: () => 'the worker connection was closed',
  failed: (reason) => `the worker stopped: ${reason}`,
};

/** True for the rejection of a withdrawn call. */
export const isAbortError = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

type Pending = {
  call: RpcCall<RpcMethodMap>;
  settle: (reply: Exclude<RpcReply, { kind: 'progress' }>) => void;
  fail: (error: Error) => void;
  onProgress?: (progress: RpcProgress) => void;
};

const isResultOf = <M extends RpcMethodMap, K extends keyof M & string>(
  reply: { kind: 'result'; method: string },
  method: K,
): reply is RpcResult<M, K> => reply.method === method;

export const createRpcClient = <M extends RpcMethodMap>(connection: RpcConnection, options: RpcClientOptions = {}): RpcClient<M> => {
  const messages = { ...DEFAULT_MESSAGES, ...options.messages };
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  let current = connection;
  let answered = false;
  let replaced = false;

  const listener: MessageListener = (event) => {
    const reply = event.data;
    if (!isRpcReply(reply)) return;
    answered = true;
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    if (reply.kind === 'progress') {
      waiting.onProgress?.(reply.progress);
      return;
    }
    pending.delete(reply.id);
    waiting.settle(reply);
  };
  current.endpoint.addEventListener('message', listener);

  const post = (message: unknown): void => current.endpoint.postMessage(message);

  const onFailure = (reason: string): void => {
    if (closed || replaced) return;
    if (options.fallback !== undefined && (!answered || options.stateless === true)) {
      replaced = true;
      current.endpoint.removeEventListener('message', listener);
      current.release();
      current = options.fallback();
      current.endpoint.addEventListener('message', listener);
      for (const waiting of pending.values()) post(waiting.call);
      return;
    }
    for (const waiting of pending.values()) waiting.fail(new Error(messages.failed(reason)));
    pending.clear();
  };
  options.watchFailures?.(onFailure);

  return {
    call<K extends keyof M & string>(method: K, params: M[K]['params'], { signal, onProgress }: RpcCallOptions = {}) {
      return new Promise<M[K]['result']>((resolve, reject) => {
        if (closed) throw new Error(messages.closed());
        if (signal?.aborted) throw new DOMException(messages.withdrawn(method), 'AbortError');
        const id = nextId;
        nextId += 1;
        const call = { kind: 'call', id, method, params, locale: getLocale() } satisfies RpcCall<M, K>;
        const withdraw = (): void => {
          if (!pending.delete(id)) return;
          post({ kind: 'cancel', id });
          reject(new DOMException(messages.withdrawn(method), 'AbortError'));
        };
        const stopWatching = (): void => signal?.removeEventListener('abort', withdraw);
        pending.set(id, {
          call,
          onProgress,
          settle: (reply) => {
            stopWatching();
            if (reply.kind === 'failure') reject(new Error(reply.message));
            else if (isResultOf<M, K>(reply, method)) resolve(reply.value);
            else reject(new Error(messages.failed(`unexpected ${reply.method} reply`)));
          },
          fail: (error) => {
            stopWatching();
            reject(error);
          },
        });
        signal?.addEventListener('abort', withdraw, { once: true });
        post(call);
      });
    },
    close() {
      if (closed) return;
      closed = true;
      current.endpoint.removeEventListener('message', listener);
      for (const waiting of pending.values()) waiting.fail(new Error(messages.closed()));
      pending.clear();
      current.release();
    },
  };
};
