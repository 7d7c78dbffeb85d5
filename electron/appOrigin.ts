// The app's own origin: the renderer is served from app://caseweave so IndexedDB, and with it every project, has a stable home.
export const APP_SCHEME = 'app';
export const APP_HOST = 'caseweave';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` parses and belongs to exactly the app origin (scheme, host and no port or credentials). */
export const isAppOriginUrl = (url: string | undefined | null): boolean => {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
};
