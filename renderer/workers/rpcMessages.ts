// The one message protocol between a client (the UI thread) and a service (a Web Worker, or this thread when no
// worker can run): numbered calls, progress, one result or one failure per call, and withdrawal of a call. The
// search index and the import parser both speak it; a method map types each service's calls and results.
import type { Locale } from '../../shared/i18n/translate.ts';


/** A service's methods: what each call sends and what its result is. */
export type RpcMethodMap = Record<string, { params: unknown; result: unknown }>;

/** Where a long call has got to (sources indexed, files parsed); `label` names the step (a report's section). */
export type RpcProgress = { done: number; total: number; label?: string };

/** A call of method `K` (every method when K is left out), as it travels. */
export type RpcCall<M extends RpcMethodMap, K extends keyof M & string = keyof M & string> = {
  /** `locale`: the UI language, so the messages a service writes (a refused file's reason) are in it. */
  [P in K]: { kind: 'call'; id: number; method: P; params: M[P]['params']; locale?: Locale };
}[K];

/** Withdraws call `id`: a call still queued is skipped, a running one sees its signal abort. */
export type RpcCancel = { kind: 'cancel'; id: number };

/** The answer to a call of method `K`. */
export type RpcResult<M extends RpcMethodMap, K extends keyof M & string> = {
  [P in K]: { kind: 'result'; id: number; method: P; value: M[P]['result'] };
}[K];

/** What a service posts, as the client receives it before it knows which method a reply belongs to. */
export type RpcReply =
  | { kind: 'progress'; id: number; progress: RpcProgress }
  | { kind: 'result'; id: number; method: string; value: unknown }
  /** `cancelled`: the call was withdrawn (its client has already given up on it). */
  | { kind: 'failure'; id: number; message: string; cancelled: boolean };

/** What a client posts, as the service receives it before it knows the method is one of its own. */
export type RpcRequest = { kind: 'call'; id: number; method: string; params: unknown; locale?: unknown } | RpcCancel;

/** What both ends post through: a Worker, a worker's global scope, a MessagePort, or the in-thread pair. */
export type MessageListener = (event: { data: unknown }) => void;
export type RpcEndpoint = {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: 'message', listener: MessageListener): void;
  removeEventListener(type: 'message', listener: MessageListener): void;
};

/** An endpoint and what to do to release it (terminate a worker, stop an in-thread service). */
export type RpcConnection = { endpoint: RpcEndpoint; release: () => void };

const hasKindAndId = (data: unknown, kinds: ReadonlySet<string>): data is { kind: string; id: number } =>
  typeof data === 'object' &&
  data !== null &&
  'kind' in data &&
  typeof data.kind === 'string' &&
  kinds.has(data.kind) &&
  'id' in data &&
  typeof data.id === 'number';

const REQUEST_KINDS = new Set(['call', 'cancel']);
const REPLY_KINDS = new Set(['progress', 'result', 'failure']);

export const isRpcRequest = (data: unknown): data is RpcRequest => hasKindAndId(data, REQUEST_KINDS);
export const isRpcReply = (data: unknown): data is RpcReply => hasKindAndId(data, REPLY_KINDS);
