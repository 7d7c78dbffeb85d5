// The native application menu as a plain template, in the UI language: File, Edit, View, Help. App-level commands (project files,
// backups, import, about, undo, redo) are forwarded to the renderer through `sendCommand`, a recent file through
// `openRecent` with its path; clipboard editing uses Electron's built-in roles. Undo and redo go to the renderer because they are the session's undo (coding, code-tree edits,
// corrections), not only a text field's; their accelerators are shown but not registered, so the key presses reach
// the page, which routes them the same way.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentProjectFile } from '../shared/platform/bridge.ts';
import { t as translate, type Locale, type MessageKey } from '../shared/i18n/translate.ts';

export type MenuTemplateOptions = {
  /** Developer tools are offered only when running unpackaged. */
  isDevelopment: boolean;
  isMac: boolean;
  sendCommand: (command: MenuCommand) => void;
  /** Newest first, as recentProjectFiles() lists them; the menu is rebuilt when the list changes. */
  recentFiles: readonly RecentProjectFile[];
  openRecent: (path: string) => void;
  /** The UI language the renderer chose (ui-locale.json at start); the menu is rebuilt when it changes. */
  locale: Locale;
};

/** One item per recent file; two files of the same name are told apart by their folder. */
const recentItems = (files: readonly RecentProjectFile[], openRecent: (path: string) => void, t: (key: MessageKey) => string): MenuItemConstructorOptions[] => {
  if (files.length === 0) return [{ id: 'no-recent-files', label: t('electron.menu.noRecentFiles'), enabled: false }];
  const repeated = (name: string): boolean => files.filter((file) => file.fileName === name).length > 1;
  return files.map((file) => ({
    // `&` would otherwise mark a keyboard shortcut letter on Windows and Linux.
    label: (repeated(file.fileName) ? `${file.fileName} — ${file.path}` : file.fileName).replaceAll('&', '&&'),
    click: () => openRecent(file.path),
  }));
};

export const buildMenuTemplate = ({ isDevelopment, isMac, sendCommand, recentFiles, openRecent, locale }: MenuTemplateOptions): MenuItemConstructorOptions[] => {
  const t = (key: MessageKey): string => translate(key, undefined, locale);
  const file: MenuItemConstructorOptions = {
    label: t('electron.menu.file'),
    submenu: [
      { id: 'new-project', label: t('electron.menu.newProject'), accelerator: 'CmdOrCtrl+N', click: () => sendCommand('new-project') },
      { id: 'open-project-file', label: t('electron.menu.openProjectFile'), accelerator: 'CmdOrCtrl+O', click: () => sendCommand('open-project-file') },
      { id: 'open-recent', label: t('electron.menu.openRecent'), submenu: recentItems(recentFiles, openRecent, t) },
      { type: 'separator' },
      { id: 'save-as', label: t('electron.menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => sendCommand('save-as') },
      { id: 'save-copy', label: t('electron.menu.saveCopy'), click: () => sendCommand('save-copy') },
      { type: 'separator' },
      { id: 'import', label: t('electron.menu.import'), accelerator: 'CmdOrCtrl+I', click: () => sendCommand('import') },
      { type: 'separator' },
      { id: 'back-up-now', label: t('electron.menu.backUpNow'), click: () => sendCommand('back-up-now') },
      { id: 'restore-backup', label: t('electron.menu.restoreBackup'), click: () => sendCommand('restore-backup') },
      { type: 'separator' },
      { id: 'quit', label: t('electron.menu.quit'), role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('electron.menu.edit'),
    submenu: [
      { id: 'undo', label: t('electron.menu.undo'), accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => sendCommand('undo') },
      { id: 'redo', label: t('electron.menu.redo'), accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => sendCommand('redo') },
      { type: 'separator' },
      { label: t('electron.menu.cut'), role: 'cut' },
      { label: t('electron.menu.copy'), role: 'copy' },
      { label: t('electron.menu.paste'), role: 'paste' },
      { label: t('electron.menu.selectAll'), role: 'selectAll' },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = isDevelopment
    ? [{ label: t('electron.menu.toggleDevTools'), role: 'toggleDevTools' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t('electron.menu.view'),
    submenu: [
      { label: t('electron.menu.reload'), role: 'reload' },
      ...developerItems,
      { type: 'separator' },
      { label: t('electron.menu.resetZoom'), role: 'resetZoom' },
      { label: t('electron.menu.zoomIn'), role: 'zoomIn' },
      { label: t('electron.menu.zoomOut'), role: 'zoomOut' },
      { type: 'separator' },
      { label: t('electron.menu.fullscreen'), role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('electron.menu.help'),
    role: 'help',
    submenu: [{ id: 'about', label: t('electron.menu.about'), click: () => sendCommand('about') }],
  };
  // macOS puts Quit and About under the application's own menu, first in the bar.
  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: t('app.name'),
          submenu: [
            { label: t('electron.menu.about'), click: () => sendCommand('about') },
            { type: 'separator' },
            { label: t('electron.menu.quit'), role: 'quit' },
          ],
        },
      ]
    : [];
  return [...macApp, file, edit, view, help];
};
