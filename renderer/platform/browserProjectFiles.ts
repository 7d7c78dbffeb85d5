// Project files in a browser with the File System Access API: the pickers give file handles, kept in the
// projectFileLinks table (IndexedDB stores a handle as it is) so autosave and the recent list work after a reload;
// a handle's writable stream is written to a temporary file the browser swaps in on close, so a failed save leaves
// the previous file whole. A Web Lock per file keeps a second tab read-only.
import { t } from '../../shared/i18n/translate.ts';
import { newId } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from '../data/database.ts';
import { DataError } from '../data/errors.ts';
import { findFileLink, forgetFileLink } from '../data/projectFileLinks.ts';
import { tryLockFile, type HeldFileLock } from './fileLocks.ts';
import { handlePermission, isFileHandle, pickFileToOpen, pickFileToSave } from './fileSystemAccess.ts';
import type { OpenedProjectFile, ProjectFileAccess, ProjectFileRef } from './projectFileAccess.ts';

const handleOf = (file: ProjectFileRef): FileSystemFileHandle => {
  if (file.place.kind !== 'handle') throw new Error(`${file.fileName} is not a file this window can write to.`);
  return file.place.handle;
};

const isGone = (error: unknown): boolean => error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'NotReadableError');

export const browserProjectFiles = (db: CaseweaveDatabase): ProjectFileAccess => {
  const held = new Map<string, HeldFileLock>();
  const description = t('projectFiles.picker.description');

  const refOf = async (handle: FileSystemFileHandle): Promise<ProjectFileRef> => {
    const known = await findFileLink(db, (row) => isFileHandle(row.handle) && row.handle.isSameEntry(handle));
    return { linkId: known?.id ?? newId(), fileName: handle.name, place: { kind: 'handle', handle } };
  };

  /** Holds the file's lock for this tab; false when another tab has it. */
  const lock = async (file: ProjectFileRef): Promise<boolean> => {
    if (held.has(file.linkId)) return true;
    const taken = await tryLockFile(file.linkId);
    if (taken === null) return false;
    held.set(file.linkId, taken);
    return true;
  };

  const opened = async (handle: FileSystemFileHandle): Promise<OpenedProjectFile> => {
    const file = await refOf(handle);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
    } catch (error) {
      if (isGone(error)) throw new DataError('projectFiles.error.fileGone', { file: handle.name });
      throw error;
    }
    return { ...file, bytes, readOnly: !(await lock(file)), lockedBy: null };
  };

  return {
    kind: 'file-system',
    chooseToOpen: async () => {
      const handle = await pickFileToOpen(description);
      return handle === null ? null : opened(handle);
    },
    chooseToSave: async (suggestedName) => {
      const handle = await pickFileToSave(suggestedName, description);
      return handle === null ? null : refOf(handle);
    },
    write: async (file, bytes, { link }) => {
      const handle = handleOf(file);
      // A copy must not overwrite a file another tab has open either; only a linked file keeps its lock.
      const mine = held.has(file.linkId);
      if (!(await lock(file))) throw new DataError('projectFiles.error.lockedElsewhere', { file: file.fileName });
      try {
        if ((await handlePermission(handle, 'readwrite', false)) !== 'granted') throw new DataError('projectFiles.error.noPermission', { file: file.fileName });
        const writable = await handle.createWritable();
        try {
          await writable.write(new Blob([bytes.slice()]));
          await writable.close();
        } catch (error) {
          await writable.abort().catch(() => undefined);
          throw error;
        }
      } finally {
        if (!link && !mine) {
          held.get(file.linkId)?.release();
          held.delete(file.linkId);
        }
      }
      return { ...file, fileName: handle.name, savedAt: new Date().toISOString(), sizeBytes: bytes.length };
    },
    recentFiles: async () => {
      const rows = await db.projectFileLinks.orderBy('openedAt').reverse().toArray();
      return rows.filter((row) => isFileHandle(row.handle)).map((row) => ({ id: row.id, fileName: row.fileName, openedAt: row.openedAt }));
    },
    openRecent: async (entry) => {
      const row = await db.projectFileLinks.get(entry.id);
      if (row === undefined || !isFileHandle(row.handle)) throw new DataError('projectFiles.error.fileGone', { file: entry.fileName });
      if ((await handlePermission(row.handle, 'read', true)) !== 'granted') throw new DataError('projectFiles.error.noPermission', { file: entry.fileName });
      try {
        return await opened(row.handle);
      } catch (error) {
        // A file that is gone leaves the recent list (the project linked to it stays here, unlinked).
        if (error instanceof DataError && error.key === 'projectFiles.error.fileGone') await forgetFileLink(db, row.id);
        throw error;
      }
    },
    claim: lock,
    release: async (file) => {
      held.get(file.linkId)?.release();
      held.delete(file.linkId);
    },
    writePermission: (file, ask) => handlePermission(handleOf(file), 'readwrite', ask),
    onRecentChosen: () => () => undefined,
  };
};
