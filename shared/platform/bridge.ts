// The typed API the Electron preload exposes to the renderer as `window.caseweave`.
// Main validates every argument (electron/ipc); the renderer reaches it only through renderer/platform/.
import type { Locale } from '../i18n/translate.ts';

/** Files bigger than this are not read by main; they come back with empty bytes and `tooLargeBytes` set. */
export const MAX_CHOSEN_FILE_BYTES = 100 * 1024 * 1024;

/** Extensions offered by the native import dialog (without dots). */
export const IMPORT_FILE_EXTENSIONS: readonly string[] = ['txt', 'md', 'docx', 'odt', 'pdf', 'vtt', 'srt'];

/**
 * A file the user chose, read by main (size-limited) and handed over as bytes. When main did not read it,
 * `bytes` is empty and exactly one of `tooLargeBytes` / `unreadable` says why; the renderer lists it as refused.
 */
export type ChosenFile = {
  fileName: string;
  bytes: Uint8Array;
  /** The file's real size, set when it exceeds MAX_CHOSEN_FILE_BYTES and was therefore not read. */
  tooLargeBytes?: number;
  /** The system's reason (e.g. "permission denied"), set when the file could not be read. */
  unreadable?: string;
};

export type SaveFileRequest = {
  suggestedName: string;
  bytes: Uint8Array;
  /** Dialog filters, e.g. [{ name: 'CSV', extensions: ['csv'] }]. */
  filters: { name: string; extensions: string[] }[];
};

export type SaveFileResult = { saved: true; path: string } | { saved: false };

/**
 * The largest report HTML main prints to PDF: it travels to the hidden print window as a base64 data: URL, which
 * Chromium caps at 2 MiB. A bigger report is drawn by the pdf-lib writer instead.
 */
export const MAX_PRINT_HTML_BYTES = 1_500_000;

/** The extension of Caseweave's own project file (without the dot). */
export const PROJECT_FILE_EXTENSION = 'caseweave';

/**
 * A `.caseweave` file main opened for the renderer. `path` is a token the renderer hands back to write the file
 * again: main accepts only paths it granted itself (from its dialogs or its recent list), never one the renderer
 * made up. `readOnly` is set when another window, instance or machine holds the file's lock (`lockedBy` says who,
 * e.g. "researcher on fieldwork-laptop, since 1 Mar 2026, 09:00"), or when the file's folder cannot be written
 * (no `lockedBy`).
 */
export type OpenedProjectFile = {
  path: string;
  fileName: string;
  bytes: Uint8Array;
  readOnly: boolean;
  lockedBy?: string;
};

/** Writes a project file: atomically (temp file, fsync, rename), keeping the previous version as NAME.caseweave.bak. */
export type ProjectFileWrite = {
  path: string;
  bytes: Uint8Array;
  /** Link the window to this file (take its lock, list it in the recent files); false for "Save a copy". */
  link: boolean;
};

export type ProjectFileWritten = { path: string; fileName: string; savedAt: string; sizeBytes: number };

export type RecentProjectFile = { path: string; fileName: string; openedAt: string };

export type BackupRequest = { projectId: string; projectName: string; bytes: Uint8Array };

/**
 * One rolling backup in the app's backups folder. `projectName` is read back from the file name, so it is the
 * file-name-safe form of the name (e.g. "Kendang-Jimbe" for "Kendang/Jimbe").
 */
export type BackupEntry = { fileName: string; projectId: string; projectName: string; savedAt: string; sizeBytes: number };

export type BackupListing = { folder: string; backups: BackupEntry[] };

/** Commands the native menu sends to the renderer. */
export type MenuCommand =
  | 'new-project' | 'import' | 'about' | 'undo' | 'redo'
  | 'open-project-file' | 'save-as' | 'save-copy' | 'back-up-now' | 'restore-backup'
  /** The window is about to close or the app to quit: flush autosave and the closing backup, then call readyToClose. */
  | 'close-requested';

export const MENU_COMMANDS: readonly MenuCommand[] = [
  'new-project', 'import', 'about', 'undo', 'redo',
  'open-project-file', 'save-as', 'save-copy', 'back-up-now', 'restore-backup', 'close-requested',
];

export type AppInfo = { version: string; platform: string; dataLocation: string };

export type CaseweaveBridge = {
  /** Shows the native open dialog for sources and returns the chosen files' bytes (empty when cancelled). */
  chooseImportFiles(): Promise<ChosenFile[]>;
  /** Shows the native save dialog and writes the bytes where the user chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints a report's HTML (at most MAX_PRINT_HTML_BYTES) to an A4 PDF with Chromium, in a hidden sandboxed window. */
  printReportPdf(html: string): Promise<Uint8Array>;
  /** Opens a file saveFile wrote in this session with the system's default application. */
  openSavedFile(path: string): Promise<void>;
  /** Shows the native open dialog for a `.caseweave` file; null when cancelled. Takes the file's lock when free. */
  chooseProjectFileToOpen(): Promise<OpenedProjectFile | null>;
  /** Opens a file of the recent list (refused with a clear message when it is gone). */
  openRecentProjectFile(path: string): Promise<OpenedProjectFile>;
  /** Shows the native save dialog for a `.caseweave` file and returns the chosen path (a granted token); null when cancelled. */
  chooseProjectFileToSave(suggestedName: string): Promise<string | null>;
  /** Writes a project file to a granted path; refused when another holder has the file's lock. */
  writeProjectFile(request: ProjectFileWrite): Promise<ProjectFileWritten>;
  /** Releases the window's lock on a file (the project was closed or linked elsewhere). */
  releaseProjectFile(path: string): Promise<void>;
  recentProjectFiles(): Promise<RecentProjectFile[]>;
  /** Writes a rolling backup into the app's backups folder and prunes the old ones (shared/backup/backupPolicy.ts). */
  writeBackup(request: BackupRequest): Promise<BackupEntry>;
  listBackups(): Promise<BackupListing>;
  /** The bytes of one backup of the listing, to open as a copy. */
  readBackup(fileName: string): Promise<Uint8Array>;
  /** Shows the window title (the linked file's name, and whether unsaved). */
  setWindowTitle(title: string): Promise<void>;
  /** Answers 'close-requested': autosave and the closing backup are done, the window may close. */
  readyToClose(): Promise<void>;
  appInfo(): Promise<AppInfo>;
  /** The UI language the user chose (or the renderer started in): main rebuilds the native menus in it and remembers it. */
  setUiLocale(locale: Locale): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to File → Open Recent: the path is one of recentProjectFiles(), to pass to openRecentProjectFile. */
  onRecentProjectFileChosen(listener: (path: string) => void): () => void;
};

/**
 * IPC channel names, one per bridge method (the two `on…` methods listen to main's pushes); shared by preload and
 * main so they cannot drift.
 */
export const BRIDGE_CHANNELS = {
  chooseImportFiles: 'caseweave:choose-import-files',
  saveFile: 'caseweave:save-file',
  printReportPdf: 'caseweave:print-report-pdf',
  openSavedFile: 'caseweave:open-saved-file',
  chooseProjectFileToOpen: 'caseweave:choose-project-file-to-open',
  openRecentProjectFile: 'caseweave:open-recent-project-file',
  chooseProjectFileToSave: 'caseweave:choose-project-file-to-save',
  writeProjectFile: 'caseweave:write-project-file',
  releaseProjectFile: 'caseweave:release-project-file',
  recentProjectFiles: 'caseweave:recent-project-files',
  writeBackup: 'caseweave:write-backup',
  listBackups: 'caseweave:list-backups',
  readBackup: 'caseweave:read-backup',
  setWindowTitle: 'caseweave:set-window-title',
  readyToClose: 'caseweave:ready-to-close',
  appInfo: 'caseweave:app-info',
  setUiLocale: 'caseweave:set-ui-locale',
  menuCommand: 'caseweave:menu-command',
  recentProjectFileChosen: 'caseweave:recent-project-file-chosen',
} as const;
