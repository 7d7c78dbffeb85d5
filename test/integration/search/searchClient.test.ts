// The search client and service end to end: in-thread fallback and a real MessageChannel (structured clone,
// as with a Web Worker): build with progress, queries with keyword-in-context lines, upsert, remove,
// cancelling a build, saving and loading the index, and closing.
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchClient, openSearchClient, type BuildProgress, type SearchClient } from '../../../renderer/search/searchClient.ts';
import { createEndpointPair } from '../../../renderer/workers/inThreadEndpoint.ts';
import { createInThreadSearchEndpoint, serveSearchRequests } from '../../../renderer/search/searchService.ts';
import type { SearchDocument } from '../../../renderer/search/searchProtocol.ts';

const sources: SearchDocument[] = [
  { id: 'interview-1', text: 'Pak Bambang: Kami ikut Pameran di Jakarta.\nBu Sri: Pameran itu penting untuk ékspor.' },
  { id: 'observation-1', text: 'Bengkel ramai 😀; pengrajin menyiapkan kendang untuk pameran internasional.' },
  { id: 'document-1', text: 'Laporan asosiasi: pelatihan ekspor dan pendampingan.' },
];
const textOf = (id: string): string => sources.find((source) => source.id === id)?.text ?? '';

/** Many synthetic sources, so a build spans several progress slices. */
const manySources = (count: number): SearchDocument[] =>
  Array.from({ length: count }, (_, k) => ({
    id: `bulk-${k}`,
    text: Array.from({ length: 4000 }, (_, w) => `kata${(w * 7 + k) % 997} pameran${w % 13}`).join(' '),
  }));

const clients: SearchClient[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A client talking to a service over a real MessageChannel: every message is structured-cloned. */
const channelClient = (): SearchClient => {
  const channel = new MessageChannel();
  const stop = serveSearchRequests(channel.port2);
  channel.port1.start();
  channel.port2.start();
  const release = (): void => {
    stop();
    channel.port1.close();
    channel.port2.close();
  };
  const client = createSearchClient({ endpoint: channel.port1, release });
  clients.push(client);
  return client;
};

const inThreadClient = (): SearchClient => {
  const client = openSearchClient();
  clients.push(client);
  return client;
};

describe.each([
  ['in-thread fallback (no Worker under Node)', inThreadClient],
  ['MessageChannel, as with a Web Worker', channelClient],
])('search client: %s', (_name, makeClient) => {
  it('builds with progress and answers queries with keyword-in-context lines at original offsets', async () => {
    const client = makeClient();
    const progress: BuildProgress[] = [];
    const summary = await client.build(sources, { onProgress: (step) => progress.push(step) });
    expect(summary).toMatchObject({ documents: 3 });
    expect(progress[0]).toEqual({ done: 0, total: 3 });
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });

    const results = await client.query('pameran', { contextChars: 30 });
    expect(results).toMatchObject({ totalHits: 3, matchedDocuments: 2, truncated: false });
    expect(results.lines.map((line) => [line.documentId, textOf(line.documentId).slice(line.start, line.end)])).toEqual([
      ['interview-1', 'Pameran'],
      ['interview-1', 'Pameran'],
      ['observation-1', 'pameran'],
    ]);
    expect(results.lines[2]).toMatchObject({ left: 'pengrajin menyiapkan kendang untuk ', hit: 'pameran', right: ' internasional.' });

    const accented = await client.query('"penting untuk ekspor"');
    expect(accented.lines.map((line) => line.hit)).toEqual(['penting untuk ékspor']);
  });

  it('keeps the index up to date as sources are added, corrected and removed', async () => {
    const client = makeClient();
    await client.build(sources);
    await client.upsert({ id: 'interview-2', text: 'Diaspora di Jerman membantu pameran.' });
    await client.upsert([{ id: 'interview-1', text: 'Pak Bambang: Kami ikut bazar di Jakarta.' }]);
    const afterCorrection = await client.query('pameran');
    expect(afterCorrection.lines.map((line) => line.documentId)).toEqual(['observation-1', 'interview-2']);
    const summary = await client.remove('observation-1');
    expect(summary.documents).toBe(3);
    expect((await client.query('pameran')).lines.map((line) => line.documentId)).toEqual(['interview-2']);
    expect((await client.query('bazar')).lines[0]).toMatchObject({ documentId: 'interview-1', left: 'Pak Bambang: Kami ikut ' });
  });

  it('cancels a build on abort and keeps the previous index', async () => {
    const client = makeClient();
    await client.build(sources);
    const abort = new AbortController();
    const progress: BuildProgress[] = [];
    const building = client.build(manySources(120), {
      signal: abort.signal,
      onProgress: (step) => {
        progress.push(step);
        if (step.done > 0) abort.abort();
      },
    });
    await expect(building).rejects.toThrow(/cancelled/);
    expect(progress.at(-1)?.done ?? 0).toBeLessThan(120);
    expect((await client.query('pameran')).totalHits).toBe(3);
    expect((await client.query('kata1')).totalHits).toBe(0);
  });

  it('answers queries sent during a build from the finished index, in order', async () => {
    const client = makeClient();
    const building = client.build(manySources(20));
    const during = client.query('pameran3');
    await building;
    expect((await during).totalHits).toBe(20 * Math.ceil(4000 / 13));
  });

  it('answers a page of lines at a time in the requested source order, with counts over every hit', async () => {
    const client = makeClient();
    await client.build(manySources(5));
    const order = ['bulk-3', 'bulk-1'];
    const first = await client.query('pameran3', { limit: 200, documentOrder: order });
    const perSource = Math.ceil(4000 / 13);
    expect(first).toMatchObject({ offset: 0, totalHits: 5 * perSource, matchedDocuments: 5, truncated: true });
    expect(first.lines).toHaveLength(200);
    expect(first.documents.map((document) => document.documentId)).toEqual(['bulk-3', 'bulk-1', 'bulk-0', 'bulk-2', 'bulk-4']);
    expect(first.documents.every((document) => document.hits === perSource)).toBe(true);
    const second = await client.query('pameran3', { limit: 200, offset: 200, documentOrder: order });
    expect(second.offset).toBe(200);
    const lines = [...first.lines, ...second.lines];
    // Source bulk-3 fills the first page and runs into the second; bulk-1 follows.
    expect(lines.slice(0, perSource).every((line) => line.documentId === 'bulk-3')).toBe(true);
    expect(lines.slice(perSource).every((line) => line.documentId === 'bulk-1')).toBe(true);
    expect(new Set(lines.map((line) => `${line.documentId}:${line.start}`)).size).toBe(400);
  });

  it('lists every hit of a query, beyond any page, as ranges in the requested source order ("select all hits")', async () => {
    const client = makeClient();
    await client.build(manySources(5));
    const order = ['bulk-3', 'bulk-1'];
    const page = await client.query('pameran3', { limit: 200, documentOrder: order });
    const all = await client.hits('pameran3', { documentOrder: order });
    expect(all).toHaveLength(page.totalHits);
    expect(all.slice(0, 200)).toEqual(page.lines.map(({ documentId, start, end }) => ({ documentId, start, end })));
    expect(new Set(all.map((hit) => `${hit.documentId}:${hit.start}`)).size).toBe(page.totalHits);
    expect(await client.hits('nothing-like-this')).toEqual([]);
  });

  it('withdraws a query when its signal aborts: it rejects at once and a newer query still answers', async () => {
    const client = makeClient();
    const building = client.build(manySources(20));
    const typing = new AbortController();
    const older = client.query('pameran3', {}, typing.signal);
    typing.abort();
    await expect(older).rejects.toMatchObject({ name: 'AbortError' });
    const newer = client.query('pameran4', { limit: 5 });
    await building;
    expect((await newer).totalHits).toBe(20 * Math.ceil((4000 - 4) / 13));
    const aborted = new AbortController();
    aborted.abort();
    await expect(client.query('pameran', {}, aborted.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('exports the index and loads it into another client', async () => {
    const client = makeClient();
    await client.build(sources);
    const saved = await client.exportIndex();
    const other = makeClient();
    const summary = await other.loadIndex(saved, sources);
    expect(summary).toMatchObject({ documents: 3 });
    expect(await other.query('pamer* "untuk ekspor"')).toEqual({ ...(await client.query('pamer* "untuk ekspor"')), elapsedMs: expect.any(Number) });
  });

  it('reports a damaged saved index as a failed request, and rejects requests after close', async () => {
    const client = makeClient();
    await client.build(sources);
    const saved = await client.exportIndex();
    saved.documents[0].tokenStarts[1] = 0;
    await expect(client.loadIndex(saved, sources)).rejects.toThrow(/damaged/);
    expect((await client.query('pameran')).totalHits).toBe(3);
    client.close();
    await expect(client.query('pameran')).rejects.toThrow(/closed/);
  });
});

describe('search service and withdrawn queries', () => {
  it('skips a query withdrawn while it waited behind a build and answers the ones after it', async () => {
    // An in-thread endpoint pair delivers messages by timers in the order they were posted, so the query and its
    // withdrawal reach the service before the build's first slice ends: the outcome does not depend on machine load.
    const [clientEnd, serviceEnd] = createEndpointPair();
    const stop = serveSearchRequests(serviceEnd);
    const client = createSearchClient({ endpoint: clientEnd, release: stop });
    clients.push(client);
    const answers: string[] = [];
    clientEnd.addEventListener('message', (event: { data: unknown }) => {
      const data = event.data;
      if (typeof data !== 'object' || data === null || !('kind' in data)) return;
      // The build's own answer is not a query's.
      if ('method' in data && data.method === 'build') return;
      if (data.kind === 'result' || data.kind === 'failure') answers.push('cancelled' in data && data.cancelled === true ? 'withdrawn' : String(data.kind));
    });
    // Large enough that the build runs past one slice and yields to the queued messages.
    const building = client.build(manySources(120));
    const typing = new AbortController();
    const stale = client.query('pameran1', {}, typing.signal);
    typing.abort();
    const withdrawn = expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    const latest = client.query('pameran2');
    await building;
    await withdrawn;
    expect((await latest).totalHits).toBeGreaterThan(0);
    expect(answers).toEqual(['withdrawn', 'result']);
  });
});

describe('search client when the worker dies', () => {
  /** An endpoint whose far side never answers, like a worker whose script failed to load. */
  const deadWorker = (): { client: SearchClient; fail: (reason: string) => void; released: () => number } => {
    const [endpoint] = createEndpointPair();
    let releases = 0;
    let fail: (reason: string) => void = () => {};
    const client = createSearchClient(
      { endpoint, release: () => (releases += 1) },
      { fallback: createInThreadSearchEndpoint, watchFailures: (onFailure) => (fail = onFailure) },
    );
    clients.push(client);
    return { client, fail: (reason) => fail(reason), released: () => releases };
  };

  it('replays pending requests on the in-thread fallback when the worker never answered', async () => {
    const { client, fail, released } = deadWorker();
    const progress: BuildProgress[] = [];
    const building = client.build(sources, { onProgress: (step) => progress.push(step) });
    const query = client.query('pameran');
    fail('module script failed to load');
    await expect(building).resolves.toMatchObject({ documents: 3 });
    expect((await query).totalHits).toBe(3);
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
    expect(released()).toBe(1);
  });

  it('fails pending requests with the reason once the worker had answered (its index is gone)', async () => {
    const channel = new MessageChannel();
    const stop = serveSearchRequests(channel.port2);
    let fail: (reason: string) => void = () => {};
    const client = createSearchClient(
      { endpoint: channel.port1, release: () => channel.port1.close() },
      { fallback: createInThreadSearchEndpoint, watchFailures: (onFailure) => (fail = onFailure) },
    );
    clients.push(client);
    cleanups.push(() => {
      stop();
      channel.port2.close();
    });
    channel.port1.start();
    channel.port2.start();
    await client.build(sources);
    stop();
    const query = client.query('pameran');
    fail('out of memory');
    await expect(query).rejects.toThrow(/stopped working: out of memory/);
  });
});
