// The window's title follows the project file: the linked file's name, else the open project's, else the app's.
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { showWindowTitle } from '../../platform/windowTitle.ts';
import { useProjectFiles } from './ProjectFilesContext.tsx';

export const useWindowTitle = (projectName: string | null): void => {
  const { t } = useTranslation();
  const fileName = useProjectFiles().state.file?.fileName ?? null;
  const title = fileName !== null
    ? t('projectFiles.title.linked', { file: fileName })
    : projectName !== null ? t('projectFiles.title.project', { name: projectName }) : t('app.name');
  useEffect(() => showWindowTitle(title), [title]);
};
