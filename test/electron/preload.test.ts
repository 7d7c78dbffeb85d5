// The preload, run against a stand-in for the electron module: it exposes exactly the named bridge methods, each
// invoking its own channel, and forwards only known menu commands. The real electron package is never loaded.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type CaseweaveBridge, type MenuCommand } from '../../shared/platform/bridge.ts';

type MenuListener = (event: object, command: unknown) => void;

const electronStandIn = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<MenuListener>>();
  return {
    exposed,
    invoked,
    listeners,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (channel: string, ...args: unknown[]) => {
          invoked.push({ channel, args });
          return channel;
        },
        on: (channel: string, listener: MenuListener) => {
          const set = listeners.get(channel) ?? new Set<MenuListener>();
          set.add(listener);
          listeners.set(channel, set);
        },
        removeListener: (channel: string, listener: MenuListener) => listeners.get(channel)?.delete(listener),
      },
    },
  };
});

vi.mock('electron', () => electronStandIn.module);

const isBridge = (value: unknown): value is CaseweaveBridge => typeof value === 'object' && value !== null && 'chooseImportFiles' in value;

let bridge: CaseweaveBridge;

beforeAll(async () => {
  await import('../../electron/preload.ts');
  const exposed = electronStandIn.exposed.get('caseweave');
  if (!isBridge(exposed)) throw new Error('preload did not expose window.caseweave');
  bridge = exposed;
});

describe('preload bridge', () => {
  it('exposes only window.caseweave, with only the named methods', () => {
    expect([...electronStandIn.exposed.keys()]).toEqual(['caseweave']);
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'chooseImportFiles', 'onMenuCommand', 'saveFile', 'writeBackup']);
  });

  it('sends each call on its own channel with its request', async () => {
    const request = { suggestedName: 'a.csv', bytes: new Uint8Array([1]), filters: [] };
    await bridge.chooseImportFiles();
    await bridge.saveFile(request);
    await bridge.writeBackup({ projectName: 'p', bytes: new Uint8Array([2]) });
    await bridge.appInfo();
    expect(electronStandIn.invoked).toEqual([
      { channel: BRIDGE_CHANNELS.chooseImportFiles, args: [] },
      { channel: BRIDGE_CHANNELS.saveFile, args: [request] },
      { channel: BRIDGE_CHANNELS.writeBackup, args: [{ projectName: 'p', bytes: new Uint8Array([2]) }] },
      { channel: BRIDGE_CHANNELS.appInfo, args: [] },
    ]);
  });

  it('forwards known menu commands only, without the IPC event, until unsubscribed', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    const emit = (command: unknown) => {
      for (const listener of electronStandIn.listeners.get(BRIDGE_CHANNELS.menuCommand) ?? []) listener({ sender: 'ipc' }, command);
    };
    emit('import');
    emit('format-disk');
    emit({ command: 'about' });
    emit('about');
    unsubscribe();
    emit('new-project');
    expect(received).toEqual(['import', 'about']);
    expect(electronStandIn.listeners.get(BRIDGE_CHANNELS.menuCommand)?.size).toBe(0);
  });
});
