// Checks the arguments of every IPC call in main: the renderer is treated as untrusted input, so each request is
// checked for exact shape, types and sizes and refused with a message naming the channel, the field and the problem.
import { MAX_PRINT_HTML_BYTES, type BackupRequest, type ProjectFileWrite, type SaveFileRequest } from '../../shared/platform/bridge.ts';
import { LOCALES, isLocale } from '../../shared/i18n/locales.ts';
import { t, type Locale } from '../../shared/i18n/translate.ts';
import { PROJECT_ID_PATTERN } from './backupNames.ts';

/** Largest payload a save or backup may carry: a large project's .caseweave or .qdpx is far below it. */
export const MAX_WRITE_BYTES = 1024 * 1024 * 1024;
const MAX_NAME_LENGTH = 255;
/** Longer than any path Windows (32,767 UTF-16 units is its hard limit) or Linux (4,096 bytes) accepts. */
const MAX_PATH_LENGTH = 32_767;
const MAX_TITLE_LENGTH = 300;
const MAX_FILTERS = 20;
const EXTENSION_PATTERN = /^(\*|[A-Za-z0-9]{1,16})$/;

export class IpcArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcArgumentError';
  }
}

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  if (typeof value === 'string') return `text of ${value.length} characters`;
  return typeof value;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const expectRecord = (channel: string, value: unknown, fields: readonly string[]): Record<string, unknown> => {
  if (!isRecord(value)) {
    throw new IpcArgumentError(t('electron.ipc.notAnObject', { channel, fields: fields.join(', '), actual: describe(value) }));
  }
  const unknownField = Object.keys(value).find((key) => !fields.includes(key));
  if (unknownField !== undefined) throw new IpcArgumentError(t('electron.ipc.unknownField', { channel, field: unknownField }));
  return value;
};

const expectText = (channel: string, field: string, value: unknown, max: number): string => {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max || value.includes('\0')) {
    throw new IpcArgumentError(t('electron.ipc.notAString', { channel, field, max, actual: describe(value) }));
  }
  return value;
};

const expectFileName = (channel: string, field: string, value: unknown): string => {
  const name = expectText(channel, field, value, MAX_NAME_LENGTH);
  if (/[/\\]/.test(name) || name === '.' || name === '..') {
    throw new IpcArgumentError(t('electron.ipc.notAFileName', { channel, field, actual: name }));
  }
  return name;
};

const expectBytes = (channel: string, field: string, value: unknown): Uint8Array => {
  if (!(value instanceof Uint8Array)) {
    throw new IpcArgumentError(t('electron.ipc.notBytes', { channel, field, actual: describe(value) }));
  }
  if (value.byteLength > MAX_WRITE_BYTES) {
    const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
    throw new IpcArgumentError(
      t('electron.ipc.bytesTooLarge', { channel, field, size: megabytes(value.byteLength), limit: megabytes(MAX_WRITE_BYTES) }),
    );
  }
  return value;
};

const isFilter = (value: unknown): value is SaveFileRequest['filters'][number] =>
  isRecord(value) &&
  Object.keys(value).every((key) => key === 'name' || key === 'extensions') &&
  typeof value.name === 'string' &&
  value.name.length > 0 &&
  value.name.length <= 100 &&
  Array.isArray(value.extensions) &&
  value.extensions.length > 0 &&
  value.extensions.length <= MAX_FILTERS &&
  value.extensions.every((extension) => typeof extension === 'string' && EXTENSION_PATTERN.test(extension));

const expectFilters = (channel: string, value: unknown): SaveFileRequest['filters'] => {
  if (!Array.isArray(value) || value.length > MAX_FILTERS || !value.every(isFilter)) {
    throw new IpcArgumentError(
      t('electron.ipc.badFilters', { channel, max: MAX_FILTERS, example: "{ name: 'CSV', extensions: ['csv'] }" }),
    );
  }
  return value.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
};

/** For channels that take nothing: anything passed is a bug or an attack, so it is refused rather than ignored. */
export const expectNoArguments = (channel: string, args: readonly unknown[]): void => {
  if (args.length > 0) throw new IpcArgumentError(t('electron.ipc.unexpectedArguments', { channel, count: args.length }));
};

export const parseSaveFileRequest = (channel: string, value: unknown): SaveFileRequest => {
  const record = expectRecord(channel, value, ['suggestedName', 'bytes', 'filters']);
  return {
    suggestedName: expectFileName(channel, 'suggestedName', record.suggestedName),
    bytes: expectBytes(channel, 'bytes', record.bytes),
    filters: expectFilters(channel, record.filters),
  };
};

const expectProjectId = (channel: string, field: string, value: unknown): string => {
  if (typeof value !== 'string' || !PROJECT_ID_PATTERN.test(value)) {
    throw new IpcArgumentError(t('electron.ipc.notAProjectId', { channel, field, actual: describe(value) }));
  }
  return value;
};

export const parseBackupRequest = (channel: string, value: unknown): BackupRequest => {
  const record = expectRecord(channel, value, ['projectId', 'projectName', 'bytes']);
  return {
    projectId: expectProjectId(channel, 'projectId', record.projectId),
    projectName: expectText(channel, 'projectName', record.projectName, MAX_NAME_LENGTH),
    bytes: expectBytes(channel, 'bytes', record.bytes),
  };
};

/** A path the renderer hands back. Only its shape is checked here; main then accepts only paths it granted itself. */
export const parsePath = (channel: string, value: unknown): string => expectText(channel, 'path', value, MAX_PATH_LENGTH);

export const parseSuggestedName = (channel: string, value: unknown): string => expectFileName(channel, 'suggestedName', value);

export const parseBackupFileName = (channel: string, value: unknown): string => expectFileName(channel, 'fileName', value);

export const parseWindowTitle = (channel: string, value: unknown): string => {
  const title = expectText(channel, 'title', value, MAX_TITLE_LENGTH);
  // A title is one line: control characters (line breaks, tabs) would garble the title bar.
  if (/\p{Cc}/u.test(title)) throw new IpcArgumentError(t('electron.ipc.notOneLine', { channel, field: 'title' }));
  return title;
};

export const parseProjectFileWrite = (channel: string, value: unknown): ProjectFileWrite => {
  const record = expectRecord(channel, value, ['path', 'bytes', 'link']);
  if (typeof record.link !== 'boolean') {
    throw new IpcArgumentError(t('electron.ipc.notABoolean', { channel, field: 'link', actual: describe(record.link) }));
  }
  return { path: parsePath(channel, record.path), bytes: expectBytes(channel, 'bytes', record.bytes), link: record.link };
};

/** A report's HTML to print: text, and no more bytes than a data: URL can carry to the print window. */
export const parseReportHtml = (channel: string, value: unknown): string => {
  const html = expectText(channel, 'html', value, MAX_PRINT_HTML_BYTES);
  const bytes = new TextEncoder().encode(html).byteLength;
  if (bytes > MAX_PRINT_HTML_BYTES) {
    const megabytes = (size: number): number => Math.ceil(size / (1024 * 1024));
    throw new IpcArgumentError(t('electron.ipc.bytesTooLarge', { channel, field: 'html', size: megabytes(bytes), limit: megabytes(MAX_PRINT_HTML_BYTES) }));
  }
  return html;
};

/** A UI language: only the locales Caseweave ships; anything else (a path, "fr", an object) is refused. */
export const parseUiLocale = (channel: string, value: unknown): Locale => {
  if (!isLocale(value)) {
    const actual = typeof value === 'string' ? `"${value.slice(0, 40)}"` : describe(value);
    throw new IpcArgumentError(t('electron.ipc.notALocale', { channel, choices: LOCALES.join(', '), actual }));
  }
  return value;
};
