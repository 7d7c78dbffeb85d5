// The main process's wiring, run against a stand-in for the electron module (the binary is not installed here):
// scheme privileges before ready, sandbox on, the session hardened, app:// served, every bridge channel handled,
// the menu set, and one hardened window loading app://caseweave/index.html.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../../shared/platform/bridge.ts';

const standIn = vi.hoisted(() => {
  const log: string[] = [];
  const handled = new Map<string, unknown>();
  const windows: { options: unknown; url: string | null }[] = [];
  const appEvents = new Map<string, unknown>();
  const session = {
    setPermissionRequestHandler: () => log.push('session:permissionRequest'),
    setPermissionCheckHandler: () => log.push('session:permissionCheck'),
    setDevicePermissionHandler: () => log.push('session:devicePermission'),
    webRequest: { onBeforeRequest: () => log.push('session:onBeforeRequest') },
  };
  class BrowserWindow {
    webContents = { send: () => undefined };
    private readonly entry: { options: unknown; url: string | null };
    constructor(options: unknown) {
      this.entry = { options, url: null };
      windows.push(this.entry);
    }
    once(): void {}
    on(): void {}
    async loadURL(url: string): Promise<void> {
      this.entry.url = url;
    }
  }
  const module = {
    app: {
      setPath: (name: string, value: string) => log.push(`app:setPath:${name}:${value}`),
      getPath: (name: string) => `/home/researcher/.${name}`,
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
      buildFromTemplate: (template: unknown[]) => ({ template }),
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
  return { log, handled, windows, appEvents, module };
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
    const { menuCommand: _menuCommand, ...invokeChannels } = BRIDGE_CHANNELS;
    expect([...standIn.handled.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
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
