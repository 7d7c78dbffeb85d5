// A tiny static server for the built renderer (dist/renderer) on 127.0.0.1: the browser fallback of `npm start`
// and the e2e tests' web server. Same CSP as the app:// protocol (test/electron checks they match), correct content
// types, no path escapes, and index.html for app routes. Usage: node scripts/serve-renderer.mjs [--port N] [--root DIR]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rendererPolicy from '../electron/rendererPolicy.json' with { type: 'json' };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_RENDERER_ROOT = path.join(repoRoot, 'dist', 'renderer');
export const DEFAULT_PORT = 5178;

/** The same policy as the app:// protocol: both read electron/rendererPolicy.json. */
export const RENDERER_CSP = rendererPolicy.cspDirectives.map(([name, value]) => `${name} ${value}`).join('; ');

const SECURITY_HEADERS = { 'Content-Security-Policy': RENDERER_CSP, ...rendererPolicy.securityHeaders };

const CONTENT_TYPES = rendererPolicy.contentTypes;

export const contentTypeFor = (file) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The file under `root` a request path names, or null when it cannot be decoded or would leave `root`. */
export const resolveRequestPath = (requestPath, root) => {
  let decoded;
  try {
    decoded = decodeURIComponent(new URL(requestPath, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  // The URL parser folds literal "/../"; encoded dots, backslashes and NUL bytes are refused here.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  if (/(^|\/)\.\.(\/|$)/.test(requestPath.split('?')[0])) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, relative);
  return file.startsWith(absoluteRoot + path.sep) ? file : null;
};

const isFile = async (file) => {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
};

const refuse = (response, status, text) => {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
};

const answer = async (request, response, root) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed');
  const requestPath = request.url ?? '/';
  let file = resolveRequestPath(requestPath, root);
  if (file === null) return refuse(response, 403, 'Forbidden');
  if (!(await isFile(file))) {
    // App routes (no extension) get the single-page app; missing assets are a real 404.
    if (path.extname(file) !== '') return refuse(response, 404, 'Not found');
    file = path.join(path.resolve(root), 'index.html');
    if (!(await isFile(file))) return refuse(response, 404, 'Not found: run `npm run build` first');
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=0',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
};

const listen = (server, port, host) =>
  new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

/**
 * Starts the server. When `port` is taken and `fallbackToFreePort` is true, a free port is used instead.
 * @param {{ root?: string, port?: number, host?: string, fallbackToFreePort?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export const startRendererServer = async ({ root = DEFAULT_RENDERER_ROOT, port = DEFAULT_PORT, host = '127.0.0.1', fallbackToFreePort = false } = {}) => {
  const server = http.createServer((request, response) => {
    answer(request, response, root).catch(() => {
      if (!response.headersSent) refuse(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  try {
    await listen(server, port, host);
  } catch (error) {
    if (!fallbackToFreePort || error?.code !== 'EADDRINUSE') throw error;
    await listen(server, 0, host);
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};

const parseArguments = (argv) => {
  const options = {};
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--port' && value !== undefined && /^\d+$/.test(value)) {
      options.port = Number(value);
      index += 1;
    } else if (flag === '--root' && value !== undefined) {
      options.root = path.resolve(value);
      index += 1;
    } else if (flag === '--host' && value !== undefined) {
      options.host = value;
      index += 1;
    } else {
      throw new Error(`unknown or incomplete option "${flag}" (use --port N, --root DIR, --host ADDRESS)`);
    }
  }
  return options;
};

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArguments(process.argv.slice(2));
    const { url, close } = await startRendererServer({ port: Number(process.env.PORT) || DEFAULT_PORT, ...options });
    console.log(`Serving Caseweave at ${url}`);
    const stop = () => void close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`serve-renderer: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
