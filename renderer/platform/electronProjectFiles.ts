// Project files in Electron: main shows the dialogs, reads and writes the files (atomically, keeping NAME.bak),
// holds their locks and keeps the recent list; the renderer hands paths main granted back to it, never its own.
import { newId } from '../../shared/model/index.ts';
import type { CaseweaveBridge, OpenedProjectFile as BridgeOpenedFile } from '../../shared/platform/bridge.ts';
import type { CaseweaveDatabase } from '../data/database.ts';
import { findFileLink } from '../data/projectFileLinks.ts';
import type { OpenedProjectFile, ProjectFileAccess, ProjectFileRef } from './projectFileAccess.ts';

const fileNameOfPath = (path: string): string => path.split(/[\\/]/).pop() ?? path;

const pathOf = (file: ProjectFileRef): string => {
  if (file.place.kind !== 'path') throw new Error(`${file.fileName} is not a file this window can write to.`);
  return file.place.path;
};

export const electronProjectFiles = (bridge: CaseweaveBridge, db: CaseweaveDatabase): ProjectFileAccess => {
  const refOf = async (path: string, fileName: string): Promise<ProjectFileRef> => {
    const known = await findFileLink(db, (row) => row.path === path);
    return { linkId: known?.id ?? newId(), fileName, place: { kind: 'path', path } };
  };
  const opened = async (file: BridgeOpenedFile): Promise<OpenedProjectFile> => ({
    ...(await refOf(file.path, file.fileName)), bytes: file.bytes, readOnly: file.readOnly, lockedBy: file.lockedBy ?? null,
  });
  return {
    kind: 'native',
    chooseToOpen: async () => {
      const file = await bridge.chooseProjectFileToOpen();
      return file === null ? null : opened(file);
    },
    chooseToSave: async (suggestedName) => {
      const path = await bridge.chooseProjectFileToSave(suggestedName);
      return path === null ? null : refOf(path, fileNameOfPath(path));
    },
    write: async (file, bytes, { link }) => {
      const written = await bridge.writeProjectFile({ path: pathOf(file), bytes, link });
      return { ...file, fileName: written.fileName, savedAt: written.savedAt, sizeBytes: written.sizeBytes };
    },
    recentFiles: async () => (await bridge.recentProjectFiles()).map((recent) => ({ id: recent.path, fileName: recent.fileName, openedAt: recent.openedAt })),
    openRecent: async (entry) => opened(await bridge.openRecentProjectFile(entry.id)),
    claim: async () => true,
    release: async (file) => {
      if (file.place.kind === 'path') await bridge.releaseProjectFile(file.place.path);
    },
    writePermission: async () => 'granted',
    onRecentChosen: (listener) =>
      bridge.onRecentProjectFileChosen((path) => listener({ id: path, fileName: fileNameOfPath(path), openedAt: new Date().toISOString() })),
  };
};
