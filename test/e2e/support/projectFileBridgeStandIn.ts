// A stand-in for Electron's preload bridge whose disk is the page's memory: enough of main's project-file behaviour
// (granted paths from its dialogs, writes, a file another holder has locked coming back read-only, the recent list,
// backups, the close handshake) for the renderer's Electron path to run in Chromium. It records the calls in order,
// and lets a test answer the dialogs and send native menu commands. The real main process is tested in test/electron.
import type { Page } from '@playwright/test';
import type { BackupEntry, CaseweaveBridge, MenuCommand, RecentProjectFile } from '../../../shared/platform/bridge.ts';

/** What the stand-in's dialogs answer next, and which files another holder has locked (path → who). */
export type StandInAnswers = { open?: string; save?: string; locked?: Record<string, string> };

export const installProjectFileBridgeStandIn = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const listeners: ((command: MenuCommand) => void)[] = [];
    const disk = new Map<string, Uint8Array>();
    const recent: RecentProjectFile[] = [];
    const backups = new Map<string, { entry: BackupEntry; bytes: Uint8Array }>();
    const calls: string[] = [];
    const answers: StandInAnswers = {};
    const nameOf = (path: string) => path.split('/').pop() ?? path;
    const remember = (path: string) => {
      const at = recent.findIndex((file) => file.path === path);
      if (at >= 0) recent.splice(at, 1);
      recent.unshift({ path, fileName: nameOf(path), openedAt: new Date().toISOString() });
    };
    const opened = (path: string) => {
      const bytes = disk.get(path);
      if (bytes === undefined) throw new Error(`${nameOf(path)}: the file no longer exists`);
      const lockedBy = answers.locked?.[path];
      calls.push(`open ${nameOf(path)}${lockedBy === undefined ? '' : ' read-only'}`);
      if (lockedBy === undefined) remember(path);
      return { path, fileName: nameOf(path), bytes: bytes.slice(), readOnly: lockedBy !== undefined, ...(lockedBy === undefined ? {} : { lockedBy }) };
    };
    const bridge: CaseweaveBridge = {
      chooseImportFiles: async () => [],
      saveFile: async () => ({ saved: false }),
      printReportPdf: async () => new Uint8Array(0),
      openSavedFile: async () => undefined,
      chooseProjectFileToOpen: async () => {
        const path = answers.open;
        answers.open = undefined;
        return path === undefined ? null : opened(path);
      },
      openRecentProjectFile: async (path) => opened(path),
      chooseProjectFileToSave: async () => {
        const path = answers.save ?? null;
        answers.save = undefined;
        return path;
      },
      writeProjectFile: async ({ path, bytes, link }) => {
        if (answers.locked?.[path] !== undefined) throw new Error(`${nameOf(path)} is open elsewhere (${answers.locked[path]})`);
        disk.set(path, bytes.slice());
        calls.push(`write ${nameOf(path)}${link ? '' : ' (copy)'}`);
        if (link) remember(path);
        return { path, fileName: nameOf(path), savedAt: new Date().toISOString(), sizeBytes: bytes.length };
      },
      releaseProjectFile: async (path) => {
        calls.push(`release ${nameOf(path)}`);
      },
      recentProjectFiles: async () => [...recent],
      writeBackup: async ({ projectId, projectName, bytes }) => {
        const savedAt = new Date().toISOString();
        const entry = { fileName: `${projectName}.${projectId}.${backups.size}.caseweave`, projectId, projectName, savedAt, sizeBytes: bytes.length };
        backups.set(entry.fileName, { entry, bytes: bytes.slice() });
        calls.push('backup');
        return entry;
      },
      listBackups: async () => ({ folder: '/backups', backups: [...backups.values()].map((backup) => backup.entry) }),
      readBackup: async (fileName) => backups.get(fileName)?.bytes ?? new Uint8Array(0),
      setWindowTitle: async (title) => {
        calls.push(`title ${title}`);
      },
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
    Reflect.set(globalThis, '__standIn', {
      send: (command: MenuCommand) => [...listeners].forEach((listener) => listener(command)),
      answer: (next: StandInAnswers) => Object.assign(answers, next),
      calls,
    });
  });
};

type StandIn = { send: (command: MenuCommand) => void; answer: (next: StandInAnswers) => void; calls: string[] };

export const sendNativeCommand = (page: Page, command: MenuCommand): Promise<void> =>
  page.evaluate((name) => {
    (Reflect.get(globalThis, '__standIn') as StandIn).send(name);
  }, command);

/** Sets what the native dialogs answer next, and which paths are locked by someone else. */
export const answerNativeDialogs = (page: Page, answers: StandInAnswers): Promise<void> =>
  page.evaluate((next) => {
    (Reflect.get(globalThis, '__standIn') as StandIn).answer(next);
  }, answers);

/** The stand-in's record of calls, in order ("write Study.caseweave", "release …", "title …", "readyToClose"). */
export const nativeCalls = (page: Page): Promise<string[]> => page.evaluate(() => [...(Reflect.get(globalThis, '__standIn') as StandIn).calls]);
