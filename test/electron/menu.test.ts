// The native menu template: File, Edit, View, Help with the required items; app commands reach the renderer;
// developer tools only when unpackaged; macOS gets its application menu first.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand, RecentProjectFile } from '../../shared/platform/bridge.ts';
import type { Locale } from '../../shared/i18n/translate.ts';
import { buildMenuTemplate } from '../../electron/menu.ts';

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

/** Electron passes (menuItem, window, event) to click; the template's handlers use none of them. */
const click = (item: MenuItemConstructorOptions | undefined): void => {
  if (typeof item?.click === 'function') Reflect.apply(item.click, undefined, []);
};

const build = (isDevelopment: boolean, isMac = false, recentFiles: RecentProjectFile[] = [], locale: Locale = 'en') => {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const template = buildMenuTemplate({
    isDevelopment,
    isMac,
    sendCommand: (command) => sent.push(command),
    recentFiles,
    openRecent: (path) => opened.push(path),
    locale,
  });
  const menu = (label: string) => submenuOf(template.find((item) => item.label === label));
  return { template, sent, opened, menu };
};

const recent = (path: string): RecentProjectFile => ({ path, fileName: path.split('/').at(-1) ?? path, openedAt: '2026-03-01T09:00:00.000Z' });

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus in that order', () => {
    expect(build(false).template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File offers the project-file, import and backup commands and Quit; each command is sent to the renderer', () => {
    const { menu, sent } = build(false);
    const file = menu('File');
    expect(file.filter((item) => item.type !== 'separator').map((item) => item.label)).toEqual([
      'New project…',
      'Open project file…',
      'Open recent',
      'Save as…',
      'Save a copy…',
      'Import…',
      'Back up now',
      'Restore from backup…',
      'Quit',
    ]);
    expect(file.find((item) => item.label === 'Quit')?.role).toBe('quit');
    expect(file.find((item) => item.id === 'open-project-file')?.accelerator).toBe('CmdOrCtrl+O');
    expect(file.find((item) => item.id === 'save-as')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    for (const item of file) click(item);
    expect(sent).toEqual(['new-project', 'open-project-file', 'save-as', 'save-copy', 'import', 'back-up-now', 'restore-backup']);
  });

  it('Open recent lists the recent files, newest first, each opening its path; nothing to open says so', () => {
    const files = [recent('/studies/Kendang.caseweave'), recent('/studies/2025/Tenun.caseweave'), recent('/old/Tenun.caseweave'), recent('/x/R&D.caseweave')];
    const { menu, opened } = build(false, false, files);
    const items = submenuOf(menu('File').find((item) => item.id === 'open-recent'));
    expect(items.map((item) => item.label)).toEqual([
      'Kendang.caseweave',
      'Tenun.caseweave — /studies/2025/Tenun.caseweave',
      'Tenun.caseweave — /old/Tenun.caseweave',
      'R&&D.caseweave',
    ]);
    items.forEach(click);
    expect(opened).toEqual(files.map((file) => file.path));
    const empty = submenuOf(build(false).menu('File').find((item) => item.id === 'open-recent'));
    expect(empty.map((item) => [item.label, item.enabled])).toEqual([['No recent files', false]]);
  });

  it('Edit sends Undo and Redo to the renderer (the session undo) and keeps the clipboard roles', () => {
    const { menu, sent } = build(false);
    const edit = menu('Edit');
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    const undo = edit.find((item) => item.label === 'Undo');
    const redo = edit.find((item) => item.label === 'Redo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    // Shown, not registered: the key press must reach the page, which decides between a text field and the session.
    expect(undo?.registerAccelerator).toBe(false);
    expect(redo?.registerAccelerator).toBe(false);
    for (const item of [undo, redo]) if (item) click(item);
    expect(sent).toEqual(['undo', 'redo']);
  });

  it('View offers developer tools only in development', () => {
    const packaged = build(false).menu('View').map((item) => item.role);
    const development = build(true).menu('View').map((item) => item.role);
    expect(packaged).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(packaged).not.toContain('toggleDevTools');
    expect(development).toContain('toggleDevTools');
  });

  it('Help → About Caseweave asks the renderer for the about box', () => {
    const { menu, sent } = build(false);
    const about = menu('Help').find((item) => item.label === 'About Caseweave');
    click(about);
    expect(sent).toEqual(['about']);
  });

  it('puts the application menu first on macOS', () => {
    expect(build(false, true).template.map((item) => item.label)).toEqual(['Caseweave', 'File', 'Edit', 'View', 'Help']);
  });
});
