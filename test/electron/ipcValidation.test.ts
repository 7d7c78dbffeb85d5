// IPC argument validation and the sender check, through the same registration main uses, with a fake ipcMain:
// bad shapes are refused with messages naming channel and field, calls from outside app://caseweave are refused.
import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, type AppInfo } from '../../shared/platform/bridge.ts';
import { isTrustedSender } from '../../electron/ipc/trustedSender.ts';
import { registerBridgeHandlers, type BridgeHandlers, type InvokeEvent } from '../../electron/ipc/registerBridgeHandlers.ts';
import {
  MAX_WRITE_BYTES,
  parseBackupFileName,
  parseBackupRequest,
  parsePath,
  parseProjectFileWrite,
  parseSaveFileRequest,
  parseSuggestedName,
  parseWindowTitle,
} from '../../electron/ipc/validateArguments.ts';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

const appInfoReply: AppInfo = { version: '0.1.0', platform: 'linux', dataLocation: '/data' };

// Typecheck only: main's handlers are typed by the bridge methods they serve, so a reply the renderer would not
// understand does not compile (`npm test` runs tsc over the tests).
const _replyOfTheWrongShape: Pick<BridgeHandlers, 'appInfo' | 'writeBackup'> = {
  // @ts-expect-error CaseweaveBridge.appInfo resolves to an AppInfo
  appInfo: async () => ({ version: 1 }),
  // @ts-expect-error CaseweaveBridge.writeBackup resolves to a BackupEntry, not the backup's path
  writeBackup: async () => '/backups/x.caseweave',
};

/** Handlers that record what reached them: a call refused by validation never shows up here. */
const recordingHandlers = (calls: { channel: string; request?: unknown }[]): BridgeHandlers => {
  const record = <T>(channel: string, reply: T) => async (request?: unknown): Promise<T> => {
    calls.push(request === undefined ? { channel } : { channel, request });
    return reply;
  };
  const backup = { fileName: 'b.caseweave', projectId: 'p1', projectName: 'p', savedAt: '2026-01-01T00:00:00.000Z', sizeBytes: 1 };
  return {
    chooseImportFiles: record('chooseImportFiles', []),
    saveFile: record('saveFile', { saved: false }),
    printReportPdf: record('printReportPdf', new Uint8Array(0)),
    openSavedFile: record('openSavedFile', undefined),
    chooseProjectFileToOpen: record('chooseProjectFileToOpen', null),
    openRecentProjectFile: record('openRecentProjectFile', { path: '/p.caseweave', fileName: 'p.caseweave', bytes: new Uint8Array(0), readOnly: false }),
    chooseProjectFileToSave: record('chooseProjectFileToSave', null),
    writeProjectFile: record('writeProjectFile', { path: '/p.caseweave', fileName: 'p.caseweave', savedAt: backup.savedAt, sizeBytes: 1 }),
    releaseProjectFile: record('releaseProjectFile', undefined),
    recentProjectFiles: record('recentProjectFiles', []),
    writeBackup: record('writeBackup', backup),
    listBackups: record('listBackups', { folder: '/backups', backups: [] }),
    readBackup: record('readBackup', new Uint8Array(0)),
    setWindowTitle: record('setWindowTitle', undefined),
    readyToClose: record('readyToClose', undefined),
    appInfo: record('appInfo', appInfoReply),
    setUiLocale: record('setUiLocale', undefined),
  };
};

const wire = (isTrustedEvent?: (event: InvokeEvent) => boolean) => {
  const listeners = new Map<string, Listener>();
  const calls: { channel: string; request?: unknown }[] = [];
  registerBridgeHandlers({ handle: (channel: string, listener: Listener) => listeners.set(channel, listener) }, recordingHandlers(calls), isTrustedEvent);
  const invoke = (channel: string, frameUrl: string | null, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
  };
  return { listeners, calls, invoke };
};

const app = 'app://caseweave/index.html';
const validSave = { suggestedName: 'codebook.csv', bytes: new Uint8Array([1, 2, 3]), filters: [{ name: 'CSV', extensions: ['csv'] }] };
const validBackup = { projectId: '6f1c2d3e-0000-4000-8000-00000000002a', projectName: 'Kendang Jimbe', bytes: new Uint8Array([80, 75]) };
const validWrite = { path: '/home/researcher/Kendang.caseweave', bytes: new Uint8Array([80, 75]), link: true };

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
  it('registers exactly one handler per invoke channel (every channel but the two main pushes on)', () => {
    const { listeners } = wire();
    const { menuCommand: _menu, recentProjectFileChosen: _recent, ...invokeChannels } = BRIDGE_CHANNELS;
    expect([...listeners.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
  });

  it('serves a valid call from the app window', async () => {
    const { invoke, calls } = wire();
    await expect(invoke(BRIDGE_CHANNELS.saveFile, app, validSave)).resolves.toEqual({ saved: false });
    await expect(invoke(BRIDGE_CHANNELS.appInfo, app)).resolves.toMatchObject({ version: '0.1.0' });
    expect(calls).toEqual([{ channel: 'saveFile', request: validSave }, { channel: 'appInfo' }]);
  });

  it.each([['https://evil.example/page'], ['file:///home/user/x.html'], [null]])(
    'refuses callers outside the app origin (%s) before running anything',
    async (frameUrl) => {
      const { invoke, calls } = wire();
      await expect(invoke(BRIDGE_CHANNELS.chooseImportFiles, frameUrl)).rejects.toThrow(/did not come from the Caseweave window/);
      await expect(invoke(BRIDGE_CHANNELS.writeBackup, frameUrl, validBackup)).rejects.toThrow(/Refused caseweave:write-backup/);
      await expect(invoke(BRIDGE_CHANNELS.writeProjectFile, frameUrl, validWrite)).rejects.toThrow(/Refused caseweave:write-project-file/);
      expect(calls).toEqual([]);
    },
  );

  it('applies the extra trust check main adds (the sender must be the main window)', async () => {
    const { invoke, calls } = wire(() => false);
    await expect(invoke(BRIDGE_CHANNELS.appInfo, app)).rejects.toThrow(/Refused/);
    await expect(invoke(BRIDGE_CHANNELS.readyToClose, app)).rejects.toThrow(/Refused caseweave:ready-to-close/);
    expect(calls).toEqual([]);
  });

  it('refuses arguments on channels that take none, and missing or extra arguments', async () => {
    const { invoke, calls } = wire();
    await expect(invoke(BRIDGE_CHANNELS.chooseImportFiles, app, '/etc/passwd')).rejects.toThrow(
      'caseweave:choose-import-files: takes no arguments, got 1.',
    );
    await expect(invoke(BRIDGE_CHANNELS.saveFile, app)).rejects.toThrow('takes exactly one argument, got 0');
    await expect(invoke(BRIDGE_CHANNELS.saveFile, app, validSave, validSave)).rejects.toThrow('got 2');
    await expect(invoke(BRIDGE_CHANNELS.readyToClose, app, true)).rejects.toThrow('caseweave:ready-to-close: takes no arguments, got 1.');
    await expect(invoke(BRIDGE_CHANNELS.listBackups, app, '/etc')).rejects.toThrow('takes no arguments');
    await expect(invoke(BRIDGE_CHANNELS.recentProjectFiles, app, 1)).rejects.toThrow('takes no arguments');
    await expect(invoke(BRIDGE_CHANNELS.chooseProjectFileToOpen, app, '/etc/passwd')).rejects.toThrow('takes no arguments');
    await expect(invoke(BRIDGE_CHANNELS.releaseProjectFile, app)).rejects.toThrow('takes exactly one argument, got 0');
    expect(calls).toEqual([]);
  });

  it('hands each project-file and backup call its validated argument', async () => {
    const { invoke, calls } = wire();
    await invoke(BRIDGE_CHANNELS.chooseProjectFileToOpen, app);
    await invoke(BRIDGE_CHANNELS.openRecentProjectFile, app, '/home/researcher/Kendang.caseweave');
    await invoke(BRIDGE_CHANNELS.chooseProjectFileToSave, app, 'Kendang Jimbe');
    await invoke(BRIDGE_CHANNELS.writeProjectFile, app, validWrite);
    await invoke(BRIDGE_CHANNELS.releaseProjectFile, app, '/home/researcher/Kendang.caseweave');
    await invoke(BRIDGE_CHANNELS.recentProjectFiles, app);
    await invoke(BRIDGE_CHANNELS.writeBackup, app, validBackup);
    await invoke(BRIDGE_CHANNELS.listBackups, app);
    await invoke(BRIDGE_CHANNELS.readBackup, app, 'Kendang Jimbe.p1.2026-01-02T03-04-05-006Z.caseweave');
    await invoke(BRIDGE_CHANNELS.setWindowTitle, app, 'Kendang.caseweave — Caseweave');
    await invoke(BRIDGE_CHANNELS.readyToClose, app);
    expect(calls).toEqual([
      { channel: 'chooseProjectFileToOpen' },
      { channel: 'openRecentProjectFile', request: '/home/researcher/Kendang.caseweave' },
      { channel: 'chooseProjectFileToSave', request: 'Kendang Jimbe' },
      { channel: 'writeProjectFile', request: validWrite },
      { channel: 'releaseProjectFile', request: '/home/researcher/Kendang.caseweave' },
      { channel: 'recentProjectFiles' },
      { channel: 'writeBackup', request: validBackup },
      { channel: 'listBackups' },
      { channel: 'readBackup', request: 'Kendang Jimbe.p1.2026-01-02T03-04-05-006Z.caseweave' },
      { channel: 'setWindowTitle', request: 'Kendang.caseweave — Caseweave' },
      { channel: 'readyToClose' },
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    [BRIDGE_CHANNELS.writeProjectFile, { ...validWrite, link: 'yes' }, /"link" must be true or false/],
    [BRIDGE_CHANNELS.readBackup, '../../.ssh/id_rsa', /"fileName" must be a file name without folders/],
    [BRIDGE_CHANNELS.chooseProjectFileToSave, '/tmp/x', /"suggestedName" must be a file name without folders/],
    [BRIDGE_CHANNELS.setWindowTitle, 'two\nlines', /"title" must be one line/],
    [BRIDGE_CHANNELS.openRecentProjectFile, 42, /"path" must be a non-empty text/],
  ])('refuses a bad argument on %s before the handler runs', async (channel, argument, message) => {
    const { invoke, calls } = wire();
    await expect(invoke(channel, app, argument)).rejects.toThrow(message);
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

  it('accepts a project id, a project name and bytes', () => {
    expect(parseBackupRequest(channel, validBackup)).toEqual(validBackup);
  });

  it.each<[string, unknown, RegExp]>([
    ['undefined', undefined, /expected an object with projectId, projectName, bytes, got undefined/],
    ['a list', [], /got a list of 0/],
    ['a missing name', { projectId: 'p1', bytes: new Uint8Array(1) }, /"projectName" must be a non-empty text .* got undefined/],
    ['a number as name', { ...validBackup, projectName: 42 }, /"projectName" must be a non-empty text .* got number/],
    ['missing bytes', { projectId: 'p1', projectName: 'p' }, /"bytes" must be a Uint8Array of bytes, got undefined/],
    ['a missing project id', { projectName: 'p', bytes: new Uint8Array(1) }, /"projectId" must be a project id .* got undefined/],
    ['a project id that is a path', { ...validBackup, projectId: '../../x' }, /"projectId" must be a project id/],
    ['a project id with a dot', { ...validBackup, projectId: 'a.b' }, /"projectId" must be a project id/],
    ['a target path', { ...validBackup, target: '/etc' }, /unexpected field "target"/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => parseBackupRequest(channel, value)).toThrow(message);
  });
});

describe('parseProjectFileWrite', () => {
  const channel = BRIDGE_CHANNELS.writeProjectFile;

  it('accepts a path, bytes and whether to link', () => {
    expect(parseProjectFileWrite(channel, validWrite)).toEqual(validWrite);
    expect(parseProjectFileWrite(channel, { ...validWrite, link: false }).link).toBe(false);
  });

  it.each<[string, unknown, RegExp]>([
    ['a missing link', { path: validWrite.path, bytes: validWrite.bytes }, /"link" must be true or false, got undefined/],
    ['an empty path', { ...validWrite, path: '' }, /"path" must be a non-empty text/],
    ['a path with a NUL byte', { ...validWrite, path: '/tmp/a\0b' }, /"path" must be a non-empty text/],
    ['bytes as text', { ...validWrite, bytes: 'PK' }, /"bytes" must be a Uint8Array/],
    ['an extra field', { ...validWrite, keepBackup: false }, /unexpected field "keepBackup"/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => parseProjectFileWrite(channel, value)).toThrow(message);
    expect(() => parseProjectFileWrite(channel, value)).toThrow(/^caseweave:write-project-file: /);
  });
});

describe('the single-value parsers', () => {
  it('take a path of any folder (main checks it is one it granted), a bare suggested name, a backup file name', () => {
    expect(parsePath('c', 'C:\\Users\\r\\Kendang.caseweave')).toBe('C:\\Users\\r\\Kendang.caseweave');
    expect(parseSuggestedName('c', 'Kendang Jimbe')).toBe('Kendang Jimbe');
    expect(() => parseSuggestedName('c', '..')).toThrow(/file name without folders/);
    expect(parseBackupFileName('c', 'a.p1.2026-01-02T03-04-05-006Z.caseweave')).toBe('a.p1.2026-01-02T03-04-05-006Z.caseweave');
  });

  it('take a window title of one line', () => {
    expect(parseWindowTitle('c', 'Kendang.caseweave • unsaved — Caseweave')).toBe('Kendang.caseweave • unsaved — Caseweave');
    expect(() => parseWindowTitle('c', 'a\tb')).toThrow(/one line/);
    expect(() => parseWindowTitle('c', 'x'.repeat(301))).toThrow(/at most 300 characters/);
  });
});
