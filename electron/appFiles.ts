// Maps app://caseweave URLs to files of the built renderer, refusing anything that would escape its folder,
// and names each file's content type. Pure Node logic, shared by the app:// protocol handler and its tests.
import path from 'node:path';
import { isAppOriginUrl } from './appOrigin.ts';
import rendererPolicy from './rendererPolicy.json';

const CONTENT_TYPES: Readonly<Record<string, string>> = rendererPolicy.contentTypes;

export const contentTypeFor = (filePath: string): string =>
  CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/**
 * The absolute file under `root` that an app:// URL names, or null when the URL is not the app origin, cannot be
 * decoded, or would leave `root` (`..`, encoded `%2e%2e`, `%2f`, backslashes, NUL bytes). `/` names index.html.
 */
export const resolveAppUrlToFile = (url: string, root: string): string | null => {
  if (!isAppOriginUrl(url)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, relative);
  return file.startsWith(absoluteRoot + path.sep) ? file : null;
};

/** Paths without an extension are app routes, answered with index.html (single-page app fallback). */
export const isAppRoute = (url: string): boolean => {
  try {
    return path.posix.extname(new URL(url).pathname) === '';
  } catch {
    return false;
  }
};
