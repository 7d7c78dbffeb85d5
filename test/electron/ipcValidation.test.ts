// IPC argument validation and the sender check, through the same registration main uses, with a fake ipcMain:
// bad shapes are refused with messages naming channel and field, calls from outside app://caseweave are refused.
import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, type AppInfo, type BackupRequest, type SaveFileRequest } from '../../shared/platform/bridge.ts';
import { isTrustedSender } from '../../electron/ipc/trustedSender.ts';
import { registerBridgeHandlers, type BridgeHandlers, type InvokeEvent } from '../../electron/ipc/registerBridgeHandlers.ts';
import { MAX_WRITE_BYTES, parseBackupRequest, parseSaveFileRequest } from '../../electron/ipc/validateArguments.ts';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

const appInfoReply: AppInfo = { version: '0.1.0', platform: 'linux', dataLocation: '/data' };

// Typecheck only: main's handlers are typed by the bridge methods they serve, so a reply the renderer would not
// understand does not compile (`npm test` runs tsc over the tests).
const _replyOfTheWrongShape: Pick<BridgeHandlers, 'appInfo' | 'writeBackup'> = {
  // @ts-expect-error CaseweaveBridge.appInfo resolves to an AppInfo
  appInfo: async () => ({ version: 1 }),
  // @ts-expect-error CaseweaveBridge.writeBackup resolves to the backup's path
  writeBackup: async () => ({ path: '/backups/x.qdpx' }),
};

const wire = () => {
  const listeners = new Map<string, Listener>();
  const calls: { channel: string; request?: unknown }[] = [];
  registerBridgeHandlers(
    { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) },
    {
      chooseImportFiles: async () => {
        calls.push({ channel: 'chooseImportFiles' });
        return [];
      },
      saveFile: async (request: SaveFileRequest) => {
        calls.push({ channel: 'saveFile', request });
        return { saved: false };
      },
      writeBackup: async (request: BackupRequest) => {
        calls.push({ channel: 'writeBackup', request });
        return '/backups/x.qdpx';
      },
      appInfo: async () => appInfoReply,
    },
  );
  const invoke = (channel: string, frameUrl: string | null, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
  };
  return { listeners, calls, invoke };
};

const app = 'app://caseweave/index.html';
const validSave = { suggestedName: 'codebook.csv', bytes: new Uint8Array([1, 2, 3]), filters: [{ name: 'CSV', extensions: ['csv'] }] };

describe('isTrustedSender', () => {
  it('trusts only frames on app://caseweave', () => {
    expect(isTrustedSender('app://caseweave/index.html')).toBe(true);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('file:///tmp/index.html')).toBe(false);
    expect(isTrustedSender('app://caseweave.evil/')).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('registerBridgeHandlers', () => {
  it('registers exactly one handler per invoke channel', () => {
    const { listeners } = wire();
    expect([...listeners.keys()].sort()).toEqual(
      [BRIDGE_CHANNELS.appInfo, BRIDGE_CHANNELS.chooseImportFiles, BRIDGE_CHANNELS.saveFile, BRIDGE_CHANNELS.writeBackup].sort(),
    );
  });

  it('serves a valid call from the app window', async () => {
    const { invoke, calls } = wire();
    await expect(invoke(BRIDGE_CHANNELS.saveFile, app, validSave)).resolves.toEqual({ saved: false });
    await expect(invoke(BRIDGE_CHANNELS.appInfo, app)).resolves.toMatchObject({ version: '0.1.0' });
    expect(calls).toEqual([{ channel: 'saveFile', request: validSave }]);
  });

  it.each([['https://evil.example/page'], ['file:///home/user/x.html'], [null]])(
    'refuses callers outside the app origin (%s) before running anything',
    async (frameUrl) => {
      const { invoke, calls } = wire();
      await expect(invoke(BRIDGE_CHANNELS.chooseImportFiles, frameUrl)).rejects.toThrow(/did not come from the Caseweave window/);
      await expect(invoke(BRIDGE_CHANNELS.writeBackup, frameUrl, { projectName: 'p', bytes: new Uint8Array(1) })).rejects.toThrow(
        /Refused caseweave:write-backup/,
      );
      expect(calls).toEqual([]);
    },
  );

  it('applies the extra trust check main adds (the sender must be the main window)', async () => {
    const listeners = new Map<string, Listener>();
    registerBridgeHandlers(
      { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) },
      { chooseImportFiles: async () => [], saveFile: async () => ({ saved: false }), writeBackup: async () => '', appInfo: async () => appInfoReply },
      () => false,
    );
    await expect(listeners.get(BRIDGE_CHANNELS.appInfo)?.({ senderFrame: { url: app } })).rejects.toThrow(/Refused/);
  });

  it('refuses arguments on channels that take none, and missing or extra arguments', async () => {
    const { invoke, calls } = wire();
    await expect(invoke(BRIDGE_CHANNELS.chooseImportFiles, app, '/etc/passwd')).rejects.toThrow(
      'caseweave:choose-import-files: takes no arguments, got 1.',
    );
    await expect(invoke(BRIDGE_CHANNELS.saveFile, app)).rejects.toThrow('takes exactly one argument, got 0');
    await expect(invoke(BRIDGE_CHANNELS.saveFile, app, validSave, validSave)).rejects.toThrow('got 2');
    expect(calls).toEqual([]);
  });
});

describe('parseSaveFileRequest', () => {
  const channel = BRIDGE_CHANNELS.saveFile;

  it('accepts a well-formed request and copies it', () => {
    const parsed = parseSaveFileRequest(channel, validSave);
    expect(parsed).toEqual(validSave);
    expect(parsed.filters).not.toBe(validSave.filters);
  });

  it.each<[string, unknown, RegExp]>([
    ['null', null, /expected an object with suggestedName, bytes, filters, got null/],
    ['a string', 'codebook.csv', /expected an object .* got text of 12 characters/],
    ['bytes as a plain array', { ...validSave, bytes: [1, 2, 3] }, /"bytes" must be a Uint8Array of bytes, got a list of 3/],
    ['bytes as text', { ...validSave, bytes: 'abc' }, /"bytes" must be a Uint8Array/],
    ['a path as the name', { ...validSave, suggestedName: '../../.bashrc' }, /"suggestedName" must be a file name without folders/],
    ['a Windows path as the name', { ...validSave, suggestedName: 'C:\\Windows\\x.csv' }, /must be a file name without folders/],
    ['an empty name', { ...validSave, suggestedName: '  ' }, /"suggestedName" must be a non-empty text/],
    ['a name with a NUL byte', { ...validSave, suggestedName: 'a\0.csv' }, /"suggestedName" must be a non-empty text/],
    ['a very long name', { ...validSave, suggestedName: `${'x'.repeat(300)}.csv` }, /at most 255 characters/],
    ['filters that are not a list', { ...validSave, filters: 'csv' }, /"filters" must be a list/],
    ['a filter with a bad extension', { ...validSave, filters: [{ name: 'CSV', extensions: ['.csv;rm'] }] }, /"filters" must be a list/],
    ['a filter with extra fields', { ...validSave, filters: [{ name: 'CSV', extensions: ['csv'], x: 1 }] }, /"filters"/],
    ['an unexpected field', { ...validSave, path: '/etc/passwd' }, /unexpected field "path"/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => parseSaveFileRequest(channel, value)).toThrow(message);
    expect(() => parseSaveFileRequest(channel, value)).toThrow(/^caseweave:save-file: /);
  });

  it('refuses payloads over the write limit without copying them', () => {
    const huge = { byteLength: MAX_WRITE_BYTES + 1 };
    // A stand-in that passes `instanceof Uint8Array` with a huge length, so the test need not allocate 1 GB.
    const fake: unknown = Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(() => parseSaveFileRequest(channel, { ...validSave, bytes: fake })).toThrow(/"bytes" is 1,025 MB; the limit is 1,024 MB/);
  });
});

describe('parseBackupRequest', () => {
  const channel = BRIDGE_CHANNELS.writeBackup;

  it('accepts a project name and bytes', () => {
    const request = { projectName: 'Kendang Jimbe', bytes: new Uint8Array([80, 75]) };
    expect(parseBackupRequest(channel, request)).toEqual(request);
  });

  it.each<[string, unknown, RegExp]>([
    ['undefined', undefined, /expected an object with projectName, bytes, got undefined/],
    ['a list', [], /got a list of 0/],
    ['a missing name', { bytes: new Uint8Array(1) }, /"projectName" must be a non-empty text .* got undefined/],
    ['a number as name', { projectName: 42, bytes: new Uint8Array(1) }, /"projectName" must be a non-empty text .* got number/],
    ['missing bytes', { projectName: 'p' }, /"bytes" must be a Uint8Array of bytes, got undefined/],
    ['a target path', { projectName: 'p', bytes: new Uint8Array(1), target: '/etc' }, /unexpected field "target"/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => parseBackupRequest(channel, value)).toThrow(message);
  });
});
