// The security policy's decisions: only the app origin may be shown or loaded; windows, permissions and remote
// code are refused; the browser fallback sends the very same CSP.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  decidePermission,
  decideWindowOpen,
  isNavigationAllowed,
  isRequestAllowed,
} from '../../electron/security.ts';
import { RENDERER_CSP } from '../../scripts/serve-renderer.mjs';

describe('isNavigationAllowed', () => {
  it.each(['app://caseweave/index.html', 'app://caseweave/', 'app://caseweave/projects/p1?tab=sources#turn-4'])(
    'allows the app origin: %s',
    (url) => expect(isNavigationAllowed(url)).toBe(true),
  );

  it.each([
    'http://evil.example/',
    'https://caseweave.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://evil/index.html',
    'app://caseweave.evil/index.html',
    'app://caseweave:8080/index.html',
    'app://user:pass@caseweave/index.html',
    'about:blank',
    'chrome://settings',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isNavigationAllowed(url)).toBe(false));
});

describe('window.open and permissions', () => {
  it('denies every new window', () => {
    expect(decideWindowOpen()).toEqual({ action: 'deny' });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'midi', 'hid'])(
    'denies the %s permission',
    (permission) => expect(decidePermission(permission, 'app://caseweave/index.html')).toBe(false),
  );

  it('lets the app itself write text to the clipboard ("Copy with citation"), and no other origin', () => {
    expect(decidePermission('clipboard-sanitized-write', 'app://caseweave/index.html')).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', 'app://caseweave')).toBe(true);
    expect(decidePermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(decidePermission('clipboard-sanitized-write', 'app://caseweave.evil/')).toBe(false);
    expect(decidePermission('clipboard-sanitized-write', '')).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  it.each(['app://caseweave/assets/index.js', 'blob:app://caseweave/3f1c', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/x.html'])(
    'lets local request %s through',
    (url) => expect(isRequestAllowed(url)).toBe(true),
  );

  it.each([
    'http://127.0.0.1:5173/',
    'https://cdn.example/lib.js',
    'ws://localhost:1234/',
    'wss://example.org/socket',
    'ftp://example.org/file',
    'file:///home/user/.ssh/id_rsa',
    'app://other/index.html',
    'garbage',
  ])('cancels %s', (url) => expect(isRequestAllowed(url)).toBe(false));
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directive = (name: string): string | undefined => CSP_DIRECTIVES.find(([key]) => key === name)?.[1];

  it('allows scripts only from the app itself: no eval, no inline script, no remote host', () => {
    expect(directive('script-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('refuses plugins, frames, base rewriting and form posts', () => {
    expect(directive('object-src')).toBe("'none'");
    expect(directive('frame-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'none'");
    expect(directive('form-action')).toBe("'none'");
    expect(directive('default-src')).toBe("'self'");
  });

  it('is the policy the browser fallback server sends', () => {
    expect(RENDERER_CSP).toBe(CONTENT_SECURITY_POLICY);
  });
});
