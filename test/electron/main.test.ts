// The main process's wiring, run against a stand-in for the electron module (the binary is not installed here):
// scheme privileges before ready, sandbox on, the session hardened, app:// served, every bridge channel handled,
// the menu set, one hardened window loading app://caseweave/index.html, and a close that waits for the renderer.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/platform/bridge.ts';

const standIn = vi.hoisted(() => {
  const log: string[] = [];
  const handled = new Map<string, unknown>();
  const appEvents = new Map<string, unknown>();
  const menus: unknown[][] = [];
  const session = {
    setPermissionRequestHandler: () => log.push('session:permissionRequest'),
    setPermissionCheckHandler: () => log.push('session:permissionCheck'),
    setDevicePermissionHandler: () => log.push('session:devicePermission'),
    webRequest: { onBeforeRequest: () => log.push('session:onBeforeRequest') },
  };
  type WindowEntry = {
    options: unknown;
    url: string | null;
    title: string;
    closed: number;
    sent: unknown[][];
    listeners: Map<string, (event: { preventDefault: () => void }) => void>;
    webContents: object;
  };
  const windows: WindowEntry[] = [];
  class BrowserWindow {
    webContents: { id: number; send: (...args: unknown[]) => void; isCrashed: () => boolean };
    private readonly entry: WindowEntry;
    constructor(options: unknown) {
      const sent: unknown[][] = [];
      this.webContents = { id: 7, send: (...args: unknown[]) => sent.push(args), isCrashed: () => false };
      this.entry = { options, url: null, title: '', closed: 0, sent, listeners: new Map(), webContents: this.webContents };
      windows.push(this.entry);
    }
    once(): void {}
    on(event: string, listener: (event: { preventDefault: () => void }) => void): void {
      this.entry.listeners.set(event, listener);
    }
    isDestroyed(): boolean {
      return false;
    }
    close(): void {
      this.entry.closed += 1;
    }
    setTitle(title: string): void {
      this.entry.title = title;
    }
    async loadURL(url: string): Promise<void> {
      this.entry.url = url;
    }
  }
  const module = {
    app: {
      setPath: (name: string, value: string) => log.push(`app:setPath:${name}:${value}`),
      getPath: (name: string) => `/home/researcher/.${name}`,
      getPreferredSystemLanguages: () => ['en-GB'],
      getAppPath: () => '/opt/caseweave/resources/app.asar',
      getVersion: () => '0.1.0',
      isPackaged: true,
      enableSandbox: () => log.push('app:enableSandbox'),
      requestSingleInstanceLock: () => true,
      quit: () => log.push('app:quit'),
      isReady: () => true,
      on: (event: string, listener: unknown) => appEvents.set(event, listener),
      whenReady: async () => log.push('app:ready'),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => {
        menus.push(template);
        return { template };
      },
      setApplicationMenu: () => log.push('menu:set'),
    },
    dialog: {},
    ipcMain: { handle: (channel: string, listener: unknown) => handled.set(channel, listener) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => log.push(`protocol:privileged:${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string) => log.push(`protocol:handle:${scheme}`),
    },
    session: { defaultSession: session },
  };
  return { log, handled, windows, appEvents, menus, module };
});

vi.mock('electron', () => standIn.module);

beforeAll(async () => {
  await import('../../electron/main.ts');
  await vi.waitFor(() => expect(standIn.windows).toHaveLength(1));
});

describe('electron main', () => {
  it('registers the app scheme and the sandbox before the app is ready', () => {
    const ready = standIn.log.indexOf('app:ready');
    expect(standIn.log.indexOf('protocol:privileged:app')).toBeGreaterThanOrEqual(0);
    expect(standIn.log.indexOf('protocol:privileged:app')).toBeLessThan(ready);
    expect(standIn.log.indexOf('app:enableSandbox')).toBeLessThan(ready);
    expect(standIn.log).toContain('app:setPath:userData:/home/researcher/.appData/Caseweave');
  });

  it('hardens the session and serves app:// once ready', () => {
    expect(standIn.log).toEqual(
      expect.arrayContaining([
        'session:permissionRequest',
        'session:permissionCheck',
        'session:devicePermission',
        'session:onBeforeRequest',
        'protocol:handle:app',
        'menu:set',
      ]),
    );
  });

  it('hardens every webContents as it is created', () => {
    expect(typeof standIn.appEvents.get('web-contents-created')).toBe('function');
  });

  it('handles every invoke channel of the bridge', () => {
    const { menuCommand: _menuCommand, recentProjectFileChosen: _recent, ...invokeChannels } = BRIDGE_CHANNELS;
    expect([...standIn.handled.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
  });

  it('sets a menu whose File menu has Open recent', () => {
    const file = standIn.menus.at(-1)?.find((menu) => typeof menu === 'object' && menu !== null && 'label' in menu && menu.label === 'File');
    expect(JSON.stringify(file)).toContain('"id":"open-recent"');
  });

  /** Calls a handler as the main window's own frame would. */
  const invokeFromWindow = (channel: string, ...args: unknown[]): Promise<unknown> => {
    const handler = standIn.handled.get(channel);
    if (typeof handler !== 'function') throw new Error(`no handler for ${channel}`);
    const [window] = standIn.windows;
    return handler({ senderFrame: { url: 'app://caseweave/index.html' }, sender: window.webContents }, ...args);
  };

  it('shows the title the renderer sets', async () => {
    await invokeFromWindow(BRIDGE_CHANNELS.setWindowTitle, 'Kendang.caseweave — Caseweave');
    expect(standIn.windows[0].title).toBe('Kendang.caseweave — Caseweave');
  });

  it('holds the window open on close until the renderer is ready to close, then closes it', async () => {
    const [window] = standIn.windows;
    const close = window.listeners.get('close');
    let prevented = 0;
    close?.({ preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
    expect(window.sent).toContainEqual([BRIDGE_CHANNELS.menuCommand, 'close-requested']);
    expect(window.closed).toBe(0);
    await invokeFromWindow(BRIDGE_CHANNELS.readyToClose);
    expect(window.closed).toBe(1);
    close?.({ preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
  });

  it('lets the app quit at once when it holds no project-file lock', () => {
    const willQuit = standIn.appEvents.get('will-quit');
    let prevented = false;
    if (typeof willQuit === 'function') willQuit({ preventDefault: () => (prevented = true) });
    expect(typeof willQuit).toBe('function');
    expect(prevented).toBe(false);
  });

  it('opens one hardened window on app://caseweave with the bundled preload', () => {
    const [window] = standIn.windows;
    expect(window.url).toBe('app://caseweave/index.html');
    expect(window.options).toMatchObject({
      webPreferences: {
        preload: '/opt/caseweave/resources/app.asar/dist-electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
  });
});
