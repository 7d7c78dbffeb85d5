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

const isRecentPath = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Forwards main's pushes on `channel` that pass `accept`; the renderer never sees the IPC event object. */
const listen = <T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): (() => void) => {
  const forward = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

const bridge: CaseweaveBridge = {
  chooseImportFiles: () => ipcRenderer.invoke(BRIDGE_CHANNELS.chooseImportFiles),
  saveFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, request),
  printReportPdf: (html) => ipcRenderer.invoke(BRIDGE_CHANNELS.printReportPdf, html),
  openSavedFile: (path) => ipcRenderer.invoke(BRIDGE_CHANNELS.openSavedFile, path),
  chooseProjectFileToOpen: () => ipcRenderer.invoke(BRIDGE_CHANNELS.chooseProjectFileToOpen),
  openRecentProjectFile: (path) => ipcRenderer.invoke(BRIDGE_CHANNELS.openRecentProjectFile, path),
  chooseProjectFileToSave: (suggestedName) => ipcRenderer.invoke(BRIDGE_CHANNELS.chooseProjectFileToSave, suggestedName),
  writeProjectFile: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.writeProjectFile, request),
  releaseProjectFile: (path) => ipcRenderer.invoke(BRIDGE_CHANNELS.releaseProjectFile, path),
  recentProjectFiles: () => ipcRenderer.invoke(BRIDGE_CHANNELS.recentProjectFiles),
  writeBackup: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(BRIDGE_CHANNELS.listBackups),
  readBackup: (fileName) => ipcRenderer.invoke(BRIDGE_CHANNELS.readBackup, fileName),
  setWindowTitle: (title) => ipcRenderer.invoke(BRIDGE_CHANNELS.setWindowTitle, title),
  readyToClose: () => ipcRenderer.invoke(BRIDGE_CHANNELS.readyToClose),
  appInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appInfo),
  setUiLocale: (locale) => ipcRenderer.invoke(BRIDGE_CHANNELS.setUiLocale, locale),
  onMenuCommand: (listener) => listen(BRIDGE_CHANNELS.menuCommand, isMenuCommand, listener),
  onRecentProjectFileChosen: (listener) => listen(BRIDGE_CHANNELS.recentProjectFileChosen, isRecentPath, listener),
};

contextBridge.exposeInMainWorld('caseweave', bridge);
