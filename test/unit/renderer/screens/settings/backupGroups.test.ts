import { describe, expect, it } from 'vitest';
import { groupBackups } from '../../../../../renderer/screens/settings/backupGroups.ts';
import type { BackupEntry } from '../../../../../shared/platform/bridge.ts';

const backup = (projectId: string, projectName: string, savedAt: string): BackupEntry => ({
  fileName: `${projectId}-${savedAt}`, projectId, projectName, savedAt, sizeBytes: 10,
});

describe('groupBackups', () => {
  const backups = [
    backup('a', 'Alpha', '2026-12-01T10:00:00.000Z'),
    backup('b', 'Beta old name', '2026-12-05T10:00:00.000Z'),
    backup('a', 'Alpha', '2026-12-03T10:00:00.000Z'),
    backup('c', 'Gone', '2026-12-06T10:00:00.000Z'),
    backup('b', 'Beta', '2026-12-06T09:00:00.000Z'),
  ];

  it('groups by project, most recently backed-up project first, each group newest first', () => {
    const groups = groupBackups(backups, new Map([['a', 'Alpha'], ['b', 'Beta renamed']]), null);
    expect(groups.map((group) => [group.name, group.backups.map((entry) => entry.savedAt.slice(8, 10))])).toEqual([
      ['Gone', ['06']],
      ['Beta renamed', ['06', '05']],
      ['Alpha', ['03', '01']],
    ]);
  });

  it('puts the open project first and marks it', () => {
    const groups = groupBackups(backups, new Map(), 'a');
    expect(groups.map((group) => [group.projectId, group.open])).toEqual([['a', true], ['c', false], ['b', false]]);
  });

  it('names a project no longer in the database after its newest backup', () => {
    expect(groupBackups(backups, new Map(), null).find((group) => group.projectId === 'b')?.name).toBe('Beta');
  });
});
