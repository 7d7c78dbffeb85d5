// Wires the bridge's channels to their handlers in main: every call is first checked for its sender, then its
// arguments are validated, and only then does the handler run. Electron's ipcMain is passed in, so tests use a fake.
import { BRIDGE_CHANNELS, type CaseweaveBridge } from '../../shared/platform/bridge.ts';
import { t } from '../../shared/i18n/translate.ts';
import { isTrustedSender } from './trustedSender.ts';
import {
  IpcArgumentError,
  expectNoArguments,
  parseBackupFileName,
  parseBackupRequest,
  parsePath,
  parseProjectFileWrite,
  parseReportHtml,
  parseSaveFileRequest,
  parseSuggestedName,
  parseUiLocale,
  parseWindowTitle,
} from './validateArguments.ts';

/** The part of an IPC event main looks at; Electron's IpcMainInvokeEvent has this shape. */
export type InvokeEvent = { senderFrame: { url: string } | null };

/** Electron's ipcMain satisfies this; so does a test's fake. */
export type InvokeRegistrar<E extends InvokeEvent> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
};

/** The bridge methods the renderer calls through invoke; the `on…` methods listen to main pushing instead. */
export type InvokedBridgeMethod = Exclude<keyof CaseweaveBridge, `on${string}`>;

/**
 * Main's handlers have exactly the signatures of the bridge methods they serve: a reply that no longer matches what
 * the renderer expects (shared/platform/bridge.ts) fails the typecheck instead of reaching the renderer.
 */
export type BridgeHandlers = Pick<CaseweaveBridge, InvokedBridgeMethod>;

type BridgeReply<M extends InvokedBridgeMethod> = ReturnType<CaseweaveBridge[M]>;

export class UntrustedSenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UntrustedSenderError';
  }
}

const senderOrigin = (event: InvokeEvent): string => {
  const url = event.senderFrame?.url;
  if (url === undefined || url === '') return 'no frame';
  try {
    return new URL(url).origin;
  } catch {
    return 'unknown origin';
  }
};

/**
 * Registers one handler per bridge channel. `isTrustedEvent` may add checks (e.g. that the sender is the main
 * window's webContents); the frame's origin is always checked as well.
 */
export const registerBridgeHandlers = <E extends InvokeEvent>(
  registrar: InvokeRegistrar<E>,
  handlers: BridgeHandlers,
  isTrustedEvent: (event: E) => boolean = () => true,
): void => {
  /** Serves one bridge method on its channel: the sender is checked first, then `run` validates the arguments and replies. */
  const serve = <M extends InvokedBridgeMethod>(method: M, run: (channel: string, args: unknown[]) => BridgeReply<M>): void => {
    const channel = BRIDGE_CHANNELS[method];
    registrar.handle(channel, async (event: E, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url) || !isTrustedEvent(event)) {
        throw new UntrustedSenderError(t('electron.ipc.untrustedSender', { channel, origin: senderOrigin(event) }));
      }
      return run(channel, args);
    });
  };

  const single = (channel: string, args: unknown[]): unknown => {
    if (args.length !== 1) throw new IpcArgumentError(t('electron.ipc.expectedOneArgument', { channel, count: args.length }));
    return args[0];
  };

  /** For the methods that take nothing. */
  const bare = <M extends InvokedBridgeMethod>(method: M, run: () => BridgeReply<M>): void =>
    serve(method, (channel, args) => {
      expectNoArguments(channel, args);
      return run();
    });

  bare('chooseImportFiles', () => handlers.chooseImportFiles());
  serve('saveFile', (channel, args) => handlers.saveFile(parseSaveFileRequest(channel, single(channel, args))));
  serve('printReportPdf', (channel, args) => handlers.printReportPdf(parseReportHtml(channel, single(channel, args))));
  serve('openSavedFile', (channel, args) => handlers.openSavedFile(parsePath(channel, single(channel, args))));
  bare('chooseProjectFileToOpen', () => handlers.chooseProjectFileToOpen());
  serve('openRecentProjectFile', (channel, args) => handlers.openRecentProjectFile(parsePath(channel, single(channel, args))));
  serve('chooseProjectFileToSave', (channel, args) => handlers.chooseProjectFileToSave(parseSuggestedName(channel, single(channel, args))));
  serve('writeProjectFile', (channel, args) => handlers.writeProjectFile(parseProjectFileWrite(channel, single(channel, args))));
  serve('releaseProjectFile', (channel, args) => handlers.releaseProjectFile(parsePath(channel, single(channel, args))));
  bare('recentProjectFiles', () => handlers.recentProjectFiles());
  serve('writeBackup', (channel, args) => handlers.writeBackup(parseBackupRequest(channel, single(channel, args))));
  bare('listBackups', () => handlers.listBackups());
  serve('readBackup', (channel, args) => handlers.readBackup(parseBackupFileName(channel, single(channel, args))));
  serve('setWindowTitle', (channel, args) => handlers.setWindowTitle(parseWindowTitle(channel, single(channel, args))));
  bare('readyToClose', () => handlers.readyToClose());
  bare('appInfo', () => handlers.appInfo());
  serve('setUiLocale', (channel, args) => handlers.setUiLocale(parseUiLocale(channel, single(channel, args))));
};
