// Wires the bridge's channels to their handlers in main: every call is first checked for its sender, then its
// arguments are validated, and only then does the handler run. Electron's ipcMain is passed in, so tests use a fake.
import { BRIDGE_CHANNELS, type BackupRequest, type SaveFileRequest } from '../../shared/platform/bridge.ts';
import { t } from '../../shared/i18n/translate.ts';
import { isTrustedSender } from './trustedSender.ts';
import { IpcArgumentError, expectNoArguments, parseBackupRequest, parseSaveFileRequest } from './validateArguments.ts';

/** The part of an IPC event main looks at; Electron's IpcMainInvokeEvent has this shape. */
export type InvokeEvent = { senderFrame: { url: string } | null };

/** Electron's ipcMain satisfies this; so does a test's fake. */
export type InvokeRegistrar<E extends InvokeEvent> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
};

export type BridgeHandlers = {
  chooseImportFiles: () => Promise<unknown>;
  saveFile: (request: SaveFileRequest) => Promise<unknown>;
  writeBackup: (request: BackupRequest) => Promise<unknown>;
  appInfo: () => Promise<unknown>;
};

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
  const guard =
    (channel: string, run: (args: unknown[]) => Promise<unknown>) =>
    async (event: E, ...args: unknown[]): Promise<unknown> => {
      if (!isTrustedSender(event.senderFrame?.url) || !isTrustedEvent(event)) {
        throw new UntrustedSenderError(t('electron.ipc.untrustedSender', { channel, origin: senderOrigin(event) }));
      }
      return run(args);
    };

  const single = (channel: string, args: unknown[]): unknown => {
    if (args.length !== 1) throw new IpcArgumentError(t('electron.ipc.expectedOneArgument', { channel, count: args.length }));
    return args[0];
  };

  registrar.handle(
    BRIDGE_CHANNELS.chooseImportFiles,
    guard(BRIDGE_CHANNELS.chooseImportFiles, (args) => {
      expectNoArguments(BRIDGE_CHANNELS.chooseImportFiles, args);
      return handlers.chooseImportFiles();
    }),
  );
  registrar.handle(
    BRIDGE_CHANNELS.saveFile,
    guard(BRIDGE_CHANNELS.saveFile, (args) =>
      handlers.saveFile(parseSaveFileRequest(BRIDGE_CHANNELS.saveFile, single(BRIDGE_CHANNELS.saveFile, args))),
    ),
  );
  registrar.handle(
    BRIDGE_CHANNELS.writeBackup,
    guard(BRIDGE_CHANNELS.writeBackup, (args) =>
      handlers.writeBackup(parseBackupRequest(BRIDGE_CHANNELS.writeBackup, single(BRIDGE_CHANNELS.writeBackup, args))),
    ),
  );
  registrar.handle(
    BRIDGE_CHANNELS.appInfo,
    guard(BRIDGE_CHANNELS.appInfo, (args) => {
      expectNoArguments(BRIDGE_CHANNELS.appInfo, args);
      return handlers.appInfo();
    }),
  );
};
