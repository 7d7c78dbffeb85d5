// The hardened BrowserWindow options of the main window: isolated, sandboxed, no Node, web security on.
import type { BrowserWindowConstructorOptions } from 'electron';
import { t } from '../shared/i18n/translate.ts';

export const createWindowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  width: 1280,
  height: 820,
  minWidth: 800,
  minHeight: 560,
  title: t('app.name'),
  // Shown once the first paint is ready, so the user never sees a white flash.
  show: false,
  backgroundColor: '#f7f6f2',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    disableDialogs: false,
    enableWebSQL: false,
  },
});
