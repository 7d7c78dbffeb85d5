// Caseweave's security policy as plain decisions: the Content-Security-Policy, and which navigations, windows,
// permissions and network requests are allowed (none but the app's own). Wired into Electron by hardening.ts.
import { isAppOriginUrl } from './appOrigin.ts';
// The policy lives in one JSON file so the browser-fallback server (scripts/serve-renderer.mjs) sends the same one.
import rendererPolicy from './rendererPolicy.json';

/**
 * The CSP sent with every renderer response (app:// in Electron, http://127.0.0.1 in the browser fallback).
 * - Scripts only from the app itself: no remote code, no eval, no inline script.
 * - style-src allows 'unsafe-inline' because React, Lexical and the UI set inline styles; CSS cannot run code, and
 *   with img/font/connect limited to the app itself injected CSS has nowhere to send data.
 * - blob:/data: for workers, images and fetches because pdf.js and file exports create object URLs locally.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = rendererPolicy.cspDirectives.map(([name, value]) => [name, value] as const);

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Headers sent with every renderer file besides its content type. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  ...rendererPolicy.securityHeaders,
};

/** The window may only ever show the app's own pages. */
export const isNavigationAllowed = (url: string): boolean => isAppOriginUrl(url);

/** Caseweave never opens a second window or hands a link to a browser from inside the renderer. */
export const decideWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/**
 * No camera, microphone, notifications, geolocation, MIDI, HID, serial, clipboard reading…: the app needs none of them.
 * The one exception is writing text to the clipboard from the app's own pages ("Copy with citation" uses the standard
 * Clipboard API, which Chromium gates behind this permission in Electron; it only ever writes, after a user gesture).
 */
export const decidePermission = (permission: string, requestingUrl: string): boolean =>
  permission === 'clipboard-sanitized-write' && isAppOriginUrl(requestingUrl);

// Schemes that never leave the machine: local object URLs, inline data, and DevTools' own pages.
const LOCAL_SCHEMES = new Set(['blob:', 'data:', 'devtools:', 'chrome-devtools:']);

/** The app makes no network requests at all: only its own origin and local-only schemes may load. */
export const isRequestAllowed = (url: string): boolean => {
  if (isAppOriginUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(protocol);
};
