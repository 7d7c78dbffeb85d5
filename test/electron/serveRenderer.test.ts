// The browser-fallback server over a real socket: index.html with the CSP, content types, the single-page
// fallback, refusal of ../ escapes sent raw, and a free port when the asked one is taken.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/security.ts';
import { startRendererServer, type RendererServer } from '../../scripts/serve-renderer.mjs';

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request whose path goes on the wire exactly as written (fetch would fold the ../ segments first). */
const rawGet = (url: string, rawPath: string): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const request = http.request({ hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });

let folder: string;
let server: RendererServer;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'caseweave-serve-'));
  const root = path.join(folder, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Caseweave</title>');
  await writeFile(path.join(root, 'assets', 'index.js'), 'console.log("caseweave")');
  await writeFile(path.join(root, 'assets', 'pdf.worker.mjs'), '');
  await writeFile(path.join(root, 'assets', 'decoder.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(path.join(root, 'assets', 'index.css'), 'body{}');
  await writeFile(path.join(folder, 'secret.txt'), 'outside the renderer');
  server = await startRendererServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('startRendererServer', () => {
  it('listens on 127.0.0.1 and serves index.html with the app CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Caseweave</title>');
  });

  it.each([
    ['/assets/index.js', 'text/javascript; charset=utf-8'],
    ['/assets/pdf.worker.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/decoder.wasm', 'application/wasm'],
    ['/assets/index.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const response = await fetch(`${server.url}${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers app routes with index.html and missing assets with 404', async () => {
    expect(await (await fetch(`${server.url}/projects/p1`)).text()).toContain('<title>Caseweave</title>');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt'])(
    'refuses the escape %s',
    async (rawPath) => {
      const response = await rawGet(server.url, rawPath);
      expect(response.status).toBe(403);
      expect(response.body).not.toContain('outside the renderer');
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${server.url}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('moves to a free port when the asked one is taken, if allowed', async () => {
    const taken = server.port;
    await expect(startRendererServer({ root: folder, port: taken })).rejects.toThrow(/EADDRINUSE/);
    const other = await startRendererServer({ root: folder, port: taken, fallbackToFreePort: true });
    try {
      expect(other.port).not.toBe(taken);
      expect((await fetch(`${other.url}/secret.txt`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
