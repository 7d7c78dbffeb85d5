// Project files where a browser has no File System Access API: a file input to open one (upload) and a download to
// save one. Nothing can be written back to a file opened this way, so there is no autosave, lock or recent list.
import { newId } from '../../shared/model/index.ts';
import { PROJECT_FILE_EXTENSION } from '../../shared/platform/bridge.ts';
import { DataError } from '../data/errors.ts';
import { saveBytes } from './platform.ts';
import type { OpenedProjectFile, ProjectFileAccess } from './projectFileAccess.ts';

/** Shows the browser's file chooser for one `.caseweave` file; null when the user closes it without choosing. */
const uploadProjectFile = (): Promise<OpenedProjectFile | null> =>
  new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.${PROJECT_FILE_EXTENSION}`;
    input.hidden = true;
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (file === undefined) {
        resolve(null);
        return;
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ linkId: newId(), fileName: file.name, place: { kind: 'download' }, bytes: new Uint8Array(buffer), readOnly: false, lockedBy: null }),
        reject,
      );
    });
    document.body.append(input);
    input.click();
  });

export const downloadProjectFiles = (): ProjectFileAccess => ({
  kind: 'download',
  chooseToOpen: uploadProjectFile,
  chooseToSave: async (suggestedName) => ({ linkId: newId(), fileName: suggestedName, place: { kind: 'download' } }),
  write: async (file, bytes) => {
    await saveBytes(file.fileName, bytes, []);
    return { ...file, savedAt: new Date().toISOString(), sizeBytes: bytes.length };
  },
  recentFiles: async () => [],
  openRecent: async (entry) => {
    throw new DataError('projectFiles.error.fileGone', { file: entry.fileName });
  },
  claim: async () => true,
  release: async () => undefined,
  writePermission: async () => 'granted',
  onRecentChosen: () => () => undefined,
});
