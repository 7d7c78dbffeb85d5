// The UI language in main: the menu template in Indonesian, the setUiLocale IPC refusing anything but a shipped
// locale, and the choice remembered in the data folder's JSON for the next start (the system's language otherwise).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu.ts';
import { registerBridgeHandlers, type BridgeHandlers, type InvokeEvent } from '../../electron/ipc/registerBridgeHandlers.ts';
import { createUiLocale, parseSavedUiLocale } from '../../electron/ipc/uiLocale.ts';
import { getLocale, setLocale, type Locale } from '../../shared/i18n/translate.ts';
import { BRIDGE_CHANNELS } from '../../shared/platform/bridge.ts';

afterEach(() => setLocale('en'));

const labelsOf = (items: readonly MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(typeof item.label === 'string' ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labelsOf(item.submenu) : []),
  ]);

const template = (locale: Locale, isMac = false) =>
  buildMenuTemplate({ isDevelopment: true, isMac, sendCommand: () => undefined, recentFiles: [], openRecent: () => undefined, locale });

describe('the application menu in Indonesian', () => {
  it('labels the menus and their items in Indonesian, none left in English', () => {
    const menus = template('id');
    expect(menus.map((item) => item.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const english = new Set(labelsOf(template('en')));
    const labels = labelsOf(menus);
    expect(labels).toContain('Proyek baru…');
    expect(labels).toContain('Tidak ada berkas terbaru');
    // Every label differs from its English one ("Caseweave" itself only appears inside "Tentang Caseweave").
    expect(labels.filter((label) => english.has(label))).toEqual([]);
  });

  it('keeps the same commands, accelerators and roles in either language', () => {
    const strip = (items: readonly MenuItemConstructorOptions[]): unknown[] =>
      items.map((item) => ({ id: item.id, role: item.role, accelerator: item.accelerator, submenu: Array.isArray(item.submenu) ? strip(item.submenu) : null }));
    expect(strip(template('id', true))).toEqual(strip(template('en', true)));
  });

  it('builds the menu in the language asked for, whatever main\'s own locale is', () => {
    setLocale('id');
    expect(template('en').map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

const wireSetUiLocale = () => {
  const chosen: Locale[] = [];
  const listeners = new Map<string, Listener>();
  const handlers: Pick<BridgeHandlers, 'setUiLocale'> = { setUiLocale: async (locale) => void chosen.push(locale) };
  const unused = async (): Promise<never> => {
    throw new Error('not called in this test');
  };
  const all: BridgeHandlers = {
    chooseImportFiles: unused, saveFile: unused, printReportPdf: unused, openSavedFile: unused, chooseProjectFileToOpen: unused,
    openRecentProjectFile: unused, chooseProjectFileToSave: unused, writeProjectFile: unused, releaseProjectFile: unused,
    recentProjectFiles: unused, writeBackup: unused, listBackups: unused, readBackup: unused, setWindowTitle: unused,
    readyToClose: unused, appInfo: unused, ...handlers,
  };
  registerBridgeHandlers({ handle: (channel: string, listener: Listener) => listeners.set(channel, listener) }, all);
  const invoke = (...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(BRIDGE_CHANNELS.setUiLocale);
    if (listener === undefined) throw new Error('setUiLocale is not served');
    return listener({ senderFrame: { url: 'app://caseweave/index.html' } }, ...args);
  };
  return { chosen, invoke };
};

describe('setUiLocale over IPC', () => {
  it('passes a shipped locale on', async () => {
    const { chosen, invoke } = wireSetUiLocale();
    await invoke('id');
    await invoke('en');
    expect(chosen).toEqual(['id', 'en']);
  });

  it.each([['fr'], ['ID'], ['id-ID'], [''], ['../../etc/passwd'], [42], [null], [{ locale: 'id' }], [['id']]])(
    'refuses %j with a message naming the channel and the choices',
    async (value) => {
      const { chosen, invoke } = wireSetUiLocale();
      await expect(invoke(value)).rejects.toThrow(/caseweave:set-ui-locale: the language must be one of en, id/);
      expect(chosen).toEqual([]);
    },
  );

  it('refuses a call without the locale or with more', async () => {
    const { chosen, invoke } = wireSetUiLocale();
    await expect(invoke()).rejects.toThrow('takes exactly one argument, got 0');
    await expect(invoke('id', 'en')).rejects.toThrow('got 2');
    expect(chosen).toEqual([]);
  });
});

describe('the remembered UI language', () => {
  let folder = '';
  afterEach(async () => {
    if (folder !== '') await rm(folder, { recursive: true, force: true });
    folder = '';
  });

  const store = async (systemLanguages: readonly string[]) => {
    folder = folder === '' ? await mkdtemp(path.join(tmpdir(), 'caseweave-locale-')) : folder;
    const rebuilt: Locale[] = [];
    const settingsFile = path.join(folder, 'ui-locale.json');
    const uiLocale = createUiLocale({
      settingsFile,
      readFile: (file) => readFile(file, 'utf8'),
      writeFile: (file, text) => writeFile(file, text),
      systemLanguages: () => systemLanguages,
      changed: (locale) => rebuilt.push(locale),
    });
    return { uiLocale, rebuilt, settingsFile };
  };

  it('starts in the system language when nothing was saved, then in the saved choice after a restart', async () => {
    const first = await store(['id-ID', 'en-US']);
    expect(await first.uiLocale.load()).toBe('id');
    expect(getLocale()).toBe('id');
    await first.uiLocale.choose('en');
    expect(first.rebuilt).toEqual(['en']);
    expect(JSON.parse(await readFile(first.settingsFile, 'utf8'))).toEqual({ locale: 'en' });

    const restarted = await store(['id-ID']);
    expect(await restarted.uiLocale.load()).toBe('en');
    await restarted.uiLocale.choose('id');
    expect(getLocale()).toBe('id');
    await expect((await store(['en-GB'])).uiLocale.load()).resolves.toBe('id');
  });

  it('does not rebuild the menu when the language did not change', async () => {
    const { uiLocale, rebuilt } = await store(['de-DE']);
    expect(await uiLocale.load()).toBe('en');
    await uiLocale.choose('en');
    expect(rebuilt).toEqual([]);
  });

  it('reads a damaged or foreign file as no choice', () => {
    expect(parseSavedUiLocale('')).toBeNull();
    expect(parseSavedUiLocale('{"locale":"fr"}')).toBeNull();
    expect(parseSavedUiLocale('["id"]')).toBeNull();
    expect(parseSavedUiLocale('{"locale":"id"}')).toBe('id');
  });
});
