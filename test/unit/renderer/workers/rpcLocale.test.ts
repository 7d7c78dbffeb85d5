// A worker has its own copy of the i18n module: every call carries the window's UI language, and the service writes
// its messages in it (a file the importer refuses is explained in Indonesian when the window is in Indonesian).
import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, setLocale, t } from '../../../../shared/i18n/translate.ts';
import { createEndpointPair, inThreadConnection } from '../../../../renderer/workers/inThreadEndpoint.ts';
import { createRpcClient } from '../../../../renderer/workers/rpcClient.ts';
import { isRpcReply, type RpcReply } from '../../../../renderer/workers/rpcMessages.ts';
import { serveRpc } from '../../../../renderer/workers/rpcServer.ts';

type Methods = { refuse: { params: { file: string }; result: string } };

const serve = (endpoint: Parameters<typeof serveRpc>[0]) =>
  serveRpc<Methods>(endpoint, { refuse: async ({ file }) => t('projectFile.problem.empty', { file }) });

afterEach(() => setLocale('en'));

describe('the UI language over the worker protocol', () => {
  it('sends the window\'s locale with each call', async () => {
    setLocale('id');
    const client = createRpcClient<Methods>(inThreadConnection(serve));
    await expect(client.call('refuse', { file: 'a.caseweave' })).resolves.toBe('a.caseweave kosong (0 bita), jadi tidak memuat proyek.');
    client.close();
  });

  it('switches a service to the language a call names, and ignores a value that is not a locale', async () => {
    const [clientEnd, serviceEnd] = createEndpointPair();
    serve(serviceEnd);
    const replies: RpcReply[] = [];
    clientEnd.addEventListener('message', (event) => {
      if (isRpcReply(event.data)) replies.push(event.data);
    });
    const settled = async (count: number) => {
      while (replies.length < count) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    clientEnd.postMessage({ kind: 'call', id: 1, method: 'refuse', params: { file: 'b.caseweave' }, locale: 'id' });
    await settled(1);
    expect(getLocale()).toBe('id');
    clientEnd.postMessage({ kind: 'call', id: 2, method: 'refuse', params: { file: 'c.caseweave' }, locale: 'fr' });
    await settled(2);
    expect(replies).toEqual([
      { kind: 'result', id: 1, method: 'refuse', value: 'b.caseweave kosong (0 bita), jadi tidak memuat proyek.' },
      { kind: 'result', id: 2, method: 'refuse', value: 'c.caseweave kosong (0 bita), jadi tidak memuat proyek.' },
    ]);
  });
});
