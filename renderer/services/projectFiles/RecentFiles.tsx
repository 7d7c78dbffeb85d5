// The recent project files, newest first, each opened with one click (the projects screen's list).
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useProjectFiles } from './ProjectFilesContext.tsx';

export const RecentFiles = () => {
  const { t, formatDateTime } = useTranslation();
  const { recent, openRecent, busy } = useProjectFiles();
  if (recent.length === 0) return null;
  return (
    <section className="recent-files" aria-labelledby="recent-files-heading">
      <h3 id="recent-files-heading">{t('projectFiles.recent.title')}</h3>
      <ul>
        {recent.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="button link strong" disabled={busy} aria-label={t('projectFiles.recent.open', { file: entry.fileName })} onClick={() => void openRecent(entry)}>
              {entry.fileName}
            </button>
            <span className="muted small">{t('projectFiles.recent.openedAt', { date: formatDateTime(entry.openedAt) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
};
