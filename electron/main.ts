// Electron main process: hardens every webContents and the session, serves the renderer from app://caseweave,
// registers the bridge's IPC handlers and the native menu, and opens the one Caseweave window. Closing the window
// (or quitting) first lets the renderer save (closeGuard.ts); the window's project-file locks are released after.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { BRIDGE_CHANNELS, type MenuCommand, type RecentProjectFile } from '../shared/platform/bridge.ts';
import { t } from '../shared/i18n/translate.ts';
import { writeFileAtomic } from '../node/atomicWrite.ts';
import { APP_ENTRY_URL } from './appOrigin.ts';
import { createCloseGuard, type CloseGuard } from './closeGuard.ts';
import { createFileServices } from './fileServices.ts';
import { hardenSession, hardenWebContents } from './hardening.ts';
import { appInfo } from './ipc/appInfo.ts';
import type { ProjectFileLocks } from './ipc/projectFileLocks.ts';
import { printReportPdf } from './ipc/printReportPdf.ts';
import { registerBridgeHandlers } from './ipc/registerBridgeHandlers.ts';
import { createUiLocale } from './ipc/uiLocale.ts';
import { buildMenuTemplate } from './menu.ts';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './protocol.ts';
import { createWindowOptions } from './windowOptions.ts';

// Same data folder in development and in the packaged app (package name "caseweave" vs product name "Caseweave").
app.setPath('userData', path.join(app.getPath('appData'), t('app.name')));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

/** Written into every lock file this run takes, so a restarted app never mistakes an old lock for its own. */
const INSTANCE_ID = randomUUID();

let mainWindow: BrowserWindow | null = null;
let closeGuard: CloseGuard | null = null;
let locks: ProjectFileLocks | null = null;
let quitting = false;

const appRoot = (): string => app.getAppPath();

const sendMenuCommand = (command: MenuCommand): void => {
  mainWindow?.webContents.send(BRIDGE_CHANNELS.menuCommand, command);
};

const openRecent = (file: string): void => {
  mainWindow?.webContents.send(BRIDGE_CHANNELS.recentProjectFileChosen, file);
};

let menuRecentFiles: readonly RecentProjectFile[] = [];

const uiLocale = createUiLocale({
  settingsFile: path.join(app.getPath('userData'), 'ui-locale.json'),
  readFile: (file) => readFile(file, 'utf8'),
  writeFile: async (file, text) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, new TextEncoder().encode(text));
  },
  systemLanguages: () => app.getPreferredSystemLanguages(),
  changed: () => setMenu(menuRecentFiles),
});

/** (Re)builds the application menu with the recent files, in the UI language. */
const setMenu = (recentFiles: readonly RecentProjectFile[]): void => {
  menuRecentFiles = recentFiles;
  const isMac = process.platform === 'darwin';
  const template = buildMenuTemplate({
    isDevelopment: !app.isPackaged, isMac, sendCommand: sendMenuCommand, recentFiles, openRecent, locale: uiLocale.current(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};

const dialogParent = (): BrowserWindow | undefined => mainWindow ?? undefined;

const openMainWindow = (): void => {
  const window = new BrowserWindow(createWindowOptions(path.join(appRoot(), 'dist-electron', 'preload.cjs')));
  // Read now: after 'closed' the webContents is gone, and its locks must still be released.
  const owner = window.webContents.id;
  const guard = createCloseGuard({
    requestClose: () => window.webContents.send(BRIDGE_CHANNELS.menuCommand, 'close-requested' satisfies MenuCommand),
    close: () => {
      if (quitting) app.quit();
      else if (!window.isDestroyed()) window.close();
    },
    startTimer: (run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
  });
  mainWindow = window;
  closeGuard = guard;
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    // A crashed renderer cannot answer; anything else is asked to save first.
    if (window.webContents.isCrashed() || guard.mayClose()) return;
    event.preventDefault();
  });
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null;
      closeGuard = null;
    }
    void locks?.releaseOwner(owner);
  });
  void window.loadURL(APP_ENTRY_URL);
};

const registerHandlers = (): void => {
  const files = createFileServices({
    userDataDirectory: app.getPath('userData'),
    documentsDirectory: app.getPath('documents'),
    instanceId: INSTANCE_ID,
    showOpenDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const parent = dialogParent();
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
    owner: () => mainWindow?.webContents.id ?? -1,
    recentChanged: setMenu,
    openPath: (file) => shell.openPath(file),
  });
  locks = files.locks;
  registerBridgeHandlers(
    ipcMain,
    {
      ...files.handlers,
      printReportPdf: (html) => printReportPdf(html, { createWindow: (options) => new BrowserWindow(options) }),
      setWindowTitle: async (title) => mainWindow?.setTitle(title),
      readyToClose: async () => closeGuard?.rendererReady(),
      appInfo: async () =>
        appInfo({ version: app.getVersion(), platform: process.platform, userDataDirectory: app.getPath('userData') }),
      setUiLocale: (locale) => uiLocale.choose(locale),
    },
    // Only the main window itself may call, on top of the app-origin check of its frame.
    (event) => mainWindow !== null && event.sender === mainWindow.webContents,
  );
  setMenu([]);
  void files.recent.list().then(setMenu, () => undefined);
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
  // Quitting closes the window, which waits for the renderer; once it is ready the guard quits again.
  app.on('before-quit', () => {
    quitting = true;
  });
  // Lock files are removed before the process ends, so the next start (or another machine) finds the file free.
  app.on('will-quit', (event) => {
    const held = locks;
    if (held === null || !held.isBusy()) return;
    event.preventDefault();
    void held.releaseAll().finally(() => app.quit());
  });
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    // A copy into a plain ArrayBuffer: renderer files are small, and Response wants a non-shared buffer.
    serveAppProtocol(protocol, path.join(appRoot(), 'dist', 'renderer'), async (file) => new Uint8Array(await readFile(file)));
    // The menu is built (in registerHandlers) in the language of the last session, before the window shows.
    void uiLocale.load().finally(() => {
      registerHandlers();
      openMainWindow();
    });
  });
}
