// The worker protocol on its own, over the in-thread endpoint pair (and a MessageChannel for transfers): progress,
// results and failures reach the right call, withdrawing a call rejects it at once and the service skips or stops
// it, closing rejects what is pending, and a dead worker's calls move to the fallback when that is safe.
import { afterEach, describe, expect, it } from 'vitest';
import { createEndpointPair, inThreadConnection } from '../../../../renderer/workers/inThreadEndpoint.ts';
import { createRpcClient, isAbortError, type RpcClient, type RpcClientOptions } from '../../../../renderer/workers/rpcClient.ts';
import type { RpcConnection, RpcEndpoint, RpcProgress } from '../../../../renderer/workers/rpcMessages.ts';
import { serveRpc } from '../../../../renderer/workers/rpcServer.ts';

type TallyMethods = {
  /** Counts to `to`, one step per task, reporting each step and stopping when withdrawn. */
  count: { params: { to: number }; result: number };
  echo: { params: { text: string }; result: string };
  fail: { params: { message: string }; result: null };
  /** A buffer of `bytes` bytes, moved (not copied) to the client. */
  buffer: { params: { bytes: number }; result: ArrayBuffer };
};

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A tally service and what it saw: the texts it echoed, where each count stopped, the buffers it sent. */
const tallyService = () => {
  const echoed: string[] = [];
  const stoppedAt: number[] = [];
  const sent: ArrayBuffer[] = [];
  const serve = (endpoint: RpcEndpoint): (() => void) =>
    serveRpc<TallyMethods>(endpoint, {
      async count({ to }, { signal, progress }) {
        for (let step = 1; step <= to; step += 1) {
          progress({ done: step, total: to });
          await nextTask();
          if (signal.aborted) stoppedAt.push(step);
          signal.throwIfAborted();
        }
        stoppedAt.push(to);
        return to;
      },
      async echo({ text }) {
        echoed.push(text);
        return text;
      },
      async fail({ message }) {
        throw new Error(message);
      },
      async buffer({ bytes }, { transfer }) {
        const buffer = new ArrayBuffer(bytes);
        sent.push(buffer);
        transfer([buffer]);
        return buffer;
      },
    });
  return { serve, echoed, stoppedAt, sent };
};

const clients: RpcClient<TallyMethods>[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A client and a tally service on this thread, with every reply the client end received. */
const inThread = (options: RpcClientOptions = {}) => {
  const service = tallyService();
  const [clientEnd, serviceEnd] = createEndpointPair();
  const replies: unknown[] = [];
  clientEnd.addEventListener('message', (event) => replies.push(event.data));
  const client = createRpcClient<TallyMethods>({ endpoint: clientEnd, release: service.serve(serviceEnd) }, options);
  clients.push(client);
  return { client, replies, ...service };
};

describe('worker protocol', () => {
  it('reports progress to the call that asked and resolves it with its result', async () => {
    const { client } = inThread();
    const progress: RpcProgress[] = [];
    const counted = client.call('count', { to: 3 }, { onProgress: (step) => progress.push(step) });
    const echoed = client.call('echo', { text: 'after the count' });
    expect(await counted).toBe(3);
    expect(await echoed).toBe('after the count');
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
  });

  it("rejects a call whose handler throws with the handler's message and keeps serving", async () => {
    const { client } = inThread();
    await expect(client.call('fail', { message: 'the importer broke on page 3' })).rejects.toThrow('the importer broke on page 3');
    expect(await client.call('echo', { text: 'still here' })).toBe('still here');
  });

  it('withdraws a running call: it rejects at once, the service stops it and answers it as cancelled', async () => {
    const { client, replies, stoppedAt } = inThread({ messages: { withdrawn: (method) => `${method} stopped by the user` } });
    const abort = new AbortController();
    const counting = client.call('count', { to: 1000 }, { signal: abort.signal, onProgress: ({ done }) => done === 2 && abort.abort() });
    await expect(counting).rejects.toSatisfy((error) => isAbortError(error) && error instanceof Error && error.message === 'count stopped by the user');
    expect(await client.call('echo', { text: 'next' })).toBe('next');
    expect(stoppedAt).toHaveLength(1);
    expect(stoppedAt[0]).toBeLessThan(1000);
    expect(replies).toContainEqual({ kind: 'failure', id: 1, message: 'cancelled', cancelled: true });
  });

  it('skips a call withdrawn while it waited in the queue, and never sends one withdrawn before it was made', async () => {
    const { client, echoed } = inThread();
    const counting = client.call('count', { to: 5 });
    const typing = new AbortController();
    const stale = client.call('echo', { text: 'stale' }, { signal: typing.signal });
    typing.abort();
    await expect(stale).rejects.toSatisfy(isAbortError);
    const already = new AbortController();
    already.abort();
    await expect(client.call('echo', { text: 'too late' }, { signal: already.signal })).rejects.toSatisfy(isAbortError);
    expect(await client.call('echo', { text: 'fresh' })).toBe('fresh');
    expect(await counting).toBe(5);
    expect(echoed).toEqual(['fresh']);
  });

  it('rejects pending and later calls once closed, and stops the service', async () => {
    let stopped = 0;
    const service = tallyService();
    const client = createRpcClient<TallyMethods>(
      inThreadConnection((endpoint) => {
        const stop = service.serve(endpoint);
        return () => {
          stopped += 1;
          stop();
        };
      }),
      { messages: { closed: () => 'closed for the day' } },
    );
    const pending = client.call('count', { to: 50 });
    client.close();
    await expect(pending).rejects.toThrow('closed for the day');
    await expect(client.call('echo', { text: 'x' })).rejects.toThrow('closed for the day');
    expect(stopped).toBe(1);
  });

  it('moves a result buffer to the client instead of copying it', async () => {
    const channel = new MessageChannel();
    const service = tallyService();
    const stop = service.serve(channel.port2);
    channel.port1.start();
    channel.port2.start();
    cleanups.push(() => {
      stop();
      channel.port2.close();
    });
    const client = createRpcClient<TallyMethods>({ endpoint: channel.port1, release: () => channel.port1.close() });
    clients.push(client);
    const received = await client.call('buffer', { bytes: 64 });
    expect(received.byteLength).toBe(64);
    expect(service.sent[0].byteLength).toBe(0);
  });
});

describe('worker protocol when the worker dies', () => {
  /** A client on an endpoint nobody answers (a worker that died), with a fallback tally service on this thread. */
  const deadWorker = (options: RpcClientOptions = {}) => {
    const [endpoint] = createEndpointPair();
    const fallback = tallyService();
    let releases = 0;
    let fail: (reason: string) => void = () => {};
    const client = createRpcClient<TallyMethods>(
      { endpoint, release: () => (releases += 1) },
      { ...options, fallback: (): RpcConnection => inThreadConnection(fallback.serve), watchFailures: (onFailure) => (fail = onFailure) },
    );
    clients.push(client);
    return { client, endpoint, fallback, fail: (reason: string) => fail(reason), releases: () => releases };
  };

  it('sends pending calls again to the fallback when the worker never answered', async () => {
    const { client, fallback, fail, releases } = deadWorker();
    const progress: RpcProgress[] = [];
    const counted = client.call('count', { to: 2 }, { onProgress: (step) => progress.push(step) });
    const echoed = client.call('echo', { text: 'replayed' });
    fail('module script failed to load');
    expect(await counted).toBe(2);
    expect(await echoed).toBe('replayed');
    expect(progress.at(-1)).toEqual({ done: 2, total: 2 });
    expect(fallback.echoed).toEqual(['replayed']);
    expect(releases()).toBe(1);
  });

  it("fails pending calls with the reason once a stateful worker had answered, but moves a stateless one's calls", async () => {
    for (const stateless of [false, true]) {
      const [clientEnd, workerEnd] = createEndpointPair();
      const fallback = tallyService();
      let fail: (reason: string) => void = () => {};
      const client = createRpcClient<TallyMethods>(
        { endpoint: clientEnd, release: () => {} },
        {
          stateless,
          fallback: () => inThreadConnection(fallback.serve),
          watchFailures: (onFailure) => (fail = onFailure),
          messages: { failed: (reason) => `the worker stopped working: ${reason}` },
        },
      );
      clients.push(client);
      const first = client.call('echo', { text: 'first' });
      // The worker answers the first call, then dies with the second one in hand.
      workerEnd.postMessage({ kind: 'result', id: 1, method: 'echo', value: 'first' });
      expect(await first).toBe('first');
      const second = client.call('echo', { text: 'second' });
      fail('out of memory');
      if (stateless) expect(await second).toBe('second');
      else await expect(second).rejects.toThrow('the worker stopped working: out of memory');
    }
  });
});
