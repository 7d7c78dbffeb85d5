// The native menu template: File, Edit, View, Help with the required items; app commands reach the renderer;
// developer tools only when unpackaged; macOS gets its application menu first.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/platform/bridge.ts';
import { buildMenuTemplate } from '../../electron/menu.ts';

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

/** Electron passes (menuItem, window, event) to click; the template's handlers use none of them. */
const click = (item: MenuItemConstructorOptions | undefined): void => {
  if (typeof item?.click === 'function') Reflect.apply(item.click, undefined, []);
};

const build = (isDevelopment: boolean, isMac = false) => {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ isDevelopment, isMac, sendCommand: (command) => sent.push(command) });
  const menu = (label: string) => submenuOf(template.find((item) => item.label === label));
  return { template, sent, menu };
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus in that order', () => {
    expect(build(false).template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File offers New project, Import… and Quit; the first two are sent to the renderer', () => {
    const { menu, sent } = build(false);
    const file = menu('File');
    expect(file.filter((item) => item.type !== 'separator').map((item) => item.label)).toEqual(['New project', 'Import…', 'Quit']);
    expect(file.find((item) => item.label === 'Quit')?.role).toBe('quit');
    for (const item of file) click(item);
    expect(sent).toEqual(['new-project', 'import']);
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
