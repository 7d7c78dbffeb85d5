// The projects screen's way to project files: Open project file… and the recent files.
import { useTranslation } from '../../i18n/useTranslation.ts';
import { RecentFiles } from '../../services/projectFiles/RecentFiles.tsx';
import { useProjectFiles } from '../../services/projectFiles/ProjectFilesContext.tsx';

export const ProjectFilesPanel = () => {
  const { t } = useTranslation();
  const { openFile, busy } = useProjectFiles();
  return (
    <section className="project-files-panel" aria-labelledby="project-files-heading">
      <h2 id="project-files-heading" className="panel-title">{t('projectFiles.projects.heading')}</h2>
      <p className="muted">{t('projectFiles.projects.explanation')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void openFile()}>
        {t('projectFiles.menu.open')}
      </button>
      <RecentFiles />
    </section>
  );
};
