// The parts of the File System Access API Caseweave uses that TypeScript's DOM library does not declare yet (the
// pickers, handle permissions), read off the window through type guards rather than assumed: a browser without
// them gets upload and download instead.
import { PROJECT_FILE_EXTENSION } from '../../shared/platform/bridge.ts';

type PickerType = { description: string; accept: Record<string, string[]> };
type OpenPicker = (options: { types: PickerType[]; multiple: boolean; excludeAcceptAllOption: boolean; id?: string }) => Promise<FileSystemFileHandle[]>;
type SavePicker = (options: { types: PickerType[]; suggestedName: string; excludeAcceptAllOption: boolean; id?: string }) => Promise<FileSystemFileHandle>;
type PermissionQuery = (options: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;

const functionOn = <F>(target: object, name: string): F | null => {
  const value: unknown = Reflect.get(target, name);
  // Bound so the browser sees its own object as `this`.
  return typeof value === 'function' ? (value.bind(target) as F) : null;
};

export const hasFileSystemAccess = (): boolean =>
  functionOn<OpenPicker>(globalThis, 'showOpenFilePicker') !== null && functionOn<SavePicker>(globalThis, 'showSaveFilePicker') !== null;

const projectFileTypes = (description: string): PickerType[] => [
  { description, accept: { 'application/x-caseweave': [`.${PROJECT_FILE_EXTENSION}`] } },
];

/** The picker remembers its last folder under this id, apart from other sites' and other pickers' folders. */
const PICKER_ID = 'caseweave-project-files';

const cancelled = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** The open picker for one project file; null when the user cancels. */
export const pickFileToOpen = async (description: string): Promise<FileSystemFileHandle | null> => {
  const picker = functionOn<OpenPicker>(globalThis, 'showOpenFilePicker');
  if (picker === null) return null;
  try {
    const [handle] = await picker({ types: projectFileTypes(description), multiple: false, excludeAcceptAllOption: false, id: PICKER_ID });
    return handle ?? null;
  } catch (error) {
    if (cancelled(error)) return null;
    throw error;
  }
};

/** The save picker; null when the user cancels. */
export const pickFileToSave = async (suggestedName: string, description: string): Promise<FileSystemFileHandle | null> => {
  const picker = functionOn<SavePicker>(globalThis, 'showSaveFilePicker');
  if (picker === null) return null;
  try {
    return await picker({ types: projectFileTypes(description), suggestedName, excludeAcceptAllOption: false, id: PICKER_ID });
  } catch (error) {
    if (cancelled(error)) return null;
    throw error;
  }
};

/**
 * Whether the page may use the handle in `mode` now; with `ask`, asks the user (only inside a click). A browser
 * without handle permissions (they are always granted there, e.g. the private file system) answers 'granted'.
 */
export const handlePermission = async (handle: FileSystemFileHandle, mode: 'read' | 'readwrite', ask: boolean): Promise<PermissionState> => {
  const query = functionOn<PermissionQuery>(handle, 'queryPermission');
  const state = query === null ? 'granted' : await query({ mode });
  if (state !== 'prompt' || !ask) return state;
  const request = functionOn<PermissionQuery>(handle, 'requestPermission');
  return request === null ? state : request({ mode });
};

/** True for a value that is a file handle (what IndexedDB gives back for a stored one). */
export const isFileHandle = (value: unknown): value is FileSystemFileHandle =>
  typeof FileSystemFileHandle !== 'undefined' && value instanceof FileSystemFileHandle;
