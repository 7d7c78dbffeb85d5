// Work that must finish before the window goes: autosave's last write, the closing backup. Electron asks first
// (the 'close-requested' menu command) and waits for readyToClose, so every task runs to its end; the browser
// gives no such pause, so at `pagehide` the tasks are started and get whatever time the page has left.
import type { CaseweaveBridge } from '../../shared/platform/bridge.ts';
import { readBridge } from './platform.ts';

export type CloseTask = () => Promise<unknown>;

const tasks = new Set<CloseTask>();

/** Registers work to finish before the window closes; returns the function that withdraws it. */
export const addCloseTask = (task: CloseTask): (() => void) => {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
};

/** Runs every task at once; one failing never keeps the others (or the window) waiting. */
export const runCloseTasks = async (): Promise<void> => {
  await Promise.allSettled([...tasks].map((task) => task()));
};

const answerCloseRequests = (bridge: CaseweaveBridge): (() => void) =>
  bridge.onMenuCommand((command) => {
    if (command !== 'close-requested') return;
    void runCloseTasks().finally(() => void bridge.readyToClose());
  });

/**
 * Answers the window's close for the app's lifetime: in Electron every close request, with readyToClose once the
 * tasks are done (also when there are none, or main would wait); in the browser every `pagehide`.
 */
export const watchWindowClose = (): (() => void) => {
  const bridge = readBridge();
  if (bridge !== null) return answerCloseRequests(bridge);
  const onPageHide = (): void => void runCloseTasks();
  globalThis.addEventListener('pagehide', onPageHide);
  return () => globalThis.removeEventListener('pagehide', onPageHide);
};
