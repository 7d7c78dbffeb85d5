// A stand-in for Electron's preload bridge whose backups folder lives in the page's memory: enough of main's
// behaviour (a file-name-safe name, list newest first, read by listed name) for the renderer's Electron path to run in Chromium. It
// records the backup and close calls in order, and lets a test send native menu commands. The real main process
// is tested in test/electron.
import type { Page } from '@playwright/test';
import type { BackupEntry, CaseweaveBridge, MenuCommand } from '../../../shared/platform/bridge.ts';

export const STAND_IN_BACKUPS_FOLDER = '/home/researcher/.config/Caseweave/backups';

export const installBackupBridgeStandIn = async (page: Page): Promise<void> => {
  await page.addInitScript((folder) => {
    const listeners: ((command: MenuCommand) => void)[] = [];
    const backups = new Map<string, { entry: BackupEntry; bytes: Uint8Array }>();
    const calls: string[] = [];
    const refuse = async (): Promise<never> => {
      throw new Error('not part of the backups stand-in');
    };
    // Typed as the real bridge, so a change to CaseweaveBridge breaks this stand-in's typecheck, not a test's run.
    const bridge: CaseweaveBridge = {
      chooseImportFiles: async () => [],
      saveFile: async () => ({ saved: false }),
      printReportPdf: async () => new Uint8Array(0),
      openSavedFile: async () => undefined,
      chooseProjectFileToOpen: async () => null,
      openRecentProjectFile: refuse,
      chooseProjectFileToSave: async () => null,
      writeProjectFile: refuse,
      releaseProjectFile: async () => undefined,
      recentProjectFiles: async () => [],
      writeBackup: async ({ projectId, projectName, bytes }) => {
        const savedAt = new Date(Date.now() + backups.size).toISOString();
        // Like main, the listing names the project in its file-name-safe form, not as the user wrote it.
        const safeName = projectName.replace(/[^\p{L}\p{N}_ -]+/gu, '-');
        const entry = { fileName: `${safeName}.${projectId}.${savedAt.replace(/[:.]/g, '-')}.caseweave`, projectId, projectName: safeName, savedAt, sizeBytes: bytes.byteLength };
        backups.set(entry.fileName, { entry, bytes: bytes.slice() });
        calls.push(`writeBackup ${String.fromCharCode(bytes[0], bytes[1])}`);
        return entry;
      },
      listBackups: async () => ({ folder, backups: [...backups.values()].map((backup) => backup.entry).reverse() }),
      readBackup: async (fileName) => {
        calls.push('readBackup');
        const backup = backups.get(fileName);
        if (backup === undefined) throw new Error(`${fileName} is not in the listing`);
        return backup.bytes;
      },
      setWindowTitle: async () => undefined,
      readyToClose: async () => {
        calls.push('readyToClose');
      },
      appInfo: async () => ({ version: '0.1.0', platform: 'linux', dataLocation: '/home/researcher/.config/Caseweave' }),
      setUiLocale: async () => undefined,
      onMenuCommand: (listener) => {
        listeners.push(listener);
        return () => {
          listeners.splice(listeners.indexOf(listener), 1);
        };
      },
      onRecentProjectFileChosen: () => () => undefined,
    };
    Reflect.set(globalThis, 'caseweave', bridge);
    Reflect.set(globalThis, '__sendMenuCommand', (command: MenuCommand) => [...listeners].forEach((listener) => listener(command)));
    Reflect.set(globalThis, '__bridgeCalls', calls);
  }, STAND_IN_BACKUPS_FOLDER);
};

export const sendMenuCommand = (page: Page, command: MenuCommand): Promise<void> =>
  page.evaluate((name) => {
    const send: unknown = Reflect.get(globalThis, '__sendMenuCommand');
    if (typeof send === 'function') send(name);
  }, command);

/** The stand-in's record of backup and close calls, in order ("writeBackup PK" names the bytes' first two). */
export const bridgeCalls = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const calls: unknown = Reflect.get(globalThis, '__bridgeCalls');
    return Array.isArray(calls) ? calls.map(String) : [];
  });
