// Closing the window: Electron's close request is answered with readyToClose only after every close task ended.
import { afterEach, describe, expect, it } from 'vitest';
import { addCloseTask, watchWindowClose } from '../../../../renderer/platform/closeTasks.ts';
import type { MenuCommand } from '../../../../shared/platform/bridge.ts';

/** The part of the preload bridge closing uses, recording what the renderer answered. */
const installBridge = () => {
  const listeners = new Set<(command: MenuCommand) => void>();
  const answers: string[] = [];
  let answered: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (answered = resolve));
  Reflect.set(globalThis, 'caseweave', {
    chooseImportFiles: async () => [],
    appInfo: async () => ({ version: '0', platform: 'test', dataLocation: '/tmp' }),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readyToClose: async () => {
      answers.push('readyToClose');
      answered();
    },
  });
  return { send: (command: MenuCommand) => listeners.forEach((listener) => listener(command)), answers, ready, listeners };
};

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'caseweave');
});

describe('window close', () => {
  it('answers a close request once every task has finished, a failing one included', async () => {
    const bridge = installBridge();
    const stop = watchWindowClose();
    let finishBackup: () => void = () => undefined;
    const backup = new Promise<void>((resolve) => (finishBackup = resolve));
    const withdrawBackup = addCloseTask(async () => {
      await backup;
      bridge.answers.push('backup');
    });
    const withdrawAutosave = addCloseTask(async () => {
      throw new Error('disk full');
    });

    bridge.send('undo');
    bridge.send('close-requested');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bridge.answers).toEqual([]);
    finishBackup();
    await bridge.ready;
    expect(bridge.answers).toEqual(['backup', 'readyToClose']);

    withdrawBackup();
    withdrawAutosave();
    stop();
    expect(bridge.listeners.size).toBe(0);
  });

  it('answers at once when nothing is open', async () => {
    const bridge = installBridge();
    const stop = watchWindowClose();
    bridge.send('close-requested');
    await bridge.ready;
    expect(bridge.answers).toEqual(['readyToClose']);
    stop();
  });
});
