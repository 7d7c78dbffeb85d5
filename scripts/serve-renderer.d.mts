// Types of scripts/serve-renderer.mjs for TypeScript callers (tests, the Playwright config).
export declare const DEFAULT_RENDERER_ROOT: string;
export declare const DEFAULT_PORT: number;
/** Equal to CONTENT_SECURITY_POLICY of electron/security.ts. */
export declare const RENDERER_CSP: string;
export declare const contentTypeFor: (file: string) => string;
export declare const resolveRequestPath: (requestPath: string, root: string) => string | null;
export type RendererServerOptions = {
  /** Folder to serve; defaults to dist/renderer. */
  root?: string;
  /** Defaults to 5178; 0 picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** When the port is taken, listen on a free one instead of failing. */
  fallbackToFreePort?: boolean;
};
export type RendererServer = { url: string; port: number; close: () => Promise<void> };
export declare const startRendererServer: (options?: RendererServerOptions) => Promise<RendererServer>;
