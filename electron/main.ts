// Electron main process: hardens every webContents and the session, serves the renderer from app://caseweave,
// registers the bridge's IPC handlers and the native menu, and opens the one Caseweave window.
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { BRIDGE_CHANNELS, type MenuCommand } from '../shared/platform/bridge.ts';
import { t } from '../shared/i18n/translate.ts';
import { writeFileAtomic } from '../node/atomicWrite.ts';
import { APP_ENTRY_URL } from './appOrigin.ts';
import { hardenSession, hardenWebContents } from './hardening.ts';
import { appInfo } from './ipc/appInfo.ts';
import { chooseImportFiles } from './ipc/chooseImportFiles.ts';
import { registerBridgeHandlers } from './ipc/registerBridgeHandlers.ts';
import { saveFile } from './ipc/saveFile.ts';
import { writeBackup } from './ipc/writeBackup.ts';
import { buildMenuTemplate } from './menu.ts';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './protocol.ts';
import { createWindowOptions } from './windowOptions.ts';

// Same data folder in development and in the packaged app (package name "caseweave" vs product name "Caseweave").
app.setPath('userData', path.join(app.getPath('appData'), t('app.name')));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

const appRoot = (): string => app.getAppPath();

const sendMenuCommand = (command: MenuCommand): void => {
  mainWindow?.webContents.send(BRIDGE_CHANNELS.menuCommand, command);
};

const dialogParent = (): BrowserWindow | undefined => mainWindow ?? undefined;

const openMainWindow = (): void => {
  const window = new BrowserWindow(createWindowOptions(path.join(appRoot(), 'dist-electron', 'preload.cjs')));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
};

const registerHandlers = (): void => {
  registerBridgeHandlers(
    ipcMain,
    {
      chooseImportFiles: () =>
        chooseImportFiles({
          showOpenDialog: (options) => {
            const parent = dialogParent();
            return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
          },
          stat,
          readFile: (file) => readFile(file),
        }),
      saveFile: (request) =>
        saveFile(request, {
          showSaveDialog: (options) => {
            const parent = dialogParent();
            return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
          },
          writeFile: (target, bytes) => writeFileAtomic(target, bytes),
          defaultDirectory: app.getPath('documents'),
        }),
      writeBackup: (request) =>
        writeBackup(request, {
          backupsDirectory: path.join(app.getPath('userData'), 'backups'),
          now: () => new Date(),
          makeDirectory: (directory) => mkdir(directory, { recursive: true }),
          writeFile: (target, bytes) => writeFileAtomic(target, bytes),
        }),
      appInfo: async () =>
        appInfo({ version: app.getVersion(), platform: process.platform, userDataDirectory: app.getPath('userData') }),
    },
    // Only the main window itself may call, on top of the app-origin check of its frame.
    (event) => mainWindow !== null && event.sender === mainWindow.webContents,
  );
};

if (!app.requestSingleInstanceLock()) {
  // A second instance would open the same IndexedDB concurrently; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    // A copy into a plain ArrayBuffer: renderer files are small, and Response wants a non-shared buffer.
    serveAppProtocol(protocol, path.join(appRoot(), 'dist', 'renderer'), async (file) => new Uint8Array(await readFile(file)));
    registerHandlers();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ isDevelopment: !app.isPackaged, isMac: process.platform === 'darwin', sendCommand: sendMenuCommand }),
      ),
    );
    openMainWindow();
  });
}
