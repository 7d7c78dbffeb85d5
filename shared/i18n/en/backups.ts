// English messages of rolling backups: the Settings panel (where they are, the list, Back up now, Restore), the
// toasts of a backup written or failed, and the name of a restored copy.
export const backupsMessages = {
  'backups.title': 'Backups',
  'backups.explanation':
    'While a project is open, Caseweave backs it up after every 10 minutes with changes and when you close it. It keeps the newest {newest} backups of each project, plus one a day for {days} days.',
  'backups.location.folder': 'Backups are kept in the folder {folder}',
  'backups.location.browser':
    'Backups are kept in this browser’s private storage for this site. Clearing the site’s data deletes them too, so save the project to a file to keep a copy elsewhere.',
  'backups.unavailable': 'This browser has no private file storage, so Caseweave cannot keep backups here. Save your projects to files instead.',
  'backups.loading': 'Reading the backups…',
  'backups.listFailed': 'The backups could not be listed: {reason}',
  'backups.empty': 'No backups yet.',
  'backups.backUpNow': 'Back up now',
  'backups.backUpNow.label': 'Back up “{name}” now',
  'backups.backingUp': 'Backing up…',
  'backups.noProject': 'Open a project to back it up.',
  'backups.backedUp': 'Backed up “{name}” ({size}).',
  'backups.failed': 'The backup of “{name}” could not be written: {reason}',
  'backups.project.count': '{count, plural, one {# backup} other {# backups}}',
  'backups.project.open': 'open now',
  'backups.table': 'Backups of {name}',
  'backups.column.savedAt': 'Saved',
  'backups.column.size': 'Size',
  'backups.column.actions': 'Actions',
  'backups.restore': 'Restore',
  'backups.restore.label': 'Restore the backup of “{name}” from {date} as a copy',
  'backups.restore.explanation': 'Restore opens a backup as a new project beside the others; nothing is overwritten.',
  'backups.restoring': 'Restoring…',
  'backups.restoredName': '{name} (restored {date})',
  'backups.restored': 'Restored the backup from {date} as “{name}”.',
  'backups.repairs.title': 'Repair the backup from {date}?',
  'backups.repairs.message':
    'This backup has {count, plural, one {# problem} other {# problems}} that can be repaired. Restore it with {count, plural, one {this repair} other {these repairs}}? The restored copy’s audit trail records {count, plural, one {it} other {them}}.',
  'backups.repairs.confirm': 'Repair and restore',
  'backups.restoreFailed': 'The backup from {date} could not be restored: {reason}',
} as const;
