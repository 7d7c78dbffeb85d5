// The sandboxed preload: exposes `window.caseweave`, one named method per bridge channel and nothing else
// (no generic send/invoke, no Node). Bundled by scripts/build-electron.mjs into one CommonJS file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_CHANNELS,
  MENU_COMMANDS,
  type CaseweaveBridge,
  type MenuCommand,
} from '../shared/platform/bridge.ts';

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && MENU_COMMANDS.some((command) => command === value);

const bridge: CaseweaveBridge = {
  chooseImportFiles: () => ipcRenderer.invoke(BRIDGE_CHANNELS.chooseImportFiles),
  saveFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, request),
  writeBackup: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.writeBackup, request),
  appInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appInfo),
  onMenuCommand: (listener) => {
    // The renderer never sees the IPC event object, only the validated command.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(BRIDGE_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(BRIDGE_CHANNELS.menuCommand, forward);
    };
  },
};

contextBridge.exposeInMainWorld('caseweave', bridge);
