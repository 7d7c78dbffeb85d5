// The backups listing as Settings shows it: one group per project, the open project first, then the project
// backed up most recently. A project still in the database goes by its current name; a deleted one by the name
// its newest backup recorded.
import type { BackupEntry } from '../../../shared/platform/bridge.ts';

export type BackupGroup = { projectId: string; name: string; open: boolean; backups: BackupEntry[] };

export const groupBackups = (
  backups: readonly BackupEntry[],
  projectNames: ReadonlyMap<string, string>,
  openProjectId: string | null,
): BackupGroup[] => {
  const groups = new Map<string, BackupGroup>();
  const newestFirst = [...backups].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  for (const backup of newestFirst) {
    let group = groups.get(backup.projectId);
    if (group === undefined) {
      const name = projectNames.get(backup.projectId) ?? backup.projectName;
      group = { projectId: backup.projectId, name, open: backup.projectId === openProjectId, backups: [] };
      groups.set(backup.projectId, group);
    }
    group.backups.push(backup);
  }
  // Map order is newest backup first; a stable sort then only lifts the open project to the top.
  return [...groups.values()].sort((a, b) => Number(b.open) - Number(a.open));
};
