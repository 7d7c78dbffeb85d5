// The app:// protocol: URLs map to files under the renderer folder only, answers carry the CSP and the right
// content type, app routes fall back to index.html, and every escape attempt is refused.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppUrlToFile } from '../../electron/appFiles.ts';
import { APP_SCHEME_PRIVILEGES, respondToAppRequest } from '../../electron/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/security.ts';

const root = path.resolve('/srv/caseweave/dist/renderer');

describe('resolveAppUrlToFile', () => {
  it('maps app URLs to files under the root, with / meaning index.html', () => {
    expect(resolveAppUrlToFile('app://caseweave/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrlToFile('app://caseweave/assets/index-3f.js?v=1#x', root)).toBe(path.join(root, 'assets', 'index-3f.js'));
    expect(resolveAppUrlToFile('app://caseweave/assets/N%C3%A9m%20a.woff2', root)).toBe(path.join(root, 'assets', 'Ném a.woff2'));
  });

  it('keeps dot segments, even percent-encoded ones, inside the root (the URL parser folds them)', () => {
    expect(resolveAppUrlToFile('app://caseweave/%2e%2e/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppUrlToFile('app://caseweave/assets/%2E%2E/%2E%2E/package.json', root)).toBe(path.join(root, 'package.json'));
  });

  it.each([
    'app://caseweave/..%2f..%2fpackage.json',
    'app://caseweave/assets%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://caseweave/assets/..%5c..%5cpackage.json',
    'app://caseweave/index.html%00.png',
    'app://caseweave/%E0%A4%A',
    'app://evil/index.html',
    'http://caseweave/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => expect(resolveAppUrlToFile(url, root)).toBeNull());

  it('names content types by extension', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/pdf.worker.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure origin that may fetch (so IndexedDB and workers work)', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).not.toBe(true);
  });
});

describe('respondToAppRequest', () => {
  let folder: string;
  let rendererRoot: string;
  const read = async (file: string): Promise<Uint8Array<ArrayBuffer>> => new Uint8Array(await readFile(file));
  const get = (url: string, method = 'GET'): Promise<Response> => respondToAppRequest({ url, method }, rendererRoot, read);

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'caseweave-protocol-'));
    rendererRoot = path.join(folder, 'renderer');
    await mkdir(path.join(rendererRoot, 'assets'), { recursive: true });
    await writeFile(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Caseweave</title>');
    await writeFile(path.join(rendererRoot, 'assets', 'main.js'), 'export const ready = true;');
    await writeFile(path.join(folder, 'secret.txt'), 'outside the renderer');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('serves index.html with the CSP and its content type', async () => {
    const response = await get('app://caseweave/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Caseweave</title>');
  });

  it('serves assets as JavaScript', async () => {
    const response = await get('app://caseweave/assets/main.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export const ready = true;');
  });

  it('answers app routes with index.html but missing assets with 404', async () => {
    expect(await (await get('app://caseweave/projects/p1')).text()).toContain('<title>Caseweave</title>');
    expect((await get('app://caseweave/assets/missing.js')).status).toBe(404);
  });

  it('refuses to leave the renderer folder and refuses writes', async () => {
    const escape = await get('app://caseweave/..%2fsecret.txt');
    expect(escape.status).toBe(403);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const folded = await get('app://caseweave/%2e%2e/secret.txt');
    expect(folded.status).toBe(404);
    expect((await get('app://caseweave/index.html', 'POST')).status).toBe(405);
  });
});
