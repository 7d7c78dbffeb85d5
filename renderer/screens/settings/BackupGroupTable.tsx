// One project's backups in Settings: when each was saved, its size, and Restore (as a copy). While one backup is
// being restored the others wait, so two restores never race for the same copy's name.
import type { BackupEntry } from '../../../shared/platform/bridge.ts';
import { formatByteSize, formatSavedAt } from '../../../shared/i18n/backupFormats.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { BackupGroup } from './backupGroups.ts';

type Props = {
  group: BackupGroup;
  /** The file name of the backup being restored, if any. */
  restoring: string | null;
  onRestore: (entry: BackupEntry) => void;
};

export const BackupGroupTable = ({ group, restoring, onRestore }: Props) => {
  const { t, locale } = useTranslation();
  const headingId = `backups-of-${group.projectId}`;
  return (
    <section className="backup-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="backup-group-title">
        {group.name}{' '}
        <span className="muted small">
          {t('backups.project.count', { count: group.backups.length })}
          {group.open && ` · ${t('backups.project.open')}`}
        </span>
      </h3>
      <table className="data-table backups-table" aria-label={t('backups.table', { name: group.name })}>
        <thead>
          <tr>
            <th scope="col">{t('backups.column.savedAt')}</th>
            <th scope="col" className="numeric">{t('backups.column.size')}</th>
            <th scope="col" className="actions-column">
              <span className="visually-hidden">{t('backups.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {group.backups.map((entry) => {
            const date = formatSavedAt(entry.savedAt, locale);
            return (
              <tr key={entry.fileName}>
                <td>
                  <time dateTime={entry.savedAt}>{date}</time>
                </td>
                <td className="numeric">{formatByteSize(entry.sizeBytes, locale)}</td>
                <td className="actions-column">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('backups.restore.label', { name: group.name, date })}
                    disabled={restoring !== null}
                    onClick={() => onRestore(entry)}
                  >
                    {restoring === entry.fileName ? t('backups.restoring') : t('backups.restore')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};
