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
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'appInfo',
        'chooseImportFiles',
        'chooseProjectFileToOpen',
        'chooseProjectFileToSave',
        'listBackups',
        'onMenuCommand',
        'onRecentProjectFileChosen',
        'openRecentProjectFile',
        'openSavedFile',
        'printReportPdf',
        'readBackup',
        'readyToClose',
        'recentProjectFiles',
        'releaseProjectFile',
        'saveFile',
        'setUiLocale',
        'setWindowTitle',
        'writeBackup',
        'writeProjectFile',
      ].sort(),
    );
  });

  it('sends each call on its own channel with its request', async () => {
    const request = { suggestedName: 'a.csv', bytes: new Uint8Array([1]), filters: [] };
    const backup = { projectId: 'p1', projectName: 'p', bytes: new Uint8Array([2]) };
    const write = { path: '/s/Kendang.caseweave', bytes: new Uint8Array([3]), link: true };
    await bridge.chooseImportFiles();
    await bridge.saveFile(request);
    await bridge.chooseProjectFileToOpen();
    await bridge.openRecentProjectFile('/s/Kendang.caseweave');
    await bridge.chooseProjectFileToSave('Kendang');
    await bridge.writeProjectFile(write);
    await bridge.releaseProjectFile('/s/Kendang.caseweave');
    await bridge.recentProjectFiles();
    await bridge.writeBackup(backup);
    await bridge.listBackups();
    await bridge.readBackup('b.caseweave');
    await bridge.setWindowTitle('Kendang.caseweave — Caseweave');
    await bridge.readyToClose();
    await bridge.appInfo();
    await bridge.setUiLocale('id');
    expect(electronStandIn.invoked).toEqual([
      { channel: BRIDGE_CHANNELS.chooseImportFiles, args: [] },
      { channel: BRIDGE_CHANNELS.saveFile, args: [request] },
      { channel: BRIDGE_CHANNELS.chooseProjectFileToOpen, args: [] },
      { channel: BRIDGE_CHANNELS.openRecentProjectFile, args: ['/s/Kendang.caseweave'] },
      { channel: BRIDGE_CHANNELS.chooseProjectFileToSave, args: ['Kendang'] },
      { channel: BRIDGE_CHANNELS.writeProjectFile, args: [write] },
      { channel: BRIDGE_CHANNELS.releaseProjectFile, args: ['/s/Kendang.caseweave'] },
      { channel: BRIDGE_CHANNELS.recentProjectFiles, args: [] },
      { channel: BRIDGE_CHANNELS.writeBackup, args: [backup] },
      { channel: BRIDGE_CHANNELS.listBackups, args: [] },
      { channel: BRIDGE_CHANNELS.readBackup, args: ['b.caseweave'] },
      { channel: BRIDGE_CHANNELS.setWindowTitle, args: ['Kendang.caseweave — Caseweave'] },
      { channel: BRIDGE_CHANNELS.readyToClose, args: [] },
      { channel: BRIDGE_CHANNELS.appInfo, args: [] },
      { channel: BRIDGE_CHANNELS.setUiLocale, args: ['id'] },
    ]);
  });

  const emit = (channel: string, value: unknown) => {
    for (const listener of electronStandIn.listeners.get(channel) ?? []) listener({ sender: 'ipc' }, value);
  };

  it('forwards known menu commands only, without the IPC event, until unsubscribed', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    emit(BRIDGE_CHANNELS.menuCommand, 'import');
    emit(BRIDGE_CHANNELS.menuCommand, 'format-disk');
    emit(BRIDGE_CHANNELS.menuCommand, { command: 'about' });
    emit(BRIDGE_CHANNELS.menuCommand, 'close-requested');
    unsubscribe();
    emit(BRIDGE_CHANNELS.menuCommand, 'new-project');
    expect(received).toEqual(['import', 'close-requested']);
    expect(electronStandIn.listeners.get(BRIDGE_CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('forwards a recent file’s path from File → Open recent, and nothing else, until unsubscribed', () => {
    const received: string[] = [];
    const unsubscribe = bridge.onRecentProjectFileChosen((path) => received.push(path));
    emit(BRIDGE_CHANNELS.recentProjectFileChosen, '/s/Kendang.caseweave');
    emit(BRIDGE_CHANNELS.recentProjectFileChosen, { path: '/etc/passwd' });
    emit(BRIDGE_CHANNELS.recentProjectFileChosen, '');
    emit(BRIDGE_CHANNELS.menuCommand, '/s/Other.caseweave');
    unsubscribe();
    emit(BRIDGE_CHANNELS.recentProjectFileChosen, '/s/Later.caseweave');
    expect(received).toEqual(['/s/Kendang.caseweave']);
  });
});
