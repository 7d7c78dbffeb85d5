// Rolling backups in Electron: main keeps them in the app's data folder, names them, writes them atomically and
// prunes them; the renderer only hands over the bytes and reads the listing.
import type { CaseweaveBridge } from '../../shared/platform/bridge.ts';
import type { BackupStore } from './backupStore.ts';

export const electronBackupStore = (bridge: CaseweaveBridge): BackupStore => ({
  write: (request) => bridge.writeBackup(request),
  list: async () => {
    const listing = await bridge.listBackups();
    const backups = [...listing.backups].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    return { location: { kind: 'folder', path: listing.folder }, backups };
  },
  read: (fileName) => bridge.readBackup(fileName),
});
