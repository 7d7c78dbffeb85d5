// The Electron menu's commands reach the renderer through the preload bridge. The bridge is stood in for here by an
// object of the same shape (the real one is tested in test/electron); the renderer that answers is the real app.
import { expect, test } from '@playwright/test';
import type { CaseweaveBridge, MenuCommand } from '../../shared/platform/bridge.ts';
import { CodesPage } from './pages/codesPage.ts';
import { WorkbenchPage } from './pages/WorkbenchPage.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const listeners: ((command: MenuCommand) => void)[] = [];
    // Typed as the real bridge, so a change to CaseweaveBridge breaks this stand-in's typecheck, not the test's run.
    const bridge: CaseweaveBridge = {
      chooseImportFiles: async () => [],
      saveFile: async () => ({ saved: false }),
      printReportPdf: async () => new Uint8Array(0),
      openSavedFile: async () => undefined,
      chooseProjectFileToOpen: async () => null,
      openRecentProjectFile: async () => {
        throw new Error('no recent files in this stand-in');
      },
      chooseProjectFileToSave: async () => null,
      writeProjectFile: async () => {
        throw new Error('no project files in this stand-in');
      },
      releaseProjectFile: async () => undefined,
      recentProjectFiles: async () => [],
      writeBackup: async (request) => ({
        fileName: 'backup.caseweave',
        projectId: request.projectId,
        projectName: request.projectName,
        savedAt: new Date().toISOString(),
        sizeBytes: request.bytes.byteLength,
      }),
      listBackups: async () => ({ folder: '/home/researcher/.config/Caseweave/backups', backups: [] }),
      readBackup: async () => {
        throw new Error('no backups in this stand-in');
      },
      setWindowTitle: async () => undefined,
      readyToClose: async () => undefined,
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
    Reflect.set(globalThis, '__sendMenuCommand', (command: MenuCommand) => listeners.forEach((listener) => listener(command)));
  });
});

const sendMenuCommand = (page: import('@playwright/test').Page, command: MenuCommand) =>
  page.evaluate((name) => (Reflect.get(globalThis, '__sendMenuCommand') as (command: MenuCommand) => void)(name), command);

test('Edit → Undo and Redo undo the session’s last action, and Help → About opens the about screen', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  const codes = new CodesPage(page);
  await codes.open();
  const confirm = await codes.askToDelete('Training');
  await confirm.getByRole('button', { name: 'Delete code' }).click();
  await expect(codes.row('Training')).toBeHidden();

  await sendMenuCommand(page, 'undo');
  await expect(codes.row('Training')).toBeVisible();
  await sendMenuCommand(page, 'redo');
  await expect(codes.row('Training')).toBeHidden();
  await sendMenuCommand(page, 'undo');
  await expect(codes.row('Training')).toBeVisible();

  // In a text field the menu undoes the typing, not the session's last action.
  await codes.select('Mentoring');
  const definition = codes.detailField('Definition');
  const before = await definition.inputValue();
  await definition.click();
  await definition.press('End');
  await page.keyboard.insertText(' Draft note');
  await expect(definition).toHaveValue(`${before} Draft note`);
  await sendMenuCommand(page, 'undo');
  await expect(definition).toHaveValue(before);
  await expect(codes.row('Training')).toBeVisible();

  await sendMenuCommand(page, 'about');
  await expect(page.getByTestId('data-location')).toContainText('/home/researcher/.config/Caseweave');
});
