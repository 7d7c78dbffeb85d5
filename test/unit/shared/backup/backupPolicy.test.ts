import { describe, expect, it } from 'vitest';
import { KEEP_NEWEST_BACKUPS, pruneBackups, type DatedBackup } from '../../../../shared/backup/backupPolicy.ts';

const HOUR = 60 * 60 * 1000;
const now = new Date(2026, 11, 7, 12, 0, 0);

/** One backup every `everyHours` hours going back from now, newest first. */
const backupsEvery = (everyHours: number, count: number): DatedBackup[] =>
  Array.from({ length: count }, (_, index) => {
    const savedAt = new Date(now.getTime() - index * everyHours * HOUR).toISOString();
    return { fileName: `b-${index}.caseweave`, savedAt };
  });

describe('pruneBackups', () => {
  it('keeps everything while there are at most 20', () => {
    const backups = backupsEvery(0.2, KEEP_NEWEST_BACKUPS);
    expect(pruneBackups(backups, now)).toEqual({ keep: backups, prune: [] });
  });

  it('keeps the newest 20 of one busy day and prunes the rest of that day', () => {
    const backups = backupsEvery(0.1, 50);
    const { keep, prune } = pruneBackups(backups, now);
    expect(keep).toEqual(backups.slice(0, KEEP_NEWEST_BACKUPS));
    expect(prune).toEqual(backups.slice(KEEP_NEWEST_BACKUPS));
  });

  it('keeps the newest backup of each of the last 30 days beyond the newest 20, and nothing older', () => {
    const backups = backupsEvery(6, 4 * 40); // four a day for 40 days
    const { keep, prune } = pruneBackups(backups, now);
    const keptDays = new Set(keep.map((backup) => new Date(backup.savedAt).toDateString()));
    expect(keep.slice(0, KEEP_NEWEST_BACKUPS)).toEqual(backups.slice(0, KEEP_NEWEST_BACKUPS));
    expect(keptDays.size).toBe(31); // today back to 30 days ago, each with its newest backup
    const oldestKept = Math.min(...keep.map((backup) => Date.parse(backup.savedAt)));
    expect(now.getTime() - oldestKept).toBeLessThanOrEqual(30 * 24 * HOUR);
    expect(keep.length + prune.length).toBe(backups.length);
    for (const day of keptDays) {
      const ofDay = backups.filter((backup) => new Date(backup.savedAt).toDateString() === day);
      expect(keep).toContain(ofDay[0]);
    }
  });

  it('never prunes a backup whose date it cannot read', () => {
    const odd = { fileName: 'odd.caseweave', savedAt: 'not a date' };
    const { keep, prune } = pruneBackups([...backupsEvery(0.1, 30), odd], now);
    expect(keep).toContain(odd);
    expect(prune).not.toContain(odd);
  });
});
