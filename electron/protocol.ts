// The privileged app:// scheme: serves the built renderer (dist/renderer) from app://caseweave with the CSP header,
// so IndexedDB has a stable origin and nothing is loaded from file:// or the network. Electron is imported for types only.
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME } from './appOrigin.ts';
import { contentTypeFor, isAppRoute, resolveAppUrlToFile } from './appFiles.ts';
import { SECURITY_HEADERS } from './security.ts';

/** Registered before `app.ready`: a standard, secure origin that may use fetch, workers, and IndexedDB. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
};

export type ReadRendererFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>;

const refusal = (status: 403 | 404 | 405): Response =>
  new Response(null, { status, headers: { ...SECURITY_HEADERS } });

const fileResponse = (bytes: Uint8Array<ArrayBuffer>, file: string): Response =>
  new Response(bytes, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });

/** Answers one app:// request from `root`; unknown routes get index.html, escapes get 403, missing files 404. */
export const respondToAppRequest = async (
  request: { url: string; method: string },
  root: string,
  readFile: ReadRendererFile,
): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const file = resolveAppUrlToFile(request.url, root);
  if (file === null) return refusal(403);
  try {
    return fileResponse(await readFile(file), file);
  } catch {
    if (!isAppRoute(request.url)) return refusal(404);
    const index = resolveAppUrlToFile(new URL('/index.html', request.url).href, root);
    if (index === null) return refusal(404);
    try {
      return fileResponse(await readFile(index), index);
    } catch {
      return refusal(404);
    }
  }
};

export const serveAppProtocol = (protocol: Protocol, root: string, readFile: ReadRendererFile): void => {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, root, readFile));
};
