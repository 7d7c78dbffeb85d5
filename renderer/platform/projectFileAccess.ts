// Reaching `.caseweave` project files, behind one type with three implementations: Electron's native dialogs and
// typed IPC (main writes atomically and holds the file's lock), the browser's File System Access API (file handles
// remembered in the database so autosave and the recent list survive a reload, Web Locks between tabs), and plain
// upload and download where a browser has neither. The flow above (open, save, autosave) never asks which one runs.
import type { Id } from '../../shared/model/index.ts';
import type { CaseweaveDatabase, ProjectFileLinkRow } from '../data/database.ts';
import { browserProjectFiles } from './browserProjectFiles.ts';
import { downloadProjectFiles } from './downloadProjectFiles.ts';
import { electronProjectFiles } from './electronProjectFiles.ts';
import { hasFileSystemAccess, isFileHandle } from './fileSystemAccess.ts';
import { readBridge } from './platform.ts';

/** Where a file is: a path main granted, a browser file handle, or nowhere this app can write to again. */
export type ProjectFilePlace =
  | { kind: 'path'; path: string }
  | { kind: 'handle'; handle: FileSystemFileHandle }
  | { kind: 'download' };

/**
 * A project file the app knows. `linkId` names its row in the projectFileLinks table (the same file opened twice, or
 * in two tabs, has the same one), so the project it is linked to and the recent list can find it again.
 */
export type ProjectFileRef = { linkId: Id; fileName: string; place: ProjectFilePlace };

/** A file opened: its bytes, and whether it is read-only here because another window or instance has it open. */
export type OpenedProjectFile = ProjectFileRef & { bytes: Uint8Array; readOnly: boolean; lockedBy: string | null };

export type WrittenProjectFile = ProjectFileRef & { savedAt: string; sizeBytes: number };

/** A file of the recent list; `id` means something only to the implementation that listed it. */
export type RecentProjectFileEntry = { id: string; fileName: string; openedAt: string };

/** Whether the app may write to a file now: always in Electron; a browser handle may need the user's say-so again. */
export type WritePermission = 'granted' | 'prompt' | 'denied';

export type ProjectFileAccess = {
  /** 'native': Electron; 'file-system': the File System Access API; 'download': upload and download only. */
  kind: 'native' | 'file-system' | 'download';
  /** Shows the open dialog; null when the user cancels. Takes the file's lock when it is free. */
  chooseToOpen(): Promise<OpenedProjectFile | null>;
  /** Asks where to save (a download needs no asking); null when the user cancels. */
  chooseToSave(suggestedName: string): Promise<ProjectFileRef | null>;
  /**
   * Writes the file. `link`: the window keeps the file as its project's (takes the lock; Electron lists it in its
   * recent files); false for "Save a copy". Refused when another window holds the file's lock.
   */
  write(file: ProjectFileRef, bytes: Uint8Array, options: { link: boolean }): Promise<WrittenProjectFile>;
  recentFiles(): Promise<RecentProjectFileEntry[]>;
  openRecent(entry: RecentProjectFileEntry): Promise<OpenedProjectFile>;
  /**
   * Takes the lock of the file the open project is linked to (a window reopened after a reload or restart); false
   * when another window holds it, so the project opens read-only. Electron's main takes it at the first write.
   */
  claim(file: ProjectFileRef): Promise<boolean>;
  /** Gives up the window's lock on a file (the project was closed, or linked to another file). */
  release(file: ProjectFileRef): Promise<void>;
  /** Whether writing needs the user's permission; with `ask` (inside a click) asks for it. */
  writePermission(file: ProjectFileRef, ask: boolean): Promise<WritePermission>;
  /** A recent file chosen outside the page (Electron's File → Open recent); returns the unsubscribe function. */
  onRecentChosen(listener: (entry: RecentProjectFileEntry) => void): () => void;
};

/** The file of a projectFileLinks row, as this platform reaches it (null: a row of another platform's kind). */
export const fileOfLink = (link: ProjectFileLinkRow): ProjectFileRef | null => {
  if (link.path !== null) return { linkId: link.id, fileName: link.fileName, place: { kind: 'path', path: link.path } };
  if (isFileHandle(link.handle)) return { linkId: link.id, fileName: link.fileName, place: { kind: 'handle', handle: link.handle } };
  return null;
};

/** The implementation this window runs: Electron's bridge, else the File System Access API, else download/upload. */
export const openProjectFileAccess = (db: CaseweaveDatabase): ProjectFileAccess => {
  const bridge = readBridge();
  if (bridge !== null) return electronProjectFiles(bridge, db);
  return hasFileSystemAccess() ? browserProjectFiles(db) : downloadProjectFiles();
};
