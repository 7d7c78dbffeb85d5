// Which rolling backups to keep: the newest 20, plus the newest of each of the last 30 days. Electron's backups
// folder and the browser's origin-private file system both prune with this one rule.
export const KEEP_NEWEST_BACKUPS = 20;
export const KEEP_DAILY_BACKUPS_FOR_DAYS = 30;

/** A backup as the policy sees it: a name and when it was saved (ISO instant). */
export type DatedBackup = { fileName: string; savedAt: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local calendar day of an instant, as the user sees it ("one per day" follows their clock, not UTC). */
const localDay = (instant: Date): string =>
  `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;

/**
 * Splits `backups` into those to keep and those to delete, given the time now. Newest first in both lists.
 * A backup whose date cannot be read is kept: pruning never deletes what it does not understand.
 */
export const pruneBackups = <B extends DatedBackup>(backups: readonly B[], now: Date): { keep: B[]; prune: B[] } => {
  const dated = backups.map((backup) => ({ backup, time: Date.parse(backup.savedAt) }));
  const unreadable = dated.filter((entry) => Number.isNaN(entry.time)).map((entry) => entry.backup);
  const ordered = dated
    .filter((entry) => !Number.isNaN(entry.time))
    .sort((a, b) => b.time - a.time || (a.backup.fileName < b.backup.fileName ? 1 : -1));
  const kept = new Set<B>(unreadable);
  ordered.slice(0, KEEP_NEWEST_BACKUPS).forEach((entry) => kept.add(entry.backup));
  const oldestDaily = now.getTime() - KEEP_DAILY_BACKUPS_FOR_DAYS * DAY_MS;
  const days = new Set<string>();
  for (const entry of ordered) {
    if (entry.time < oldestDaily) continue;
    const day = localDay(new Date(entry.time));
    if (days.has(day)) continue;
    days.add(day);
    kept.add(entry.backup);
  }
  const newestFirst = [...unreadable, ...ordered.map((entry) => entry.backup)];
  return { keep: newestFirst.filter((backup) => kept.has(backup)), prune: newestFirst.filter((backup) => !kept.has(backup)) };
};
