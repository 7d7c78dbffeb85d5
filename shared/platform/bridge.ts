// The typed API the Electron preload exposes to the renderer as `window.caseweave`.
// Main validates every argument (electron/ipc); the renderer reaches it only through renderer/platform/.

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

export type BackupRequest = { projectName: string; bytes: Uint8Array };

/** Commands the native menu sends to the renderer. */
export type MenuCommand = 'new-project' | 'import' | 'about' | 'undo' | 'redo';

export const MENU_COMMANDS: readonly MenuCommand[] = ['new-project', 'import', 'about', 'undo', 'redo'];

export type AppInfo = { version: string; platform: string; dataLocation: string };

export type CaseweaveBridge = {
  /** Shows the native open dialog for sources and returns the chosen files' bytes (empty when cancelled). */
  chooseImportFiles(): Promise<ChosenFile[]>;
  /** Shows the native save dialog and writes the bytes where the user chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Writes a backup snapshot into the app's backups folder; returns its path. */
  writeBackup(request: BackupRequest): Promise<string>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** IPC channel names, one per bridge method; shared by preload and main so they cannot drift. */
export const BRIDGE_CHANNELS = {
  chooseImportFiles: 'caseweave:choose-import-files',
  saveFile: 'caseweave:save-file',
  writeBackup: 'caseweave:write-backup',
  appInfo: 'caseweave:app-info',
  menuCommand: 'caseweave:menu-command',
} as const;
