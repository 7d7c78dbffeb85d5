// The banner over a project this window holds read-only (its file is open in another window or tab): why nothing
// can be changed here, and the way out that keeps the work: Save a copy….
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useProjectFiles } from './ProjectFilesContext.tsx';

export const ReadOnlyBanner = () => {
  const { t } = useTranslation();
  const { state, saveCopy, kind, lockedBy } = useProjectFiles();
  if (state.projectId === null || !state.readOnly) return null;
  return (
    <div className="read-only-banner" role="alert">
      <span>{lockedBy === null ? t('projectFiles.readOnly.banner') : t('projectFiles.readOnly.bannerBy', { who: lockedBy })}</span>
      {kind !== 'download' && (
        <button type="button" className="button" onClick={() => void saveCopy()}>
          {t('projectFiles.readOnly.saveCopy')}
        </button>
      )}
    </div>
  );
};
