// Project files on disk for the CLI's commands: reading one through the shared validation (refused with the format's
// own messages, which name the file), writing a new one, and replacing one under its lock, atomically with the
// previous version kept as NAME.caseweave.bak (node/atomicWrite.ts, node/fileLock.ts: the same as the app's).
import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { writeFileAtomic, type WriteContents } from '../node/atomicWrite.ts';
import { acquireLock, releaseLock, type LockHolder } from '../node/fileLock.ts';
import { formatDateTime, t } from '../shared/i18n/translate.ts';
import { nowIso } from '../shared/model/index.ts';
import { DATABASE_SCHEMA_VERSION } from '../shared/project/databaseSchemaVersion.ts';
import {
  projectFileMessageText, readProjectFile, writeProjectFile, type ProjectFileReading, type ProjectSnapshot,
} from '../shared/projectFile/index.ts';
import { readCliVersion } from './cliVersion.ts';
import { describeSystemError, InputRefused } from './exitStatus.ts';

export type SoundProjectFile = Extract<ProjectFileReading, { ok: true }>;

/** How the bytes reach the disk; tests pass a writer that fails partway through. */
export type FileWriting = { writeContents?: WriteContents };

/** Reads and validates the project file at `path` (a damaged one is `{ ok: false }`); an unreadable file is refused. */
export const readProjectFileAt = async (path: string): Promise<ProjectFileReading> => {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new InputRefused(t('import.error.unreadable', { file: path, detail: describeSystemError(error) }));
  }
  return readProjectFile(bytes, { fileName: path });
};

/** The project file at `path`, refused with every problem when damaged; it may still need repairs. */
export const loadProjectFileAt = async (path: string): Promise<SoundProjectFile> => {
  const reading = await readProjectFileAt(path);
  if (!reading.ok) throw new InputRefused(reading.problems.map((problem) => projectFileMessageText(problem)));
  return reading;
};

/**
 * The project file at `path` as a command can use it: refused when damaged, and when it needs repairs (those only
 * the app makes, after the user has seen them).
 */
export const openProjectFileAt = async (path: string): Promise<SoundProjectFile> => {
  const reading = await loadProjectFileAt(path);
  if (reading.repairs.length > 0) throw new InputRefused(t('cli.refused.needsRepair', { file: path, count: reading.repairs.length }));
  return reading;
};

const exists = async (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/** Writes `bytes` to `path` all or nothing; a failure is refused naming the file, and the previous file stays. */
export const writeFileRefusing = async (path: string, bytes: Uint8Array, options: FileWriting & { keepBackup?: boolean } = {}): Promise<void> => {
  try {
    await writeFileAtomic(path, bytes, options);
  } catch (error) {
    throw new InputRefused(t('cli.refused.unwritable', { file: path, detail: describeSystemError(error) }));
  }
};

/** The file's bytes; the snapshot's kept originals (sourceOriginals) go under originals/. */
const projectFileBytes = (snapshot: ProjectSnapshot): Promise<Uint8Array> =>
  writeProjectFile(snapshot, { appVersion: readCliVersion(), schemaVersion: DATABASE_SCHEMA_VERSION, savedAt: nowIso() });

/** Writes a project to a new file; an existing file is never replaced by a new project. */
export const writeNewProjectFile = async (path: string, snapshot: ProjectSnapshot): Promise<void> => {
  if (await exists(path)) throw new InputRefused(t('cli.refused.outputExists', { file: path }));
  await writeFileRefusing(path, await projectFileBytes(snapshot));
};

/** Replaces the project file at `path` (call holding its lock), keeping the version it replaces as `.bak`. */
export const replaceProjectFile = async (path: string, snapshot: ProjectSnapshot, writing: FileWriting = {}): Promise<void> => {
  await writeFileRefusing(path, await projectFileBytes(snapshot), { ...writing, keepBackup: true });
};

const holderText = (holder: LockHolder | null): string =>
  holder === null ? t('cli.lockHolder.unknown') : t('cli.lockHolder.process', { pid: String(holder.pid), user: holder.userName, host: holder.hostname, since: formatDateTime(holder.lockedAt) });

/** Runs `task` holding the lock of the project file at `path`, as the app holds a file it has open; refused when another holder has it. */
export const withProjectFileLock = async <T>(path: string, task: () => Promise<T>): Promise<T> => {
  const instanceId = randomUUID();
  const attempt = await acquireLock(path, instanceId).catch((error: unknown) => {
    throw new InputRefused(t('cli.refused.unwritable', { file: path, detail: describeSystemError(error) }));
  });
  if (!attempt.acquired) throw new InputRefused(t('cli.refused.locked', { file: path, holder: holderText(attempt.holder) }));
  try {
    return await task();
  } finally {
    await releaseLock(path, instanceId);
  }
};
